package nl.techniekpact.importers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch postcodes: four digits, the first not {@code 0}, then two letters, written {@code 1234 AB}. Input may
 * have no space or several, lower-case letters and surrounding blanks ({@code "1234ab"}, {@code " 1234  ab "}).
 * The letter pairs {@code SA}, {@code SD} and {@code SS} are not issued and are refused. The form is checked, not
 * whether PostNL has issued the postcode.
 */
public final class PostcodeFormat {

    private static final Pattern POSTCODE = Pattern.compile("([1-9]\\d{3}) *([A-Z]{2})");
    private static final Pattern PC4 = Pattern.compile("[1-9]\\d{3}");
    private static final Set<String> NOT_ISSUED = Set.of("SA", "SD", "SS");

    private PostcodeFormat() {
    }

    /** {@code "1234 AB"}, or null when {@code raw} is null or not a Dutch postcode. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = POSTCODE.matcher(raw.strip().toUpperCase(Locale.ROOT));
        if (!m.matches() || NOT_ISSUED.contains(m.group(2))) {
            return null;
        }
        return m.group(1) + " " + m.group(2);
    }

    public static boolean isValid(String raw) {
        return normalise(raw) != null;
    }

    /**
     * The four digits ({@code "1234"}) of a postcode, or of a bare PC4 ({@code " 1234 "}); null when {@code raw}
     * is neither.
     */
    public static String pc4(String raw) {
        if (raw == null) {
            return null;
        }
        String bare = raw.strip();
        if (PC4.matcher(bare).matches()) {
            return bare;
        }
        String postcode = normalise(raw);
        return postcode == null ? null : postcode.substring(0, 4);
    }

    /** Whether {@code raw}, trimmed, is four digits not starting with {@code 0}. */
    public static boolean isValidPc4(String raw) {
        return raw != null && PC4.matcher(raw.strip()).matches();
    }
}
