package nl.techniekpact.schemes.finder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** When the person wants to apply: a period from today. {@code param} is the value in the finder's links. */
public enum When {
    NOW("nu"), WITHIN_3_MONTHS("binnen-3-maanden"), WITHIN_A_YEAR("binnen-een-jaar"), ANY_TIME("maakt-niet-uit");

    private final String param;

    When(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** The last day of the period that starts today; null when any time will do. */
    public LocalDate until(LocalDate today) {
        return switch (this) {
            case NOW -> today;
            case WITHIN_3_MONTHS -> today.plusMonths(3);
            case WITHIN_A_YEAR -> today.plusYears(1);
            case ANY_TIME -> null;
        };
    }

    public static Optional<When> ofParam(String value) {
        return Arrays.stream(values()).filter(w -> w.param.equals(value)).findFirst();
    }
}
