package nl.techniekpact.skills.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How labels and queries become terms: lower case without accents, split on anything but letters and digits; a
 * hyphenated word is also one joined term ("auto-elektricien" → auto, elektricien, autoelektricien). The stem is a
 * light suffix stripping for Dutch and English plurals and verb forms (lassen, lasser stay apart; lassen, las meet).
 */
public final class Text {

    private Text() {
    }

    public static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        String lower = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        for (String word : lower.split("[^\\p{L}\\p{N}-]+")) {
            String[] parts = word.split("-+");
            for (String part : parts) {
                if (!part.isEmpty()) {
                    terms.add(part);
                }
            }
            String joined = String.join("", parts);
            if (parts.length > 1 && !joined.isEmpty()) {
                terms.add(joined);
            }
        }
        return terms;
    }

    public static String stem(String term) {
        String s = term;
        if (s.length() > 5 && s.endsWith("ing")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.length() > 4 && s.endsWith("en")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 4 && (s.endsWith("es") || s.endsWith("ed"))) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 3 && (s.endsWith("s") || s.endsWith("e")) && !s.endsWith("ss")) {
            s = s.substring(0, s.length() - 1);
        }
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
            s = s.substring(0, n - 1);
        }
        return s;
    }

    /** Damerau–Levenshtein (adjacent swaps) distance, or {@code max + 1} as soon as it must exceed {@code max}. */
    public static int distance(String a, String b, int max) {
        return distance(a, b, b.length(), max);
    }

    /** The distance between {@code a} and the first {@code a.length()} characters of {@code b} (no copy made). */
    static int prefixDistance(String a, String b, int max) {
        return b.length() < a.length() ? max + 1 : distance(a, b, a.length(), max);
    }

    /** {@link #distance} between {@code a} and the first {@code m} characters of {@code b}. */
    private static int distance(String a, String b, int m, int max) {
        int n = a.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }
}
