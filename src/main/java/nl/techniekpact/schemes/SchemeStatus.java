package nl.techniekpact.schemes;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether one can apply, computed from the application windows and today's date, never stored. A window is OPEN
 * from its opening day through its closing day (both inclusive), ANNOUNCED before its opening day, CLOSED after
 * its closing day; without a known opening day, or with a known opening day but neither a closing day nor the
 * source's word that it runs on ("doorlopend"), it is UNKNOWN: the catalogue does not guess that a window is open.
 */
public enum SchemeStatus {
    ANNOUNCED, OPEN, CLOSED, ENDED, UNKNOWN;

    /**
     * How long a source's word that a window runs on ("doorlopend") is believed: after a year without a newer
     * source, such a window is UNKNOWN, not OPEN — the scheme may have ended without the catalogue hearing of it.
     */
    public static final java.time.Period ONGOING_BELIEVED_FOR = java.time.Period.ofYears(1);

    static SchemeStatus ofWindow(LocalDate opens, LocalDate closes, boolean ongoing, LocalDate sourceDate,
                                 LocalDate today) {
        if (ongoing && closes == null && sourceDate != null
                && sourceDate.plus(ONGOING_BELIEVED_FOR).isBefore(today)
                && (opens == null || !opens.isAfter(today))) {
            return UNKNOWN;
        }
        return ofWindow(opens, closes, ongoing, today);
    }

    static SchemeStatus ofWindow(LocalDate opens, LocalDate closes, boolean ongoing, LocalDate today) {
        if (closes != null && closes.isBefore(today)) {
            return CLOSED;
        }
        if (opens != null && opens.isAfter(today)) {
            return ANNOUNCED;
        }
        if (opens != null && closes != null) {
            return OPEN;
        }
        if (ongoing && (opens != null || closes == null)) {
            return OPEN;
        }
        return UNKNOWN;
    }

    /**
     * A scheme: ENDED once its known end date has passed; else OPEN when a window is open, else ANNOUNCED when one is
     * announced, else UNKNOWN when a window's state is unknown or there are no windows, else (all closed) CLOSED.
     */
    static SchemeStatus ofScheme(List<ApplicationWindow> windows, LocalDate endedOn, LocalDate today) {
        if (endedOn != null && endedOn.isBefore(today)) {
            return ENDED;
        }
        List<SchemeStatus> states = windows.stream().map(w -> w.status(today)).toList();
        if (states.contains(OPEN)) {
            return OPEN;
        }
        if (states.contains(ANNOUNCED)) {
            return ANNOUNCED;
        }
        if (states.isEmpty() || states.contains(UNKNOWN)) {
            return UNKNOWN;
        }
        return CLOSED;
    }
}
