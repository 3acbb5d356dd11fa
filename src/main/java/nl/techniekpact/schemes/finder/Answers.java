package nl.techniekpact.schemes.finder;

import java.time.LocalDate;
import java.util.Objects;

/** The finder's four answers and the day they are asked on. */
public record Answers(Who who, Locality where, Want want, When when, LocalDate today) {

    public Answers {
        Objects.requireNonNull(who);
        Objects.requireNonNull(where);
        Objects.requireNonNull(want);
        Objects.requireNonNull(when);
        Objects.requireNonNull(today);
    }
}
