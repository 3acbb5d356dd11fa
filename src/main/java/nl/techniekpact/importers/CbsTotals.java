package nl.techniekpact.importers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the total category of a CBS breakdown, so a table's own total row becomes the cell without that
 * dimension instead of one more part beside the parts it sums. CBS gives totals keys of the form {@code T}
 * followed by six digits ({@code T001081} all economic activities in SBI 2008, {@code T001038} men and women,
 * {@code T009002} all ages, {@code T001095}, {@code T001019} …; the same keys in OData v3, v4 and the CSV
 * download), and older tables a number whose title is {@code Totaal} (80137NED: key {@code 1}). A mapped table
 * writes the word itself ({@code Totaal}, {@code totaal}). Titles such as "Totaal economische activiteiten"
 * are not recognised by their words alone: a table's profile or mapping names those totals.
 */
public final class CbsTotals {

    private static final Pattern TOTAL_KEY = Pattern.compile("T\\d{6}");

    private CbsTotals() {
    }

    /** Whether {@code code} (and its title, if known) is a CBS total; padding is ignored. */
    public static boolean isTotal(String code, String title) {
        return isTotalText(code) || isTotalText(title);
    }

    private static boolean isTotalText(String text) {
        if (text == null) {
            return false;
        }
        String stripped = text.strip();
        return TOTAL_KEY.matcher(stripped).matches() || stripped.toLowerCase(Locale.ROOT).equals("totaal");
    }
}
