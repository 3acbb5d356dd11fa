package nl.techniekpact.importers;

import java.util.regex.Pattern;

/**
 * The Chamber of Commerce number (KvK-nummer) of a registered organisation: eight digits. The number has no
 * public check digit, so only its form is checked; surrounding blanks are ignored, anything else (spaces or dots
 * inside, fewer or more digits) is refused.
 */
public final class KvkNumber {

    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

    private KvkNumber() {
    }

    public static boolean isValid(String raw) {
        return raw != null && EIGHT_DIGITS.matcher(raw.strip()).matches();
    }
}
