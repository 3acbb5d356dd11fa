package nl.techniekpact.loket.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One side's listing in the Loket: a company's offer or a school's request (both have this shape).
 *
 * <p>An empty set of types, levels or venues means "no restriction": the listing is open to every value. A
 * {@code null} end of the period means the period is open on that side.
 *
 * @param id         the listing's identifier, unique in an index
 * @param ownerId    the organisation that placed it (not used for matching)
 * @param latitude   WGS84 latitude of where it is (the school, the company), in degrees
 * @param longitude  WGS84 longitude, in degrees
 * @param travelKm   how far the owner will travel (or let the other side travel), in km, ≥ 0
 * @param types      the activity types
 * @param levels     the school levels
 * @param subjects   subject codes ({@code "techniek"}, {@code "informatica"} …), compared exactly
 * @param venues     where it can take place
 * @param from       first day on which it can take place; {@code null} = open
 * @param until      last day on which it can take place (inclusive); {@code null} = open
 * @param placesLeft places still free: {@code -1} unlimited, {@code 0} full (only a waiting list)
 * @param text       free text (title and description), used for text relevance
 * @param blocked    days within its period on which it cannot take place: for a school's request, the school's
 *                   holidays and its own blocked dates (empty for none)
 */
public record Listing(long id, long ownerId, double latitude, double longitude, int travelKm,
                      Set<ActivityType> types, Set<Level> levels, Set<String> subjects, Set<Venue> venues,
                      LocalDate from, LocalDate until, int placesLeft, String text, List<DateRange> blocked) {

    /** Places left of a listing without a limit. */
    public static final int UNLIMITED = -1;

    public Listing {
        checkCoordinates(latitude, longitude);
        if (travelKm < 0) {
            throw new IllegalArgumentException("travelKm must be ≥ 0: " + travelKm);
        }
        if (placesLeft < UNLIMITED) {
            throw new IllegalArgumentException("placesLeft must be ≥ -1: " + placesLeft);
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
        types = copy(types);
        levels = copy(levels);
        subjects = copy(subjects);
        venues = copy(venues);
        if (subjects.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("blank subject code in " + subjects);
        }
        text = text == null ? "" : text;
        blocked = blocked == null ? List.of() : List.copyOf(blocked);
    }

    /** A listing without blocked days. */
    public Listing(long id, long ownerId, double latitude, double longitude, int travelKm, Set<ActivityType> types,
                   Set<Level> levels, Set<String> subjects, Set<Venue> venues, LocalDate from, LocalDate until,
                   int placesLeft, String text) {
        this(id, ownerId, latitude, longitude, travelKm, types, levels, subjects, venues, from, until, placesLeft, text,
                List.of());
    }

    static void checkCoordinates(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a WGS84 position: " + latitude + ", " + longitude);
        }
    }

    static <T> Set<T> copy(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(Objects.requireNonNull(values));
    }
}
