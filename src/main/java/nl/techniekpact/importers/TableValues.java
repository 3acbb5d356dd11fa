package nl.techniekpact.importers;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cell formats {@link MappedTableParser} accepts, strictly: anything else is an error, never a guess.
 *
 * <p>Numbers: digits with an optional minus sign and at most one decimal sign. The comma is the decimal sign
 * ({@code 1234,5}, read by {@link DutchNumbers}); a dot is accepted as decimal point too ({@code 1234.5}),
 * except where it could be a Dutch thousands separator: one dot after one to three digits (not a lone
 * {@code 0}) followed by exactly three digits ({@code 1.234}, {@code 12.500}) is ambiguous. Dutch thousands
 * separators are read where they cannot be a decimal point: two or more groups ({@code 1.234.567}) or with a
 * decimal comma ({@code 1.234,5}). English thousands separators ({@code 1,234.5}), spaces, {@code +}, units
 * and percent signs are refused.
 *
 * <p>Suppressed values (a fixed set): {@code <} with digits ({@code <5}, {@code < 10}), {@code x},
 * {@code X}, {@code .} and {@code -}. {@code -} is not read as zero because Dutch tables use it both for
 * "nil" and for "not applicable".
 *
 * <p>Periods: {@code 2019} (a calendar year, {@code 2019JJ00}), the CBS codes {@code 2019JJ00},
 * {@code 2019KW01}–{@code KW04} and {@code 2019MM01}–{@code MM12}, and a school year {@code 2019/2020} or
 * {@code 2019-2020} (consecutive years, stored as {@code 2019/2020}). Case does not matter.
 *
 * <p>Regions: the CBS codes {@link RegionCodes#cbs} accepts ({@code GM0014}, {@code PV20}, {@code AM01},
 * {@code LD01}, {@code NL01}, …), four digits as a municipality number ({@code 0014} → {@code GM0014}), and
 * {@code NL} → {@code NL01}. Whether a code exists is not checked here.
 */
final class TableValues {

    private static final Set<String> SUPPRESSED = Set.of("x", "X", ".", "-");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern AMBIGUOUS = Pattern.compile("(-?)([1-9]\\d{0,2})\\.(\\d{3})");
    private static final Pattern DUTCH_GROUPS =
            Pattern.compile("-?\\d{1,3}(\\.\\d{3}){2,}(,\\d+)?|-?\\d{1,3}\\.\\d{3},\\d+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CBS_PERIOD = Pattern.compile("\\d{4}(JJ00|KW0[1-4]|MM(0[1-9]|1[0-2]))");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})[/-](\\d{4})");
    private static final Pattern MUNICIPALITY_NUMBER = Pattern.compile("\\d{4}");

    private TableValues() {
    }

    static boolean isSuppressed(String text) {
        return SUPPRESSED.contains(text) || DutchNumbers.isSuppressed(text);
    }

    /** The number {@code text} (trimmed, not blank) stands for, or null when it is none or ambiguous. */
    static BigDecimal number(String text) {
        BigDecimal dutch = DutchNumbers.parse(text);
        if (dutch != null) {
            return dutch;
        }
        if (DECIMAL_POINT.matcher(text).matches() && !isAmbiguous(text)) {
            return new BigDecimal(text);
        }
        if (DUTCH_GROUPS.matcher(text).matches()) {
            return new BigDecimal(text.replace(".", "").replace(',', '.'));
        }
        return null;
    }

    static boolean isAmbiguous(String text) {
        return AMBIGUOUS.matcher(text).matches();
    }

    /** The two readings of an ambiguous number: as thousands ({@code 1234}) and as decimal ({@code 1,234}). */
    static String[] readings(String text) {
        Matcher m = AMBIGUOUS.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not ambiguous: " + text);
        }
        return new String[] {m.group(1) + m.group(2) + m.group(3), m.group(1) + m.group(2) + "," + m.group(3)};
    }

    /** The normalised period, or null when {@code text} is none of the accepted forms. */
    static String period(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (YEAR.matcher(value).matches()) {
            return value + "JJ00";
        }
        if (CBS_PERIOD.matcher(value).matches()) {
            return value;
        }
        Matcher school = SCHOOL_YEAR.matcher(value);
        if (school.matches() && Integer.parseInt(school.group(2)) == Integer.parseInt(school.group(1)) + 1) {
            return school.group(1) + "/" + school.group(2);
        }
        return null;
    }

    /** The (first) year of a normalised period. */
    static int year(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }

    /** The normalised region code, or null when {@code text} is none of the accepted forms. */
    static String region(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (MUNICIPALITY_NUMBER.matcher(value).matches()) {
            return "GM" + value;
        }
        if (value.equals("NL")) {
            return "NL01";
        }
        return RegionCodes.cbs(value);
    }

    /**
     * A municipality code from a spreadsheet number: a spreadsheet drops the leading zeros of
     * {@code 0014}, so a whole number 1–9999 is a municipality number. Null otherwise.
     */
    static String region(BigDecimal number) {
        BigDecimal whole = number.stripTrailingZeros();
        if (whole.scale() > 0 || whole.signum() <= 0 || whole.compareTo(BigDecimal.valueOf(9999)) > 0) {
            return null;
        }
        return String.format(Locale.ROOT, "GM%04d", whole.intValueExact());
    }
}
