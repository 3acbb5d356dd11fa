package nl.techniekpact.loket.matching;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive range of days, such as a school holiday or a school's own blocked dates.
 *
 * @param from  the first day of the range
 * @param until the last day of the range, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate until) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
    }

    /** A range of one day. */
    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    /** Whether {@code day} lies in this range (both ends included). */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
