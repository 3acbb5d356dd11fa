package nl.techniekpact.loket.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A query compiled against one snapshot: position in radians, wishes and filters as bitmasks, days as epoch days,
 * blocked ranges merged and sorted, subjects and stems as ids with their IDF. {@link #evaluate} is the scan's
 * inner loop: the hard rules cheapest first, then the score. One plan serves one scan on one thread.
 */
final class QueryPlan {

    static final double W_DISTANCE = 0.15;
    static final double W_TYPE = 0.15;
    static final double W_LEVEL = 0.15;
    static final double W_SUBJECT = 0.15;
    static final double W_TEXT = 0.15;
    static final double W_DATES = 0.05;
    static final double W_VENUE = 0.10;
    static final double W_CAPACITY = 0.10;
    /** Free days in common from which the date component is full. */
    static final double FULL_DATES_DAYS = 20;

    final Query query;
    final double latRad;
    final double lonRad;
    final double cosLat;
    final int travelKm;
    final double maxKm;
    final double scaleKm;
    final byte wishTypes;
    final byte wishLevels;
    final byte wishVenues;
    final boolean online;
    final byte filterTypes;
    final byte filterLevels;
    final boolean onlyWithPlaces;
    final int windowFrom;
    final int windowUntil;
    final int from;
    final int until;
    final int[] blockedFrom;
    final int[] blockedUntil;
    final String[] subjectCodes;
    final int[] subjectIds;
    final int[] tokenIds;
    final double[] tokenIdf;
    final String[] tokenWords;
    final double idfTotal;
    private final long[] tokenBits;

    /** Outputs of the last {@link #evaluate} that returned a score. */
    double distance;
    long freeDays;

    QueryPlan(Query q, Snapshot snapshot, Dictionary subjects, Dictionary tokens) {
        query = q;
        latRad = Math.toRadians(q.latitude());
        lonRad = Math.toRadians(q.longitude());
        cosLat = Math.cos(latRad);
        Filters f = q.filters();
        travelKm = q.travelKm();
        maxKm = f.maxDistanceKm() == null ? Double.POSITIVE_INFINITY : f.maxDistanceKm();
        scaleKm = Math.max(1, Math.min(travelKm, maxKm));
        wishTypes = Row.mask(q.types());
        wishLevels = Row.mask(q.levels());
        wishVenues = Row.mask(q.venues());
        online = q.venues().contains(Venue.ONLINE);
        filterTypes = Row.mask(f.types());
        filterLevels = Row.mask(f.levels());
        onlyWithPlaces = f.onlyWithPlaces();
        windowFrom = f.window() == null ? Row.OPEN_START : Row.startDay(f.window().from());
        windowUntil = f.window() == null ? Row.OPEN_END : Row.endDay(f.window().until());
        from = Row.startDay(q.from());
        until = Row.endDay(q.until());
        int[][] blocked = merge(q.blocked());
        blockedFrom = blocked[0];
        blockedUntil = blocked[1];
        subjectCodes = q.subjects().stream().sorted().toArray(String[]::new);
        subjectIds = Arrays.stream(subjectCodes).mapToInt(subjects::find).toArray();
        Map<String, String> stems = DutchTokens.stemsWithWords(q.text());
        List<Integer> ids = new ArrayList<>();
        List<String> words = new ArrayList<>();
        double total = 0;
        List<Double> idf = new ArrayList<>();
        for (Map.Entry<String, String> stem : stems.entrySet()) {
            int id = tokens.find(stem.getKey());
            double weight = idf(snapshot.size(), id == Dictionary.UNKNOWN ? 0 : snapshot.df(id));
            total += weight;
            if (id != Dictionary.UNKNOWN) {
                ids.add(id);
                words.add(stem.getValue());
                idf.add(weight);
            }
        }
        idfTotal = total;
        tokenIds = ids.stream().mapToInt(Integer::intValue).toArray();
        tokenWords = words.toArray(String[]::new);
        tokenIdf = idf.stream().mapToDouble(Double::doubleValue).toArray();
        tokenBits = new long[(Arrays.stream(tokenIds).max().orElse(-1) >>> 6) + 1];
        for (int id : tokenIds) {
            tokenBits[id >>> 6] |= 1L << id;
        }
    }

    /** BM25's IDF: always positive, highest for stems that few listings have. */
    static double idf(int listings, int df) {
        return Math.log(1 + (listings - df + 0.5) / (df + 0.5));
    }

    /**
     * The score of row {@code i} of {@code c}, or {@code NaN} when a hard rule excludes it; on a score, {@link
     * #distance} and {@link #freeDays} hold its distance and free days in common.
     */
    double evaluate(Chunk c, int i) {
        if ((filterTypes != 0 && (c.types[i] & filterTypes) == 0)
                || (filterLevels != 0 && (c.levels[i] & filterLevels) == 0)
                || (onlyWithPlaces && c.places[i] == 0)) {
            return Double.NaN;
        }
        int lf = c.from[i];
        int lu = c.until[i];
        int overlapFrom = Math.max(lf, from);
        int overlapUntil = Math.min(lu, until);
        if (overlapFrom > overlapUntil || lf > windowUntil || lu < windowFrom) {
            return Double.NaN;
        }
        double limit = limit(c, i);
        if (Math.abs(c.latRad[i] - latRad) * Geo.EARTH_RADIUS_KM > limit) {
            return Double.NaN;
        }
        double d = Geo.km(latRad, lonRad, cosLat, c.latRad[i], c.lonRad[i], c.cosLat[i]);
        if (d > limit) {
            return Double.NaN;
        }
        long free = freeDays(overlapFrom, overlapUntil);
        if (free == 0) {
            return Double.NaN;
        }
        distance = d;
        freeDays = free;
        return score(c, i, d, free);
    }

    /** How far row {@code i} may be: the smaller travel distance, unless both accept online; never beyond the filter. */
    double limit(Chunk c, int i) {
        if (bothOnline(c, i)) {
            return maxKm;
        }
        return Math.min(Math.min(travelKm, c.travelKm[i]), maxKm);
    }

    boolean bothOnline(Chunk c, int i) {
        return online && (c.venues[i] & Row.ONLINE_BIT) != 0;
    }

    /** The weighted score of row {@code i} at distance {@code d} with {@code free} free days in common. */
    double score(Chunk c, int i, double d, long free) {
        double relative = d / scaleKm;
        return W_DISTANCE * Math.max(0, 1 - relative * relative)
                + W_TYPE * wish(wishTypes, c.types[i])
                + W_LEVEL * wish(wishLevels, c.levels[i])
                + W_SUBJECT * subjectShare(c, i)
                + W_TEXT * textShare(c, i)
                + W_DATES * Math.min(1, free / FULL_DATES_DAYS)
                + W_VENUE * wish(wishVenues, c.venues[i])
                + W_CAPACITY * (c.places[i] == 0 ? 0 : 1);
    }

    /** Days from {@code first} to {@code last} (inclusive) not in a blocked range. */
    long freeDays(int first, int last) {
        long free = (long) last - first + 1;
        for (int b = 0; b < blockedFrom.length && blockedFrom[b] <= last; b++) {
            long overlap = (long) Math.min(last, blockedUntil[b]) - Math.max(first, blockedFrom[b]) + 1;
            if (overlap > 0) {
                free -= overlap;
            }
        }
        return free;
    }

    double subjectShare(Chunk c, int i) {
        if (subjectIds.length == 0) {
            return 1;
        }
        return (double) sharedSubjects(c, i) / subjectIds.length;
    }

    int sharedSubjects(Chunk c, int i) {
        int shared = 0;
        for (int s = c.subjectStart[i]; s < c.subjectStart[i + 1]; s++) {
            for (int id : subjectIds) {
                if (c.subjects[s] == id) {
                    shared++;
                }
            }
        }
        return shared;
    }

    double textShare(Chunk c, int i) {
        if (idfTotal == 0) {
            return 1;
        }
        double found = 0;
        for (int t = c.tokenStart[i]; t < c.tokenStart[i + 1]; t++) {
            int token = c.tokens[t];
            if ((token >>> 6) < tokenBits.length && (tokenBits[token >>> 6] & (1L << token)) != 0) {
                found += tokenIdf[indexOfToken(token)];
            }
        }
        return found / idfTotal;
    }

    int indexOfToken(int token) {
        for (int k = 0; k < tokenIds.length; k++) {
            if (tokenIds[k] == token) {
                return k;
            }
        }
        return -1;
    }

    private static double wish(byte wished, byte offered) {
        return wished == 0 || (wished & offered) != 0 ? 1 : 0;
    }

    /** The blocked ranges as sorted, non-overlapping [from, until] epoch-day pairs. */
    private static int[][] merge(List<DateRange> blocked) {
        int[][] ranges = blocked.stream()
                .map(r -> new int[] {Row.startDay(r.from()), Row.endDay(r.until())})
                .sorted((a, b) -> Integer.compare(a[0], b[0]))
                .toArray(int[][]::new);
        List<int[]> merged = new ArrayList<>();
        for (int[] range : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range.clone());
            }
        }
        return new int[][] {merged.stream().mapToInt(r -> r[0]).toArray(),
                merged.stream().mapToInt(r -> r[1]).toArray()};
    }
}
