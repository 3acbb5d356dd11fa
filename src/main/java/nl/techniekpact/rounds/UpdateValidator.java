package nl.techniekpact.rounds;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.techniekpact.rounds.RoundViews.ActionUpdate;
import nl.techniekpact.rounds.RoundViews.RegionUpdate;
import nl.techniekpact.shared.InvalidInput;

/**
 * The rules of a submitted update; each rule reports a message code for its field. Drafts are checked only for
 * things that could not be stored (lengths, malformed dates and links); a submission must be complete.
 */
final class UpdateValidator {

    static final int MAX_TEXT = 20_000;
    static final int MAX_SHORT = 2_000;
    /** Rows of one kind (milestones, links, figures, priorities, examples) in one update, as the form offers. */
    static final int MAX_ROWS = 20;
    static final Set<String> COLOURS = Set.of("COMPLETED", "ON_SCHEDULE", "DELAYED");

    private UpdateValidator() {
    }

    static void check(ActionUpdate u, boolean submission) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (submission && (u.colour() == null || !COLOURS.contains(u.colour()))) {
            errors.put("colour", "update.colour.required");
        } else if (u.colour() != null && !u.colour().isBlank() && !COLOURS.contains(u.colour())) {
            errors.put("colour", "update.colour.required");
        }
        length(errors, "text", u.text(), MAX_TEXT, submission, "update.text.required");
        if ("DELAYED".equals(u.colour())) {
            length(errors, "delayReason", u.delayReason(), MAX_SHORT, submission, "update.delayReason.required");
            length(errors, "correctiveMeasure", u.correctiveMeasure(), MAX_SHORT, submission,
                    "update.correctiveMeasure.required");
        }
        rows(errors, "milestones", u.milestones().size());
        rows(errors, "links", u.links().size());
        rows(errors, "figures", u.figures().size());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors); // before looking at thousands of rows
        }
        for (int i = 0; i < u.milestones().size(); i++) {
            var m = u.milestones().get(i);
            if (blank(m.text())) {
                errors.put("milestones[" + i + "].text", "update.milestone.text.required");
            } else if (m.text().length() > MAX_SHORT) {
                errors.put("milestones[" + i + "].text", "update.tooLong");
            }
            if (!blank(m.due()) && !isDate(m.due())) {
                errors.put("milestones[" + i + "].due", "update.date.invalid");
            }
            if (!blank(m.done()) && !isDate(m.done())) {
                errors.put("milestones[" + i + "].done", "update.date.invalid");
            }
        }
        for (int i = 0; i < u.links().size(); i++) {
            var l = u.links().get(i);
            if (!isWebAddress(l.url())) {
                errors.put("links[" + i + "].url", "update.link.invalid");
            }
            if (blank(l.label())) {
                errors.put("links[" + i + "].label", "update.link.label.required");
            }
        }
        for (int i = 0; i < u.figures().size(); i++) {
            var f = u.figures().get(i);
            if (blank(f.label())) {
                errors.put("figures[" + i + "].label", "update.figure.label.required");
            }
            if (f.value() == null || !f.value().strip().matches("-?\\d{1,15}([.,]\\d{1,6})?")) {
                errors.put("figures[" + i + "].value", "update.figure.value.invalid");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    static void check(RegionUpdate u, Set<String> themeIds, boolean submission) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean empty = blank(u.progress()) && u.priorities().isEmpty() && u.examples().isEmpty();
        if (submission && empty) {
            errors.put("progress", "update.region.empty");
        }
        if (u.progress() != null && u.progress().length() > MAX_TEXT) {
            errors.put("progress", "update.tooLong");
        }
        rows(errors, "priorities", u.priorities().size());
        rows(errors, "examples", u.examples().size());
        if (errors.containsKey("priorities") || errors.containsKey("examples")) {
            throw new InvalidInput(errors);
        }
        for (int i = 0; i < u.priorities().size(); i++) {
            var p = u.priorities().get(i);
            if (p.line() != null && !Set.of("kiezen", "leren", "werken").contains(p.line())) {
                errors.put("priorities[" + i + "].line", "update.line.invalid");
            }
            if (blank(p.text())) {
                errors.put("priorities[" + i + "].text", "update.priority.text.required");
            } else if (p.text().length() > MAX_SHORT) {
                errors.put("priorities[" + i + "].text", "update.tooLong");
            }
        }
        for (int i = 0; i < u.examples().size(); i++) {
            var x = u.examples().get(i);
            if (x.themeId() == null || !themeIds.contains(x.themeId())) {
                errors.put("examples[" + i + "].themeId", "update.example.theme.required");
            }
            if (blank(x.title()) || x.title().length() > 300) {
                errors.put("examples[" + i + "].title", "update.example.title.required");
            }
            if (blank(x.text()) || x.text().length() > MAX_TEXT) {
                errors.put("examples[" + i + "].text", "update.example.text.required");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void rows(Map<String, String> errors, String field, int rows) {
        if (rows > MAX_ROWS) {
            errors.put(field, "update.rows.tooMany");
        }
    }

    private static void length(Map<String, String> errors, String field, String value, int max, boolean required,
                               String requiredCode) {
        if (required && blank(value)) {
            errors.put(field, requiredCode);
        } else if (value != null && value.length() > max) {
            errors.put(field, "update.tooLong");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A date as the pact writes them: 2016, 2016-03 or 2016-03-31. */
    static boolean isDate(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{4}")) {
                return true;
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(v);
                return true;
            }
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isWebAddress(String value) {
        if (blank(value) || value.length() > 2_000) {
            return false;
        }
        try {
            URI uri = URI.create(value.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values;
    }
}
