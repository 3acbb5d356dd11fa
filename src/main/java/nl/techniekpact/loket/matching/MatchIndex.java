package nl.techniekpact.loket.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The listings of one side of the Loket (the offers, or the requests), in memory, for finding the best matches of
 * a {@link Query}.
 *
 * <h2>Rules</h2>
 * A listing is a match only if it passes every hard rule:
 * <ul>
 *   <li><b>distance</b> (great circle, haversine, R = 6371.0088 km) at most the smaller of the two travel distances
 *       — unless both the query and the listing accept {@link Venue#ONLINE} — and never beyond
 *       {@link Filters#maxDistanceKm()};</li>
 *   <li><b>dates</b>: the periods overlap, and not every day of the overlap is blocked (a school holiday or the
 *       school's own blocked dates: then the reason is {@link Reason.Kind#HOLIDAY}); the listing's period overlaps
 *       {@link Filters#window()};</li>
 *   <li>the filters' <b>types</b> and <b>levels</b> (at least one in common), and with
 *       {@link Filters#onlyWithPlaces()} at least one place left.</li>
 * </ul>
 *
 * <h2>Score</h2>
 * The weighted sum, in [0, 1], of eight components each in [0, 1] (a wish the query does not state counts 1 for
 * every listing):
 * <pre>
 * score = 0.15 · max(0, 1 − (distance / s)²)    s = min(query travel km, max distance), at least 1 km
 *       + 0.15 · [a wished type in common]
 *       + 0.15 · [a level in common]
 *       + 0.15 · wished subjects the listing has / wished subjects
 *       + 0.15 · Σ IDF of the query's stems in the listing / Σ IDF of the query's stems
 *       + 0.05 · min(1, free days in common / 20)
 *       + 0.10 · [a venue in common]
 *       + 0.10 · [places left, or unlimited]          (0 = waiting list)
 * </pre>
 * Distance counts quadratically: being within reach of both is the hard rule, and within it a few km more matter
 * little nearby and more towards the edge. (Tuned once on the quality set: from a linear 0.20 and venue 0.05,
 * which put an offer the class could not attend — at the company, for a school that cannot travel — first.)
 * IDF is BM25's {@code ln(1 + (N − df + 0.5) / (df + 0.5))} over the listings now in the index. The score is
 * rounded to nine decimals; ties are broken by the shorter distance, then the lower id, so results are
 * deterministic.
 *
 * <h2>Storage and threads</h2>
 * Listings live in a grid of 0.25° cells, each cell in chunks of up to 1,024 listings stored column by column
 * (primitive arrays, enum sets as bitmasks, subjects and text stems as interned ids; the free text itself is not
 * kept). A query visits only the cells within its reach (and, when it accepts online, the online listings of the
 * other cells), tests the bitmask filters first and scores only the survivors, keeping the best {@code n} in a
 * bounded heap. Any number of threads may query at the same time as one writer changes the index: every change
 * builds a new immutable snapshot by copy-on-write (only the touched chunk is copied) and publishes it at once;
 * a query sees the snapshot of its start. Writers are serialised.
 */
public final class MatchIndex {

    private final Object writeLock = new Object();
    private final Dictionary subjects = new Dictionary();
    private final Dictionary tokens = new Dictionary();
    private final LongIntMap locations;
    private volatile Snapshot snapshot;

    /** An empty index. */
    public MatchIndex() {
        locations = new LongIntMap(16);
        snapshot = Snapshot.EMPTY;
    }

    private MatchIndex(Iterable<? extends Listing> listings, int expected) {
        locations = new LongIntMap(expected);
        List<Listing> repeated = new ArrayList<>();
        snapshot = SnapshotEditor.bulk(() -> rows(listings.iterator(), repeated));
        repeated.forEach(this::upsert);
    }

    /**
     * An index of these listings, built in one pass (the iterable may produce them lazily; they are not kept). A
     * later listing with the id of an earlier one replaces it, as {@link #upsert} would.
     */
    public static MatchIndex of(Iterable<? extends Listing> listings) {
        int expected = listings instanceof Collection<?> c ? c.size() : 1024;
        return new MatchIndex(listings, expected);
    }

    /** Adds the listing, or replaces the listing with its id; visible to every query that starts afterwards. */
    public void upsert(Listing listing) {
        Objects.requireNonNull(listing, "listing");
        synchronized (writeLock) {
            SnapshotEditor editor = new SnapshotEditor(snapshot);
            int old = locations.get(listing.id());
            if (old != LongIntMap.ABSENT) {
                editor.remove(listing.id(), old);
            }
            Row row = Row.of(listing, subjects, tokens);
            editor.add(row);
            locations.put(listing.id(), SnapshotEditor.location(row));
            snapshot = editor.build();
        }
    }

    /** Removes the listing with this id; returns whether there was one. */
    public boolean remove(long id) {
        synchronized (writeLock) {
            int old = locations.remove(id);
            if (old == LongIntMap.ABSENT) {
                return false;
            }
            SnapshotEditor editor = new SnapshotEditor(snapshot);
            editor.remove(id, old);
            snapshot = editor.build();
            return true;
        }
    }

    /** The number of listings. */
    public int size() {
        return snapshot.size();
    }

    /**
     * The best {@code n} matches for the query, best first (see the class comment for the rules and the score),
     * each with its reasons. Fewer when fewer listings pass the hard rules.
     */
    public List<Match> top(Query query, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be > 0: " + n);
        }
        Snapshot current = snapshot;
        QueryPlan plan = new QueryPlan(query, current, subjects, tokens);
        TopN best = new TopN(n);
        Geo.Reach near = Geo.Reach.around(query.latitude(), query.longitude(), Math.min(plan.travelKm, plan.maxKm));
        Geo.Reach online = plan.online ? Geo.Reach.around(query.latitude(), query.longitude(), plan.maxKm) : null;
        for (Snapshot.Cell cell : current.cells()) {
            if (near.contains(cell.key())) {
                scan(plan, cell.place(), best);
                scan(plan, cell.online(), best);
            } else if (online != null && online.contains(cell.key())) {
                scan(plan, cell.online(), best);
            }
        }
        List<Match> matches = new ArrayList<>(best.size());
        for (int k : best.order()) {
            Match described = Reasons.explain(plan, best.chunk(k), best.row(k)).match();
            matches.add(new Match(described.listingId(), best.score(k), described.distanceKm(), described.reasons()));
        }
        return matches;
    }

    /**
     * Whether the listing with this id matches the query, with its score and every reason, including the rules it
     * fails; empty if the index has no such listing. Looks the listing up by scanning the ids, so it is meant for
     * one listing at a time ("why is this offer not in my list?"), not for loops.
     */
    public Optional<Explanation> explain(Query query, long listingId) {
        Snapshot current = snapshot;
        QueryPlan plan = new QueryPlan(query, current, subjects, tokens);
        for (Snapshot.Cell cell : current.cells()) {
            for (Chunk[] part : List.of(cell.place(), cell.online())) {
                for (Chunk chunk : part) {
                    int row = chunk.indexOf(listingId);
                    if (row >= 0) {
                        return Optional.of(Reasons.explain(plan, chunk, row));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void scan(QueryPlan plan, Chunk[] chunks, TopN best) {
        for (Chunk chunk : chunks) {
            if (!plan.mayMatch(chunk)) {
                continue;
            }
            for (int i = 0; i < chunk.size; i++) {
                double score = plan.evaluate(chunk, i, best.threshold());
                if (score == score) {
                    best.offer(score, plan.distance, chunk, i);
                }
            }
        }
    }

    /** The rows of the listings, interning as they go; a repeated id is set aside for {@link #upsert} after. */
    private Iterator<Row> rows(Iterator<? extends Listing> listings, List<Listing> repeated) {
        return new Iterator<>() {
            private Row next = advance();

            private Row advance() {
                while (listings.hasNext()) {
                    Listing listing = Objects.requireNonNull(listings.next(), "listing");
                    if (locations.get(listing.id()) != LongIntMap.ABSENT) {
                        repeated.add(listing);
                        continue;
                    }
                    Row row = Row.of(listing, subjects, tokens);
                    locations.put(listing.id(), SnapshotEditor.location(row));
                    return row;
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                Row row = next;
                next = advance();
                return row;
            }
        };
    }
}
