package nl.techniekpact.schemes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fact as a source states it: the text, a number where the text is a plain amount or percentage (else null),
 * the source (document or file name) and the date of that source (null when the source carries none).
 */
public record Sourced(String stated, BigDecimal amount, String source, LocalDate sourceDate) {

    public Sourced {
        if (stated == null || stated.isBlank() || source == null || source.isBlank()) {
            throw new IllegalArgumentException("A fact needs its text and its source");
        }
    }

    public static Sourced text(String stated, String source, LocalDate sourceDate) {
        return new Sourced(stated, null, source, sourceDate);
    }
}
