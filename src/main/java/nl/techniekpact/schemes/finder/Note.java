package nl.techniekpact.schemes.finder;

import java.time.LocalDate;

/**
 * One thing the finder says about a scheme, as a code the page turns into words ({@code finder.note.<code>}),
 * with the source's own words where it quotes them ({@code quote}, {@code source}) and a date where one matters.
 */
public record Note(String code, String quote, String source, LocalDate date) {

    static Note of(String code) {
        return new Note(code, null, null, null);
    }

    static Note quoting(String code, nl.techniekpact.schemes.Sourced fact) {
        return new Note(code, fact.stated(), fact.source(), null);
    }

    static Note on(String code, LocalDate date) {
        return new Note(code, null, null, date);
    }
}
