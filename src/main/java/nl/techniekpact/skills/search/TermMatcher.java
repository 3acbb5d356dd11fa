package nl.techniekpact.skills.search;

import java.util.HashMap;
import java.util.Map;

/**
 * Which index terms one query term matches, and how well (1 exact … 0.5 a far typo). Typing errors are looked for
 * only when the term matches no index term exactly or by stem — nor, for the word still being typed, as the start
 * of one — so a correct word is never drowned in near misses. Each way of matching looks only at the terms that
 * can match it ({@link TermTable}), never at every term.
 */
final class TermMatcher {

    private static final int MAX_PREFIX_TERMS = 4000;

    private TermMatcher() {
    }

    static Map<Integer, Float> match(String q, boolean last, TermTable table) {
        String[] terms = table.terms;
        Map<Integer, Float> matches = new HashMap<>();
        int from = table.prefixStart(q);
        boolean exact = from < terms.length && terms[from].equals(q);
        if (exact) {
            matches.put(from, 1.0f);
        }
        int[] sameStem = table.stems.get(Text.stem(q));
        if (sameStem != null) {
            for (int t : sameStem) {
                matches.merge(t, 0.92f, Math::max);
            }
        }
        boolean typedOn = false;
        if (q.length() >= 2) {
            for (int t = from; t < terms.length && t - from < MAX_PREFIX_TERMS && terms[t].startsWith(q); t++) {
                float ratio = (float) q.length() / terms[t].length();
                matches.merge(t, last ? 0.55f + 0.35f * ratio : 0.45f + 0.3f * ratio, Math::max);
                typedOn |= last && terms[t].length() > q.length();
            }
        }
        boolean found = exact || sameStem != null;
        if (q.length() >= 5 || (!found && q.length() >= 4)) {
            for (int t : table.endingWith(q)) {
                if (terms[t].length() > q.length() + 2) {
                    matches.merge(t, 0.62f, Math::max);
                }
            }
        }
        if (!found && !typedOn && q.length() >= 4) {
            typos(q, last, table, matches);
        }
        return matches;
    }

    /** Terms within one edit (two from eight letters on), and, for the word being typed, terms that start so. */
    private static void typos(String q, boolean last, TermTable table, Map<Integer, Float> matches) {
        String[] terms = table.terms;
        int max = q.length() >= 8 ? 2 : 1;
        for (int length = q.length() - max; length <= q.length() + max; length++) {
            for (int t : table.ofLength(length)) {
                int d = Text.distance(q, terms[t], max);
                if (d <= max) {
                    matches.merge(t, d == 1 ? 0.75f : 0.58f, Math::max);
                }
            }
        }
        if (last && q.length() >= 5) {
            for (int length = q.length() + 1; length <= table.longest(); length++) {
                for (int t : table.ofLength(length)) {
                    if (!matches.containsKey(t) && Text.prefixDistance(q, terms[t], 1) <= 1) {
                        matches.merge(t, 0.5f, Math::max);
                    }
                }
            }
        }
    }
}
