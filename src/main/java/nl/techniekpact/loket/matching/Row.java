package nl.techniekpact.loket.matching;

import java.time.LocalDate;
import java.util.Set;

/**
 * A listing as the index stores it: position as a unit vector, enum sets as bitmasks
 * (bit = ordinal; an empty set becomes "all"), days as epoch days ({@link #OPEN_START}/{@link #OPEN_END} for an
 * open end), subjects and text stems as sorted interned ids, blocked days as merged, sorted epoch-day pairs
 * ({@code [from0, until0, from1, until1 …]}). The free text itself is not kept.
 */
record Row(long id, double x, double y, double z, int travelKm, byte types, byte levels,
           byte venues, int from, int until, int places, int[] subjects, int[] tokens, int[] blocked,
           int cellKey) {

    static final int OPEN_START = -(1 << 29);
    static final int OPEN_END = 1 << 29;
    static final byte ONLINE_BIT = bit(Venue.ONLINE);

    static Row of(Listing listing, Dictionary subjectIds, Dictionary tokenIds) {
        double[] unit = Geo.unitVector(listing.latitude(), listing.longitude());
        int[] subjects = listing.subjects().stream().mapToInt(subjectIds::intern).sorted().toArray();
        int[] tokens = DutchTokens.stems(listing.text()).stream().mapToInt(tokenIds::intern).sorted().toArray();
        return new Row(listing.id(), unit[0], unit[1], unit[2], listing.travelKm(),
                maskOrAll(listing.types(), ActivityType.values().length),
                maskOrAll(listing.levels(), Level.values().length),
                maskOrAll(listing.venues(), Venue.values().length),
                startDay(listing.from()), endDay(listing.until()), listing.placesLeft(), subjects, tokens,
                pairs(QueryPlan.merge(listing.blocked())), Geo.cellKey(listing.latitude(), listing.longitude()));
    }

    private static int[] pairs(int[][] merged) {
        int[] pairs = new int[merged[0].length * 2];
        for (int k = 0; k < merged[0].length; k++) {
            pairs[2 * k] = merged[0][k];
            pairs[2 * k + 1] = merged[1][k];
        }
        return pairs;
    }

    boolean online() {
        return (venues & ONLINE_BIT) != 0;
    }

    static <E extends Enum<E>> byte mask(Set<E> values) {
        int mask = 0;
        for (E value : values) {
            mask |= 1 << value.ordinal();
        }
        return (byte) mask;
    }

    static <E extends Enum<E>> byte bit(E value) {
        return (byte) (1 << value.ordinal());
    }

    private static <E extends Enum<E>> byte maskOrAll(Set<E> values, int constants) {
        return values.isEmpty() ? (byte) ((1 << constants) - 1) : mask(values);
    }

    static int startDay(LocalDate day) {
        return day == null ? OPEN_START : Math.toIntExact(day.toEpochDay());
    }

    static int endDay(LocalDate day) {
        return day == null ? OPEN_END : Math.toIntExact(day.toEpochDay());
    }
}
