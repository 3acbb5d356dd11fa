package nl.techniekpact.pact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a visitor types, as a PostgreSQL {@code to_tsquery} expression whose words the Dutch stemmer then
 * normalises like the text. The Dutch stemmer leaves the plural "-s" after a vowel ("stage" → "stag", "stages" →
 * "stages", "collega's"), so each word also looks for its other number: a word in -e also as -es, a word in -es or
 * -'s also without the s. Every word must match (AND); within a word either form (OR).
 */
final class SearchQuery {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'s)?");
    /** Words a search asks for at most; more are ignored (a query is at most {@link PactSearch#MAX_QUERY_LENGTH}). */
    static final int MAX_WORDS = 20;

    private SearchQuery() {
    }

    /** The expression, or null when the text has no word; "or" between words means either side. */
    static String of(String text) {
        List<String> alternatives = new ArrayList<>();
        for (String part : text.split("(?i)\\s+or\\s+")) {
            String all = allOf(part);
            if (all != null) {
                alternatives.add(all);
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0)
                : String.join(" | ", alternatives.stream().map(a -> "(" + a + ")").toList());
    }

    private static String allOf(String text) {
        List<String> terms = new ArrayList<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find() && terms.size() < MAX_WORDS) {
            Set<String> forms = new LinkedHashSet<>();
            String w = word.group();
            forms.add(w.replace("'s", "s"));
            if (w.endsWith("'s")) {
                forms.add(w.substring(0, w.length() - 2));
            } else if (w.endsWith("es") && w.length() > 4) {
                forms.add(w.substring(0, w.length() - 1));
            } else if (w.endsWith("e") && w.length() > 3) {
                forms.add(w + "s");
            }
            terms.add(forms.size() == 1 ? quoted(forms.iterator().next())
                    : "(" + String.join(" | ", forms.stream().map(SearchQuery::quoted).toList()) + ")");
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }

    private static String quoted(String word) {
        return "'" + word + "'";
    }
}
