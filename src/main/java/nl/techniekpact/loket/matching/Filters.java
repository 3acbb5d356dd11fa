package nl.techniekpact.loket.matching;

import java.util.Set;

/**
 * Hard filters of a query: a listing that fails one is not a match at all (the soft wishes of a {@link Query}
 * only change the score).
 *
 * @param maxDistanceKm  at most this far away, in km; {@code null} = no limit beyond the travel distances. It also
 *                       limits online matches: a user who sets it wants partners nearby
 * @param types          the listing must have at least one of these types; empty = any
 * @param levels         the listing must have at least one of these levels; empty = any
 * @param window         the listing's period must overlap this window (school holidays play no part here);
 *                       {@code null} = any
 * @param onlyWithPlaces leave out full listings (no places left, only a waiting list)
 */
public record Filters(Integer maxDistanceKm, Set<ActivityType> types, Set<Level> levels, DateRange window,
                      boolean onlyWithPlaces) {

    /** No hard filters. */
    public static final Filters NONE = new Filters(null, Set.of(), Set.of(), null, false);

    public Filters {
        if (maxDistanceKm != null && maxDistanceKm < 0) {
            throw new IllegalArgumentException("maxDistanceKm must be ≥ 0: " + maxDistanceKm);
        }
        types = Listing.copy(types);
        levels = Listing.copy(levels);
    }
}
