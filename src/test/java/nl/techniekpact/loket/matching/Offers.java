package nl.techniekpact.loket.matching;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Builders of listings and queries for the matching tests, with plain defaults that every rule lets through. */
final class Offers {

    static final double UTRECHT_LAT = 52.0884;
    static final double UTRECHT_LON = 5.1175;

    private Offers() {
    }

    /** A listing builder; defaults: Utrecht, 50 km, every type, level and venue, no subjects, open period. */
    static final class L {
        long id;
        double lat = UTRECHT_LAT;
        double lon = UTRECHT_LON;
        int travelKm = 50;
        Set<ActivityType> types = Set.of();
        Set<Level> levels = Set.of();
        Set<String> subjects = Set.of();
        Set<Venue> venues = Set.of();
        LocalDate from;
        LocalDate until;
        int places = Listing.UNLIMITED;
        String text = "";
        List<DateRange> blocked = List.of();

        L(long id) {
            this.id = id;
        }

        L at(double latitude, double longitude) {
            lat = latitude;
            lon = longitude;
            return this;
        }

        /** About {@code km} north of Utrecht. */
        L north(double km) {
            return at(UTRECHT_LAT + km / 111.195, UTRECHT_LON);
        }

        L travel(int km) {
            travelKm = km;
            return this;
        }

        L types(ActivityType... values) {
            types = values.length == 0 ? Set.of() : EnumSet.of(values[0], values);
            return this;
        }

        L levels(Level... values) {
            levels = values.length == 0 ? Set.of() : EnumSet.of(values[0], values);
            return this;
        }

        L venues(Venue... values) {
            venues = values.length == 0 ? Set.of() : EnumSet.of(values[0], values);
            return this;
        }

        L subjects(String... codes) {
            subjects = Set.of(codes);
            return this;
        }

        L period(String first, String last) {
            from = first == null ? null : LocalDate.parse(first);
            until = last == null ? null : LocalDate.parse(last);
            return this;
        }

        L places(int n) {
            places = n;
            return this;
        }

        L blocked(DateRange... ranges) {
            blocked = List.of(ranges);
            return this;
        }

        L text(String value) {
            text = value;
            return this;
        }

        Listing build() {
            return new Listing(id, 1000 + id, lat, lon, travelKm, types, levels, subjects, venues, from, until,
                    places, text, blocked);
        }

        Query query(List<DateRange> blocked, Filters filters) {
            return Query.of(build(), blocked, filters);
        }

        Query query() {
            return query(List.of(), Filters.NONE);
        }
    }

    static L listing(long id) {
        return new L(id);
    }

    /** A school in Utrecht asking, with no wishes. */
    static L school() {
        return new L(0);
    }

    static DateRange range(String from, String until) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(until));
    }

    static Filters filters(Integer maxKm, boolean onlyWithPlaces) {
        return new Filters(maxKm, Set.of(), Set.of(), null, onlyWithPlaces);
    }
}
