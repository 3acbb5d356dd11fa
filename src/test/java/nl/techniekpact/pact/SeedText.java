package nl.techniekpact.pact;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares transcribed text with a seed document. Both sides are reduced the same way: Unicode NFC, HTML tags
 * and Markdown link syntax removed, and whitespace, hyphens and bullet marks dropped (so line-end hyphenation
 * and re-flowed lines do not matter). Words, digits, punctuation and spelling must match exactly.
 */
final class SeedText {

    private static final Pattern FOOTNOTE_NOTE = Pattern.compile("Footnote number (\\d+) dropped from '([^']+)'");

    private final String normalized;

    SeedText(String seed) {
        this.normalized = normalize(seed);
    }

    /** The seed with the footnote markers that the data's notes say were dropped, removed the same way. */
    static SeedText withDroppedFootnotes(String seed, Iterable<String> notes) {
        SeedText result = new SeedText(seed);
        for (String note : notes) {
            Matcher m = FOOTNOTE_NOTE.matcher(note);
            while (m.find()) {
                String printed = m.group(2);
                String number = m.group(1);
                int at = printed.lastIndexOf(number);
                if (at > 0) {
                    result = new SeedText(result.normalized.replace(normalize(printed),
                            normalize(printed.substring(0, at) + printed.substring(at + number.length()))), true);
                }
            }
        }
        return result;
    }

    private SeedText(String normalized, boolean alreadyNormalized) {
        this.normalized = normalized;
    }

    boolean contains(String transcribed) {
        return normalized.contains(normalize(transcribed));
    }

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replaceAll("<[^>]+>", "");
        s = s.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1");
        s = s.replace('\u00a0', ' ');
        s = s.replaceAll("[\\s\\-\u2010\u00ad*#>›→•_]+", "");
        return s.toLowerCase(Locale.ROOT);
    }
}
