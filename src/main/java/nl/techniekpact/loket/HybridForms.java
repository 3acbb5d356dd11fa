package nl.techniekpact.loket;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import nl.techniekpact.shared.InvalidInput;

/**
 * Reads the fields of a hybrid-teacher form one by one, collecting every problem by field with a message code,
 * so a form answers with all its errors at once ({@link #done()}). Texts are stripped; blank optional fields are
 * null.
 */
final class HybridForms {

    static final Set<DayOfWeek> SCHOOL_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{6,20}");

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** A required text of at most {@code max} characters. */
    String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.put(field, "loket.error.required");
        } else if (text.length() > max) {
            errors.put(field, "loket.error.too-long");
        }
        return text;
    }

    /** An optional text of at most {@code max} characters; null when blank. */
    String optional(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            errors.put(field, "loket.error.too-long");
        }
        return text.isEmpty() ? null : text;
    }

    String email(String field, String value) {
        String text = required(field, value, 254);
        if (!text.isEmpty() && !errors.containsKey(field) && !EMAIL.matcher(text).matches()) {
            errors.put(field, "loket.hybrid.error.email");
        }
        return text;
    }

    String phone(String field, String value) {
        String text = optional(field, value, 20);
        if (text != null && !PHONE.matcher(text).matches()) {
            errors.put(field, "loket.error.phone");
        }
        return text;
    }

    /** A whole number from {@code min} to {@code max}; null (with an error when {@code required}) otherwise. */
    Integer number(String field, String value, int min, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                errors.put(field, "loket.error.required");
            }
            return null;
        }
        if (!text.matches("\\d{1,4}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            errors.put(field, "loket.hybrid.error." + field);
            return null;
        }
        return Integer.parseInt(text);
    }

    /** A positive decimal with at most one decimal place ({@code 2,5} or {@code 2.5}) up to {@code max}. */
    BigDecimal decimal(String field, String value, int max) {
        String text = value == null ? "" : value.strip().replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,4}(\\.\\d)?") || new BigDecimal(text).signum() <= 0
                || new BigDecimal(text).compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.put(field, "loket.hybrid.error." + field);
            return null;
        }
        return new BigDecimal(text);
    }

    /** A date as a date input sends it ({@code 2026-09-01}); null when blank or invalid (then with an error). */
    LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "loket.error.required");
            }
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

    /** A date that has passed or is today (a VOG's date of issue, a consent). */
    LocalDate pastDate(String field, String value, LocalDate today) {
        LocalDate date = date(field, value, false);
        if (date != null && date.isAfter(today)) {
            errors.put(field, "loket.hybrid.error.future");
            return null;
        }
        return date;
    }

    /** {@code until} on or after {@code from}, both known. */
    void order(String untilField, LocalDate from, LocalDate until) {
        if (from != null && until != null && until.isBefore(from)) {
            errors.put(untilField, "loket.error.until-before-from");
        }
    }

    /** One constant of {@code type}; null with an error when missing or unknown. */
    <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        E parsed = ListingForms.parse(type, value);
        if (parsed == null) {
            errors.put(field, "loket.hybrid.error." + field);
        }
        return parsed;
    }

    /** Constants of {@code type}, at least one when {@code required}. */
    <E extends Enum<E>> Set<E> choices(String field, Class<E> type, List<String> values, boolean required) {
        Set<E> set = EnumSet.noneOf(type);
        for (String value : values == null ? List.<String>of() : values) {
            E parsed = ListingForms.parse(type, value);
            if (parsed == null) {
                errors.put(field, "loket.hybrid.error." + field);
                return set;
            }
            set.add(parsed);
        }
        if (required && set.isEmpty()) {
            errors.put(field, "loket.hybrid.error." + field);
        }
        return set;
    }

    /** School days (Monday to Friday), at least one. */
    Set<DayOfWeek> days(String field, List<String> values) {
        Set<DayOfWeek> days = choices(field, DayOfWeek.class, values, true);
        if (!SCHOOL_DAYS.containsAll(days)) {
            errors.put(field, "loket.hybrid.error." + field);
        }
        return days;
    }

    /** Subjects of the Loket's vocabulary, at least one. */
    Set<String> subjects(String field, List<String> values) {
        Set<String> subjects = new TreeSet<>(values == null ? List.of() : values);
        if (subjects.isEmpty() || !LoketVocabulary.SUBJECTS.containsAll(subjects)) {
            errors.put(field, "loket.hybrid.error." + field);
        }
        return subjects;
    }

    /** One subject of the Loket's vocabulary. */
    String subject(String field, String value) {
        if (value == null || !LoketVocabulary.SUBJECTS.contains(value.strip())) {
            errors.put(field, "loket.hybrid.error." + field);
            return null;
        }
        return value.strip();
    }

    void error(String field, String code) {
        errors.putIfAbsent(field, code);
    }

    boolean failed(String field) {
        return errors.containsKey(field);
    }

    /** Throws {@link InvalidInput} with every problem found, if any. */
    void done() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }
}
