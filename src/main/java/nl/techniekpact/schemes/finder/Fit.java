package nl.techniekpact.schemes.finder;

import java.time.LocalDate;
import java.util.List;

import nl.techniekpact.schemes.Scheme;

/**
 * How a scheme fits the answers: why ({@code reasons}), on which condition ({@code conditions}), what the sources
 * leave unknown ({@code unknowns}) and, when it does not fit, why not ({@code against}). {@code deadline}: the
 * last day to apply in a window open in the chosen period, where a source gives it.
 */
public record Fit(Scheme scheme, Level level, List<Note> reasons, List<Note> conditions, List<Note> unknowns,
                  List<Note> against, LocalDate deadline) {

    /** From the best fit to none. */
    public enum Level {
        FITS, CONDITIONAL, MAYBE, NO
    }

    public Fit {
        reasons = List.copyOf(reasons);
        conditions = List.copyOf(conditions);
        unknowns = List.copyOf(unknowns);
        against = List.copyOf(against);
    }

    public boolean fits() {
        return level != Level.NO;
    }

    /** Every code of a condition or an unknown. */
    public List<String> missingCodes() {
        return java.util.stream.Stream.concat(conditions.stream(), unknowns.stream()).map(Note::code).toList();
    }
}
