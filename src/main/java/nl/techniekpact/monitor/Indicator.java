package nl.techniekpact.monitor;

import java.util.List;
import java.util.Locale;

/**
 * A monitor indicator. A {@code COUNT} is summed; a {@code SHARE} is always {@code sum(numerator) /
 * sum(denominator)}, shown in its {@code unit} ({@code PERCENT}: × 100; {@code FRACTION}: as is).
 */
public record Indicator(String code, String nameNl, String nameEn, String definitionNl, String definitionEn,
                        Kind kind, String unit, Direction direction, String source, List<String> breakdowns,
                        List<String> themes, List<String> links, List<String> notes) {

    public enum Kind { COUNT, SHARE }

    public enum Direction { HIGHER, LOWER }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }

    public String definition(Locale locale) {
        return "en".equals(locale.getLanguage()) ? definitionEn : definitionNl;
    }

    public boolean isShare() {
        return kind == Kind.SHARE;
    }

    public boolean isPercent() {
        return "PERCENT".equals(unit);
    }

    /** The share numerator / denominator in this indicator's unit. */
    public double shareValue(double numerator, double denominator) {
        double fraction = numerator / denominator;
        return isPercent() ? fraction * 100 : fraction;
    }
}
