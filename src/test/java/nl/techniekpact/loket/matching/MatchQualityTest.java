package nl.techniekpact.loket.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The quality set: for each case a school's request and a pool of offers, the share of cases whose expected offer
 * (the one a school would pick) is among the index's top 3. The share is printed per situation, with the
 * stricter share in first place (informative: a pool has only one or two strong distractors, so top 3 is lenient);
 * the test asserts only a floor on the top-3 share.
 *
 * <p><b>The floor, 0.80</b>, is the share of cases marked {@code clear} (90 of 108, 0.83, rounded down): in those the
 * expected offer is better in what the school asked for and worse only in distance or nothing, so a change that
 * loses several of them has broken a rule rather than moved a balance. Cases marked {@code tradeoff} (a specific
 * text against distance, calendar room against distance) may go either way when the weights are tuned.
 */
class MatchQualityTest {

    static final double FLOOR = 0.80;

    @Test
    void theExpectedOfferIsInTheTopThreeForMostCases() {
        List<QualitySet.Case> cases = QualitySet.load();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        Map<String, int[]> bySituation = new TreeMap<>();
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, int[]> firstBySituation = new TreeMap<>();
        List<String> invalid = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        int hits = 0;
        int firsts = 0;
        for (QualitySet.Case c : cases) {
            MatchIndex index = MatchIndex.of(c.offers());
            if (!index.explain(c.request(), c.expected()).orElseThrow().eligible()) {
                invalid.add(c.id());
                continue;
            }
            List<Match> top = index.top(c.request(), 3);
            boolean hit = top.stream().anyMatch(m -> m.listingId() == c.expected());
            hits += hit ? 1 : 0;
            boolean first = top.get(0).listingId() == c.expected();
            firsts += first ? 1 : 0;
            count(firstBySituation, c.situation(), first);
            count(bySituation, c.situation(), hit);
            count(byKind, c.kind(), hit);
            if (!hit) {
                misses.add(c.id() + ": " + c.rationale() + " Top 3: " + top.stream()
                        .map(m -> String.format(Locale.ROOT, "%d %.3f (%s)", m.listingId(), m.score(),
                                c.notes().get(m.listingId())))
                        .toList());
            }
        }
        double share = (double) hits / cases.size();
        System.out.printf(Locale.ROOT, "Loket quality set: expected offer in the top 3 for %d of %d cases = %.3f%n",
                hits, cases.size(), share);
        System.out.printf(Locale.ROOT, "  (first place: %d of %d = %.3f)%n", firsts, cases.size(),
                (double) firsts / cases.size());
        byKind.forEach((kind, n) -> System.out.printf(Locale.ROOT, "  %-10s %3d / %3d%n", kind, n[0], n[1]));
        bySituation.forEach((name, n) -> System.out.printf(Locale.ROOT, "  %-22s top 3: %d / %d, first: %d%n",
                name, n[0], n[1], firstBySituation.get(name)[0]));
        misses.forEach(m -> System.out.println("  miss " + m));

        assertThat(invalid).as("cases whose expected offer breaks a hard rule (a fixture error)").isEmpty();
        assertThat(share).as("share of cases with the expected offer in the top 3").isGreaterThanOrEqualTo(FLOOR);
    }

    private static void count(Map<String, int[]> counts, String key, boolean hit) {
        int[] n = counts.computeIfAbsent(key, k -> new int[2]);
        n[0] += hit ? 1 : 0;
        n[1]++;
    }
}
