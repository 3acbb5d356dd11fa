package nl.techniekpact.monitor.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Follows municipality codes through the reorganisations of {@link RegionDivisionMergers}. */
public final class MunicipalityHistory {

    private MunicipalityHistory() {
    }

    /** See {@code Municipalities.successors}. */
    public static List<String> successors(String code, int fromYear, int toYear) {
        Set<String> current = new LinkedHashSet<>(List.of(code));
        for (int year = fromYear + 1; year <= toYear; year++) {
            Set<String> next = new LinkedHashSet<>();
            for (String municipality : current) {
                next.addAll(successorsIn(municipality, year));
            }
            current = next;
        }
        return List.copyOf(current);
    }

    private static List<String> successorsIn(String municipality, int year) {
        List<String> into = new ArrayList<>();
        boolean divided = false;
        for (RegionDivisionMergers.Merger merger : RegionDivisionMergers.of(year)) {
            if (merger.whole().contains(municipality)) {
                return List.of(merger.into());
            }
            if (merger.parts().contains(municipality)) {
                into.add(merger.into());
                divided = true;
            }
        }
        return divided ? into : List.of(municipality);
    }
}
