package nl.techniekpact.loket.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small Dutch tokeniser for text relevance: lower case, diacritics removed ({@code é} → {@code e}), split on
 * everything that is not a letter or digit, a short list of Dutch stop words dropped, and a light suffix stemmer
 * that strips one of {@code -en}, {@code -s} (after a consonant only, so {@code klas} and {@code proces} stay),
 * {@code -e} (keeping a stem of at least three letters), then undoubles
 * a final double consonant and turns a final {@code v}/{@code z} into {@code f}/{@code s}: {@code lessen} →
 * {@code les}, {@code bedrijven} → {@code bedrijf}, {@code huizen} → {@code huis}, {@code robots} → {@code robot}.
 * Tokens of one character are dropped. It is deliberately simple: it is a ranking signal, not a search engine.
 */
final class DutchTokens {

    static final Set<String> STOP_WORDS = Set.of(
            "aan", "al", "alle", "als", "bij", "dan", "dat", "de", "deze", "die", "dit", "door", "een", "en", "er",
            "geen", "had", "heb", "hebben", "heeft", "het", "hij", "hoe", "hun", "ik", "in", "is", "je", "jij", "kan",
            "kunnen", "maar", "me", "meer", "met", "mij", "na", "naar", "niet", "nog", "of", "om", "onder", "ons",
            "onze", "ook", "op", "over", "per", "te", "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "was",
            "wat", "we", "wel", "werd", "wie", "wij", "wil", "worden", "wordt", "zal", "ze", "zich", "zij", "zijn",
            "zo", "zonder");

    private DutchTokens() {
    }

    /** The stems of {@code text}, in order of first occurrence, each once. */
    static List<String> stems(String text) {
        return List.copyOf(stemsWithWords(text).keySet());
    }

    /** Each stem of {@code text} (in order of first occurrence) with the first word, as written, that gave it. */
    static Map<String, String> stemsWithWords(String text) {
        Map<String, String> stems = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return stems;
        }
        for (String word : words(text)) {
            String folded = fold(word);
            if (folded.length() < 2 || STOP_WORDS.contains(folded)) {
                continue;
            }
            String stem = stem(folded);
            if (stem.length() >= 2) {
                stems.putIfAbsent(stem, word);
            }
        }
        return stems;
    }

    /** The stem of a folded (lower-case, diacritics-free) word. */
    static String stem(String word) {
        String stem = word;
        if (word.endsWith("en") && word.length() - 2 >= 3) {
            stem = word.substring(0, word.length() - 2);
        } else if (word.endsWith("s") && word.length() - 1 >= 3 && isConsonant(word.charAt(word.length() - 2))
                && word.charAt(word.length() - 2) != 's') {
            stem = word.substring(0, word.length() - 1);
        } else if (word.endsWith("e") && word.length() - 1 >= 3) {
            stem = word.substring(0, word.length() - 1);
        }
        if (stem.equals(word)) {
            return word;
        }
        int n = stem.length();
        char last = stem.charAt(n - 1);
        if (n >= 4 && last == stem.charAt(n - 2) && isConsonant(last)) {
            return stem.substring(0, n - 1);
        }
        if (last == 'v') {
            return stem.substring(0, n - 1) + 'f';
        }
        if (last == 'z') {
            return stem.substring(0, n - 1) + 's';
        }
        return stem;
    }

    /** Lower case without diacritics. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length() && lower.charAt(i) < 128) {
            i++;
        }
        if (i == lower.length()) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean part = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }
}
