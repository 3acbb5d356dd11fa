package nl.techniekpact.monitor.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A 2016 division carried to the municipalities of later years (ADR 0009). A municipality of a year belongs to a
 * region when every 2016 municipality it is made of, wholly or in part, lies in that one region. A continuing
 * municipality (one that kept its 2016 code while taking in others, e.g. Amsterdam with Weesp from 2023) whose
 * own 2016 territory lies in exactly one region stays in that region even when what it took in lies elsewhere:
 * dropping the whole municipality would break the region's series far more than the few percent of territory it
 * adds. Every other municipality whose parts lie in several regions gets no membership of that division, so no
 * figure is counted twice: a municipality the file puts in several regions (De Fryske Marren in four vo
 * partnerships), a new one formed from municipalities of different regions (Waadhoeke, Westerkwartier), or one
 * made only of municipalities the file does not hold.
 */
final class RegionDivisionProjection {

    static final int BASE_YEAR = 2016;

    /**
     * Municipality → region per year; per year the continuing municipalities kept in the region of their own 2016
     * territory although they took in territory of another region (they are in {@code memberships} too); per year
     * the municipalities left out.
     */
    record Result(Map<Integer, Map<String, String>> memberships, Map<Integer, Set<String>> kept,
            Map<Integer, Set<String>> leftOut) {
    }

    private RegionDivisionProjection() {
    }

    /**
     * @param regionsOf2016 every municipality of the file with the region(s) the file gives it
     * @param lastYear      the newest classification year of the crosswalk (at least {@link #BASE_YEAR})
     */
    static Result project(Map<String, Set<String>> regionsOf2016, int lastYear) {
        // Which 2016 municipalities each current code is made of; "?" stands for territory the file does not cover.
        Map<String, Set<String>> territory = new TreeMap<>();
        regionsOf2016.keySet().forEach(m -> territory.put(m, Set.of(m)));
        Map<Integer, Map<String, String>> memberships = new TreeMap<>();
        Map<Integer, Set<String>> kept = new TreeMap<>();
        Map<Integer, Set<String>> leftOut = new TreeMap<>();
        for (int year = BASE_YEAR; year <= Math.max(BASE_YEAR, lastYear); year++) {
            applyMergers(territory, year);
            Map<String, String> members = new TreeMap<>();
            Set<String> keptThisYear = new TreeSet<>();
            Set<String> out = new TreeSet<>();
            for (var entry : territory.entrySet()) {
                String code = entry.getKey();
                Set<String> regions = new HashSet<>();
                for (String part : entry.getValue()) {
                    regions.addAll(regionsOf2016.getOrDefault(part, Set.of("?")));
                }
                // A code of the file that is still in use is a continuing municipality (new ones get new codes,
                // RegionDivisionMergersTest); its own 2016 territory is the file's entry for that code.
                Set<String> own = regionsOf2016.getOrDefault(code, Set.of());
                if (regions.size() == 1 && !regions.contains("?")) {
                    members.put(code, regions.iterator().next());
                } else if (own.size() == 1) {
                    members.put(code, own.iterator().next());
                    keptThisYear.add(code);
                } else {
                    out.add(code);
                }
            }
            memberships.put(year, members);
            kept.put(year, keptThisYear);
            leftOut.put(year, out);
        }
        return new Result(memberships, kept, leftOut);
    }

    private static void applyMergers(Map<String, Set<String>> territory, int year) {
        List<RegionDivisionMergers.Merger> mergers = RegionDivisionMergers.of(year);
        if (mergers.isEmpty()) {
            return;
        }
        Set<String> gone = new HashSet<>();
        Map<String, Set<String>> formed = new TreeMap<>();
        for (RegionDivisionMergers.Merger merger : mergers) {
            Set<String> made = new TreeSet<>(merger.continuing() ? territory.getOrDefault(merger.into(), Set.of("?"))
                    : Set.of());
            List<String> predecessors = new ArrayList<>(merger.whole());
            predecessors.addAll(merger.parts());
            for (String predecessor : predecessors) {
                made.addAll(territory.getOrDefault(predecessor, Set.of("?")));
                gone.add(predecessor);
            }
            formed.merge(merger.into(), made, (a, b) -> {
                Set<String> both = new TreeSet<>(a);
                both.addAll(b);
                return both;
            });
        }
        gone.forEach(territory::remove);
        // A municipality made only of territory the file does not cover is not in this division at all.
        formed.values().removeIf(made -> made.equals(Set.of("?")));
        territory.putAll(formed);
    }
}
