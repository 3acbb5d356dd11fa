package nl.techniekpact.loket.matching;

import java.util.List;

/**
 * A listing found for a query.
 *
 * @param listingId  the listing
 * @param score      the weighted score in [0, 1] (see {@link MatchIndex} for the formula); higher is better
 * @param distanceKm the great-circle distance between the query's and the listing's positions, in km
 * @param reasons    why, in the order of {@link Reason.Kind}
 */
public record Match(long listingId, double score, double distanceKm, List<Reason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
