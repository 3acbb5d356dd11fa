package nl.techniekpact.loket;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.techniekpact.loket.matching.ActivityType;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.loket.matching.Venue;
import nl.techniekpact.shared.InvalidInput;

/** Checks an offer or request form: every field, every error at once, by field, with a message code. */
final class ListingForms {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;

    /** A form that passed. */
    record Checked(String title, ActivityType type, Set<Level> levels, Set<String> subjects, Set<String> themes,
                   Set<Venue> venues, LocalDate from, LocalDate until, Integer durationMinutes, Integer capacity,
                   Integer placesLeft, int travelKm, String description) {
    }

    private ListingForms() {
    }

    static Checked check(Listings.Form form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            errors.put("title", "loket.error.required");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "loket.error.too-long");
        }
        ActivityType type = parse(ActivityType.class, form.type());
        if (type == null) {
            errors.put("type", "loket.error.type");
        }
        Set<Level> levels = enums(Level.class, form.levels(), "levels", errors);
        if (levels.isEmpty() && !errors.containsKey("levels")) {
            errors.put("levels", "loket.error.levels");
        }
        Set<Venue> venues = enums(Venue.class, form.venues(), "venues", errors);
        if (venues.isEmpty() && !errors.containsKey("venues")) {
            errors.put("venues", "loket.error.venues");
        }
        Set<String> subjects = new TreeSet<>(form.subjects() == null ? List.of() : form.subjects());
        if (!LoketVocabulary.SUBJECTS.containsAll(subjects)) {
            errors.put("subjects", "loket.error.subjects");
        }
        Set<String> themes = new TreeSet<>(form.themes() == null ? List.of() : form.themes());
        if (themes.size() > 20 || themes.stream().anyMatch(t -> !t.matches("[a-z0-9-]{1,40}"))) {
            errors.put("themes", "loket.error.themes");
        }
        LocalDate from = date(form.from(), "from", errors);
        LocalDate until = date(form.until(), "until", errors);
        if (from != null && until != null && until.isBefore(from)) {
            errors.put("until", "loket.error.until-before-from");
        }
        Integer duration = number(form.durationMinutes(), 1, 100_000, "durationMinutes", errors);
        Integer capacity = number(form.capacity(), 1, 100_000, "capacity", errors);
        Integer placesLeft = number(form.placesLeft(), 0, 100_000, "placesLeft", errors);
        if (capacity != null && placesLeft != null && placesLeft > capacity) {
            errors.put("placesLeft", "loket.error.places-left");
        }
        if (capacity != null && placesLeft == null) {
            placesLeft = capacity;
        }
        Integer travelKm = number(form.travelKm(), 0, 300, "travelKm", errors);
        if (travelKm == null && !errors.containsKey("travelKm")) {
            errors.put("travelKm", "loket.error.travel-km");
        }
        String description = form.description() == null ? "" : form.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            errors.put("description", "loket.error.too-long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(title, type, levels, subjects, themes, venues, from, until, duration, capacity,
                placesLeft, travelKm, description);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> values, String field,
                                                    Map<String, String> errors) {
        Set<E> set = EnumSet.noneOf(type);
        for (String value : values == null ? List.<String>of() : values) {
            E parsed = parse(type, value);
            if (parsed == null) {
                errors.put(field, "loket.error." + field);
            } else {
                set.add(parsed);
            }
        }
        return set;
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                errors.put(field, "loket.error.date");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put(field, "loket.error.date");
            return null;
        }
    }

    private static Integer number(String value, int min, int max, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            errors.put(field, "loket.error.number");
            return null;
        }
        return Integer.parseInt(text);
    }
}
