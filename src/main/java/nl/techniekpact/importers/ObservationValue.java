package nl.techniekpact.importers;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of one observation: a number, or a value the source withheld ({@code <5}, CBS {@code x}).
 * A suppressed value is never a number — not zero, not the bound — so sums must treat it explicitly.
 * A missing value (blank cell, {@code ""}, {@code null}) yields no observation at all.
 */
public sealed interface ObservationValue {

    record Amount(BigDecimal number) implements ObservationValue {
        public Amount {
            Objects.requireNonNull(number, "number");
        }
    }

    /** {@code raw} is the source's text exactly as it stood, trimmed ({@code "<5"}). */
    record Suppressed(String raw) implements ObservationValue {
        public Suppressed {
            Objects.requireNonNull(raw, "raw");
        }
    }

    static ObservationValue of(BigDecimal number) {
        return new Amount(number);
    }

    static ObservationValue suppressed(String raw) {
        return new Suppressed(raw);
    }
}
