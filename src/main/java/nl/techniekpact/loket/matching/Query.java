package nl.techniekpact.loket.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one side looks for: the soft wishes that make up the score, the blocked dates, and the hard
 * {@link Filters}. An empty set of types, levels, subjects or venues means "no wish": every listing meets it.
 *
 * @param latitude  WGS84 latitude of the one who asks, in degrees
 * @param longitude WGS84 longitude, in degrees
 * @param travelKm  how far the one who asks will travel (or let the other side travel), in km, ≥ 0
 * @param types     wished activity types
 * @param levels    the levels it is for
 * @param subjects  wished subject codes
 * @param venues    where it can take place; {@link Venue#ONLINE} on both sides lifts the distance limit
 * @param from      first day on which it can take place; {@code null} = open
 * @param until     last day (inclusive); {@code null} = open
 * @param blocked   days on which it cannot take place: school holidays and the school's own blocked dates
 * @param text      free text; matched word by word against the listings' text (Dutch, IDF-weighted)
 * @param filters   hard filters
 */
public record Query(double latitude, double longitude, int travelKm, Set<ActivityType> types, Set<Level> levels,
                    Set<String> subjects, Set<Venue> venues, LocalDate from, LocalDate until,
                    List<DateRange> blocked, String text, Filters filters) {

    public Query {
        Listing.checkCoordinates(latitude, longitude);
        if (travelKm < 0) {
            throw new IllegalArgumentException("travelKm must be ≥ 0: " + travelKm);
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
        types = Listing.copy(types);
        levels = Listing.copy(levels);
        subjects = Listing.copy(subjects);
        venues = Listing.copy(venues);
        blocked = blocked == null ? List.of() : List.copyOf(blocked);
        text = text == null ? "" : text;
        filters = Objects.requireNonNullElse(filters, Filters.NONE);
    }

    /**
     * The query of a listing looking for its counterparts (a school's request looking for offers, or the reverse):
     * its place, travel distance, wishes, period and text, with the given blocked dates and filters.
     */
    public static Query of(Listing own, List<DateRange> blocked, Filters filters) {
        return new Query(own.latitude(), own.longitude(), own.travelKm(), own.types(), own.levels(),
                own.subjects(), own.venues(), own.from(), own.until(), blocked, own.text(), filters);
    }
}
