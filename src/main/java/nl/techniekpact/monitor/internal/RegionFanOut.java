package nl.techniekpact.monitor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.monitor.Period;

/**
 * Where one source value counts: its own region and, for a municipality, every region the crosswalk puts it in
 * for the period's year; and always the Netherlands. Summing a value into each of these regions gives totals
 * for every geography from the same rows, so shares stay sums of numerators over sums of denominators.
 */
final class RegionFanOut {

    static final String NETHERLANDS = "NL01";

    private final Crosswalks crosswalks;
    private final Map<Integer, Crosswalks.Year> years = new HashMap<>();

    RegionFanOut(Crosswalks crosswalks) {
        this.crosswalks = crosswalks;
    }

    /** A region to add into, and whether the value there is a sum over the source's own regions. */
    record Target(String region, boolean derived) {
    }

    /** {@code sourceRegion} null: the value belongs to no known region and counts for the Netherlands only. */
    List<Target> targets(String sourceRegion, String periodCode) {
        List<Target> targets = new ArrayList<>(8);
        if (sourceRegion != null && !sourceRegion.equals(NETHERLANDS)) {
            targets.add(new Target(sourceRegion, false));
            if (sourceRegion.startsWith("GM")) {
                int year = Period.parse(periodCode).orElseThrow().classificationYear();
                for (String parent : years.computeIfAbsent(year, crosswalks::year).parentsOf(sourceRegion)) {
                    targets.add(new Target(parent, true));
                }
            }
        }
        targets.add(new Target(NETHERLANDS, sourceRegion == null || !sourceRegion.equals(NETHERLANDS)));
        return targets;
    }
}
