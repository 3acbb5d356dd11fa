package nl.techniekpact.monitor.web;

import java.text.NumberFormat;
import java.util.Locale;

import nl.techniekpact.monitor.Indicator;

/**
 * Numbers as the pages write them: Dutch or English grouping and decimal marks; counts whole, shares with one
 * decimal and the unit ({@code 14,2 %}); fractions with three decimals.
 */
final class MonitorNumbers {

    private MonitorNumbers() {
    }

    static String value(Double value, Indicator indicator, Locale locale) {
        if (value == null) {
            return "";
        }
        if (!indicator.isShare()) {
            return count(value, locale);
        }
        if (indicator.isPercent()) {
            return decimal(value, 1, locale) + " %";
        }
        return decimal(value, 3, locale);
    }

    static String count(Double value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.abs(value - Math.rint(value)) < 1e-9 ? 0 : 1);
        return format.format(value);
    }

    static String decimal(double value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A change per year, with its sign ({@code +1,2 %-punt} is written as {@code +1,2}). */
    static String change(Double value, Indicator indicator, Locale locale) {
        if (value == null) {
            return "";
        }
        String text = indicator.isShare() ? decimal(Math.abs(value), indicator.isPercent() ? 1 : 3, locale)
                : count(Math.abs(value), locale);
        return (value < 0 ? "−" : "+") + text;
    }
}
