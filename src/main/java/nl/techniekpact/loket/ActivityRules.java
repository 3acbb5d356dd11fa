package nl.techniekpact.loket;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import nl.techniekpact.loket.Activities.Action;
import nl.techniekpact.loket.Activities.Activity;
import nl.techniekpact.loket.Activities.Side;

/**
 * The rules of the activity workflow: which side may take which step at all ({@link #allowedFor}: refusing is a
 * 403), and which steps the state and the day allow now ({@link #allowedNow}); and the checks of the dates and
 * scores a form sends, each reporting a message code by field.
 */
final class ActivityRules {

    /** A proposal not answered in this many days expires. */
    static final int ANSWER_DAYS = 14;
    /** An activity held this many days ago closes, with or without feedback. */
    static final int CLOSE_DAYS = 30;
    /** The reminder before the date goes out this many days before it. */
    static final int REMIND_BEFORE_DAYS = 3;
    /** The reminder for missing feedback goes out this many days after the activity was held. */
    static final int REMIND_FEEDBACK_DAYS = 7;

    private ActivityRules() {
    }

    /** Whether {@code side} may take this step on the activity in any state (the other side answers, …). */
    static boolean allowedFor(Action action, Side side, Activity a) {
        return switch (action) {
            case ACCEPT, DECLINE -> side != a.proposedBy();
            case WITHDRAW -> side == a.proposedBy();
            case RESCHEDULE, MARK_HELD, FEEDBACK -> true;
        };
    }

    /** Whether the activity's state (and {@code today}) allow the step now. */
    static boolean allowedNow(Action action, Side side, Activity a, LocalDate today) {
        return switch (action) {
            case ACCEPT, DECLINE -> "PROPOSED".equals(a.state());
            case WITHDRAW -> "PROPOSED".equals(a.state()) || "INTRODUCED".equals(a.state());
            case RESCHEDULE -> "INTRODUCED".equals(a.state());
            case MARK_HELD -> "INTRODUCED".equals(a.state()) && a.plannedOn() != null
                    && !today.isBefore(a.plannedOn());
            case FEEDBACK -> "HELD".equals(a.state()) && a.score(side) == null;
        };
    }

    /** A date as a form sends it ({@code yyyy-mm-dd}); null when empty or invalid (then with an error). */
    static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() >= 2000 && date.getYear() <= 2100) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.put(field, "loket.error.date");
        return null;
    }

    /** A planned date is not in the past and lies in the listing's period (where it has one). */
    static void checkPlanned(LocalDate date, LocalDate from, LocalDate until, LocalDate today, String field,
                             Map<String, String> errors) {
        if (date == null) {
            return;
        }
        if (date.isBefore(today)) {
            errors.put(field, "loket.activity.error.past");
        } else if ((from != null && date.isBefore(from)) || (until != null && date.isAfter(until))) {
            errors.put(field, "loket.activity.error.outside");
        }
    }

    /** A score of 1 to 5 as a form sends it; null (with an error) otherwise. */
    static Integer score(String value, Map<String, String> errors) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("[1-5]")) {
            errors.put("score", "loket.activity.error.score");
            return null;
        }
        return Integer.parseInt(text);
    }
}
