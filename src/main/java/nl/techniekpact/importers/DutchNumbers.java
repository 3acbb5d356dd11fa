package nl.techniekpact.importers;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Number cells of Dutch open-data CSV. Accepted: digits with an optional decimal comma ({@code 12},
 * {@code 0,5}), and a minus sign where negatives are allowed. A dot is refused: in Dutch text {@code 1.234}
 * is a thousands separator and {@code 1.5} an English decimal, and guessing would silently change a count.
 * {@code <5} (any {@code <} with digits) is a suppressed value.
 */
final class DutchNumbers {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(,\\d+)?");
    private static final Pattern SUPPRESSED = Pattern.compile("<\\s?\\d+");

    private DutchNumbers() {
    }

    static boolean isSuppressed(String cell) {
        return SUPPRESSED.matcher(cell).matches();
    }

    /** The number, or null when {@code cell} (already trimmed, not blank) is not a Dutch number. */
    static BigDecimal parse(String cell) {
        if (!NUMBER.matcher(cell).matches()) {
            return null;
        }
        return new BigDecimal(cell.replace(',', '.'));
    }
}
