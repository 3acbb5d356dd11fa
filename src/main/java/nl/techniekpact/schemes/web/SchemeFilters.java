package nl.techniekpact.schemes.web;

import java.util.Locale;

import nl.techniekpact.schemes.Applicant;
import nl.techniekpact.schemes.Purpose;
import nl.techniekpact.schemes.SchemeLevel;
import nl.techniekpact.schemes.SchemeStatus;
import nl.techniekpact.schemes.Schemes;

/**
 * The catalogue's filters as the pages and the API take them ({@code who}, {@code what}, {@code level},
 * {@code status}; the names of the catalogue's categories, any case). A page ignores a value it does not know
 * (the form offers only known ones); the API refuses it.
 */
final class SchemeFilters {

    /** A filter value that is not one of the catalogue's categories. */
    static final class Unknown extends RuntimeException {
        Unknown(String parameter) {
            super(parameter, null, false, false);
        }
    }

    private SchemeFilters() {
    }

    static Schemes.Filter lenient(String who, String what, String level, String status) {
        return new Schemes.Filter(option(Applicant.class, who, null), option(Purpose.class, what, null),
                option(SchemeLevel.class, level, null), option(SchemeStatus.class, status, null));
    }

    static Schemes.Filter strict(String who, String what, String level, String status) {
        return new Schemes.Filter(option(Applicant.class, who, "who"), option(Purpose.class, what, "what"),
                option(SchemeLevel.class, level, "level"), option(SchemeStatus.class, status, "status"));
    }

    /** The value as one of {@code type}'s constants; null when blank, or unknown and {@code parameter} is null. */
    static <E extends Enum<E>> E option(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() <= 40) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    return constant;
                }
            }
        }
        if (parameter != null) {
            throw new Unknown(parameter);
        }
        return null;
    }

    static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
