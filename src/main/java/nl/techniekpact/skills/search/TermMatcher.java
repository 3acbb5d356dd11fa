package nl.techniekpact.skills.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Which index terms one query term matches, and how well (1 exact … 0.5 a far typo). Typing errors are looked for
 * only when the term matches no index term exactly or by stem, so a correct word is never drowned in near
 * misses.
 */
final class TermMatcher {

    private static final int MAX_PREFIX_TERMS = 4000;

    private TermMatcher() {
    }

    static Map<Integer, Float> match(String q, boolean last, String[] terms, Map<String, int[]> stems) {
        Map<Integer, Float> matches = new HashMap<>();
        int exact = Arrays.binarySearch(terms, q);
        if (exact >= 0) {
            matches.put(exact, 1.0f);
        }
        int[] sameStem = stems.get(Text.stem(q));
        if (sameStem != null) {
            for (int t : sameStem) {
                matches.merge(t, 0.92f, Math::max);
            }
        }
        if (q.length() >= 2) {
            int from = exact >= 0 ? exact : -exact - 1;
            for (int t = from; t < terms.length && t - from < MAX_PREFIX_TERMS && terms[t].startsWith(q); t++) {
                float ratio = (float) q.length() / terms[t].length();
                matches.merge(t, last ? 0.55f + 0.35f * ratio : 0.45f + 0.3f * ratio, Math::max);
            }
        }
        boolean found = exact >= 0 || sameStem != null;
        if (q.length() >= 5 || (!found && q.length() >= 4)) {
            for (int t = 0; t < terms.length; t++) {
                String term = terms[t];
                if (term.length() > q.length() + 2 && term.endsWith(q)) {
                    matches.merge(t, 0.62f, Math::max);
                }
            }
        }
        if (!found && q.length() >= 4) {
            int max = q.length() >= 8 ? 2 : 1;
            for (int t = 0; t < terms.length; t++) {
                String term = terms[t];
                int d = Text.distance(q, term, max);
                if (d <= max) {
                    matches.merge(t, d == 1 ? 0.75f : 0.58f, Math::max);
                } else if (last && q.length() >= 5 && term.length() > q.length()
                        && Text.distance(q, term.substring(0, q.length()), 1) <= 1) {
                    matches.merge(t, 0.5f, Math::max);
                }
            }
        }
        return matches;
    }
}
