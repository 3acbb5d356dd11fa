package nl.techniekpact.schemes;

import java.util.List;

/** A fact about a scheme that is kept as its source states it (text, with a number where the text is one). */
public enum Fact {
    GOAL, BUDGET, MIN_AMOUNT, MAX_AMOUNT, MIN_RATE, MAX_RATE, RATE, CONDITIONS, ELIGIBLE_ACTIVITIES, APPLICANTS,
    COLLABORATION, LOCATION, ASSESSMENT, DURATION, RUNS_UNTIL, RESULTS, NOTE;

    /** The facts a scheme page always lists, saying "unknown" where no source states them. */
    public static final List<Fact> ALWAYS_SHOWN = List.of(BUDGET, MAX_AMOUNT, RATE, CONDITIONS);
}
