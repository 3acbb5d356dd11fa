package nl.techniekpact.importers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised CBS region codes: {@code NL01}, landsdelen {@code LD01}–{@code LD04}, provinces
 * {@code PV20}–{@code PV31}, municipalities {@code GM0014}, labour-market regions {@code AM01}, COROP areas
 * {@code CR01}, districts {@code WK001401} and neighbourhoods {@code BU00140000}.
 */
final class RegionCodes {

    private static final Pattern CBS = Pattern.compile(
            "NL01|LD0[1-4]|PV(2\\d|3[01])|GM\\d{4}|AM\\d{2}|CR\\d{2}|WK\\d{6}|BU\\d{8}");
    private static final Pattern MUNICIPALITY_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM\\d{4}");

    private RegionCodes() {
    }

    /** The code with CBS padding removed and in upper case, or null when it is no CBS region code. */
    static String cbs(String raw) {
        String code = raw.strip().toUpperCase(Locale.ROOT);
        return CBS.matcher(code).matches() ? code : null;
    }

    /**
     * {@code GM} plus four digits from a DUO {@code GEMEENTENUMMER} ({@code 0106}, or {@code 106} when a
     * spreadsheet dropped the leading zero) or from a code already in {@code GM0106} form; null otherwise.
     */
    static String municipality(String raw) {
        String value = raw.strip().toUpperCase(Locale.ROOT);
        if (MUNICIPALITY_CODE.matcher(value).matches()) {
            return value;
        }
        if (MUNICIPALITY_NUMBER.matcher(value).matches()) {
            return "GM" + "0".repeat(4 - value.length()) + value;
        }
        return null;
    }

    static boolean matches(String code, String prefix) {
        return code != null && code.startsWith(prefix) && cbs(code) != null;
    }
}
