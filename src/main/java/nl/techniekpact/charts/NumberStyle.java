package nl.techniekpact.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * How a chart writes its numbers: the locale's decimal and grouping separators, a fixed number of decimals
 * (rounded half up) and a unit. Every chart takes one; its value labels, legend ranges and tooltips all go
 * through it, so they agree with each other. {@code NumberStyle.dutch(1, "%").format(14.25)} is
 * {@code "14,3 %"}; {@code NumberStyle.dutch(0, "").format(113422)} is {@code "113.422"}.
 *
 * @param locale   separators, e.g. {@code nl}: comma decimal, point grouping
 * @param decimals digits after the separator, 0 to 6
 * @param unit     appended after one space when not empty ({@code "%"}, {@code "studenten"}); never null
 */
public record NumberStyle(Locale locale, int decimals, String unit) {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    public NumberStyle {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(unit, "unit");
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0 to 6: " + decimals);
        }
        unit = unit.strip();
    }

    /** Dutch separators ({@code 1.234,5}). */
    public static NumberStyle dutch(int decimals, String unit) {
        return new NumberStyle(DUTCH, decimals, unit);
    }

    /** The value rounded to {@link #decimals()}, half up: what the labels show. */
    public double round(double value) {
        return rounded(value, decimals).doubleValue();
    }

    /** The value with {@link #decimals()} and the unit: {@code "14,2 %"}. */
    public String format(double value) {
        return withUnit(number(value));
    }

    /** The value with {@link #decimals()}, without the unit: {@code "14,2"}. */
    public String number(double value) {
        return number(value, decimals);
    }

    /** The value with the given number of decimals, without the unit (axis ticks). */
    public String number(double value, int decimalsShown) {
        DecimalFormat format = new DecimalFormat(decimalsShown == 0 ? "#,##0" : "#,##0." + "0".repeat(decimalsShown),
                DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(rounded(value, decimalsShown));
    }

    /**
     * A class range for legends: {@code "12,0 – 15,5 %"} (en dash between spaces), or the single value
     * ({@code "16,3 %"}) when both ends are written the same.
     */
    public String range(double from, double to) {
        String low = number(from);
        String high = number(to);
        return withUnit(low.equals(high) ? low : low + " \u2013 " + high);
    }

    /** The text followed by a space and the unit, or the text alone when the unit is empty. */
    public String withUnit(String text) {
        return unit.isEmpty() ? text : text + " " + unit;
    }

    private static BigDecimal rounded(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        BigDecimal result = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return result.signum() == 0 ? BigDecimal.ZERO.setScale(decimals) : result;
    }
}
