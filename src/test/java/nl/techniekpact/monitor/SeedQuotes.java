package nl.techniekpact.monitor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares quotes in the monitor data files with a seed document, and reads the numbers a quote writes.
 *
 * <p>Text is reduced the same way as the pact tests' {@code SeedText} does: Unicode NFC, HTML tags and Markdown link
 * syntax removed, whitespace, hyphens and bullet marks dropped, lower case. Words, digits and punctuation must match.
 *
 * <p>Numbers are read as the seeds write them: Dutch digit groups ({@code 36.000}), decimal commas ({@code 0,8}),
 * "108 duizend", number words ({@code veertien}, {@code duizend}), fractions in words ({@code vier op de tien} = 40)
 * and "alle", "elke", "iedere", which the data transcribe as 100 %.
 */
final class SeedQuotes {

    private static final Pattern DIGITS = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)(?![\\d])(\\s+duizend)?");
    private static final Pattern FRACTION = Pattern.compile("(?<![\\p{L}])(\\p{L}+) op de (\\p{L}+)(?![\\p{L}])");
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("een", 1), Map.entry("één", 1), Map.entry("twee", 2), Map.entry("drie", 3), Map.entry("vier", 4),
            Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7), Map.entry("acht", 8), Map.entry("negen", 9),
            Map.entry("tien", 10), Map.entry("elf", 11), Map.entry("twaalf", 12), Map.entry("dertien", 13),
            Map.entry("veertien", 14), Map.entry("vijftien", 15), Map.entry("zestien", 16), Map.entry("zeventien", 17),
            Map.entry("achttien", 18), Map.entry("negentien", 19), Map.entry("twintig", 20), Map.entry("dertig", 30),
            Map.entry("veertig", 40), Map.entry("vijftig", 50), Map.entry("zestig", 60), Map.entry("zeventig", 70),
            Map.entry("tachtig", 80), Map.entry("negentig", 90), Map.entry("honderd", 100), Map.entry("duizend", 1000),
            Map.entry("alle", 100), Map.entry("elke", 100), Map.entry("iedere", 100));

    private SeedQuotes() {
    }

    /** The text reduced for comparison (see the class comment). */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replaceAll("<[^>]+>", "");
        s = s.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1");
        s = s.replace('\u00a0', ' ');
        s = s.replaceAll("[\\s\\-\u2010\u00ad*#>›→•_]+", "");
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code quote} is a contiguous piece of {@code normalizedSeed} (already passed through normalize). */
    static boolean isIn(String quote, String normalizedSeed) {
        String q = normalize(quote);
        return !q.isEmpty() && normalizedSeed.contains(q);
    }

    /** Every number the quote writes, in digits or in words. */
    static Set<BigDecimal> numbers(String quote) {
        Set<BigDecimal> result = new HashSet<>();
        String text = Normalizer.normalize(quote, Normalizer.Form.NFC).replace('\u00a0', ' ');
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            BigDecimal value = new BigDecimal(digits.group(1).replace(".", "").replace(',', '.'));
            result.add(canonical(value));
            if (digits.group(2) != null) {
                result.add(canonical(value.multiply(BigDecimal.valueOf(1000))));
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : lower.split("[^\\p{L}]+")) {
            Integer value = WORDS.get(word);
            if (value != null) {
                result.add(canonical(BigDecimal.valueOf(value)));
            }
        }
        Matcher fraction = FRACTION.matcher(lower);
        while (fraction.find()) {
            Integer part = WORDS.get(fraction.group(1));
            Integer whole = WORDS.get(fraction.group(2));
            if (part != null && whole != null && whole != 0) {
                result.add(canonical(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole),
                        MathContext.DECIMAL64)));
            }
        }
        return result;
    }

    /** One form per number, so that 55, 55.0 and 5.5E+1 compare equal: no trailing zeros, scale at least 0. */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Whether {@code value} is one of the numbers the quote writes. */
    static boolean writes(String quote, BigDecimal value) {
        return numbers(quote).contains(canonical(value));
    }
}
