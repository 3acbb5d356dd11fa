package nl.techniekpact.loket.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A query compiled against one snapshot: position as a unit vector, wishes and filters as bitmasks, days as epoch days,
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
    private static final int HALF_CIRCUMFERENCE_KM = 20_016;
    /** The most that rounding a score ({@link #rounded}) can raise it. */
    private static final double ROUNDING = 1e-9;
    /** Free days in common from which the date component is full. */
    static final double FULL_DATES_DAYS = 20;

    final double x;
    final double y;
    final double z;
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
    /** The query's known stems in the query's order, with the word that gave each (for reasons). */
    final int[] tokenIds;
    final String[] tokenWords;
    final double idfTotal;
    private final int[] sortedTokens;
    private final double[] sortedIdf;
    /** Squared chord of each whole-km distance limit up to the query's reach, and of the filter's maximum. */
    private final double[] chord2ByKm;
    private final double chord2Max;

    /** Outputs of the last {@link #evaluate} that returned a score. */
    double distance;
    long freeDays;

    QueryPlan(Query q, Snapshot snapshot, Dictionary subjects, Dictionary tokens) {
        double[] unit = Geo.unitVector(q.latitude(), q.longitude());
        x = unit[0];
        y = unit[1];
        z = unit[2];
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
        Integer[] order = new Integer[tokenIds.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(tokenIds[a], tokenIds[b]));
        sortedTokens = Arrays.stream(order).mapToInt(k -> tokenIds[k]).toArray();
        sortedIdf = Arrays.stream(order).mapToDouble(idf::get).toArray();
        int reach = (int) Math.min(Math.min(travelKm, maxKm), HALF_CIRCUMFERENCE_KM);
        chord2ByKm = new double[reach + 1];
        for (int km = 0; km <= reach; km++) {
            chord2ByKm[km] = Geo.chord2ForKm(km);
        }
        chord2Max = Geo.chord2ForKm(maxKm);
    }

    /** BM25's IDF: always positive, highest for stems that few listings have. */
    static double idf(int listings, int df) {
        return Math.log(1 + (listings - df + 0.5) / (df + 0.5));
    }

    /** Whether any row of the chunk may pass the filters and the dates; false lets the scan pass over it. */
    boolean mayMatch(Chunk c) {
        return (filterTypes == 0 || (c.typesUnion & filterTypes) != 0)
                && (filterLevels == 0 || (c.levelsUnion & filterLevels) != 0)
                && (!onlyWithPlaces || c.anyPlaces)
                && c.minFrom <= Math.min(until, windowUntil) && c.maxUntil >= Math.max(from, windowFrom);
    }

    /**
     * The score of row {@code i} of {@code c}, or {@code NaN} when a hard rule excludes it or when it cannot reach
     * {@code threshold} (the worst score in a full top n: a row below it cannot enter, so its subject and text are
     * not looked at). On a score, {@link #distance} and {@link #freeDays} hold its distance and free days in common.
     */
    double evaluate(Chunk c, int i, double threshold) {
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
        double chord2 = chord2(c, i);
        if (chord2 > chord2Limit(c, i)) {
            return Double.NaN;
        }
        long free = freeDays(c, i, overlapFrom, overlapUntil);
        if (free == 0) {
            return Double.NaN;
        }
        double d = Geo.km(chord2);
        double fixed = fixedPart(c, i, d, free);
        if (fixed + W_SUBJECT + W_TEXT + ROUNDING < threshold) {
            return Double.NaN;
        }
        double withSubject = fixed + W_SUBJECT * subjectShare(c, i);
        if (withSubject + W_TEXT + ROUNDING < threshold) {
            return Double.NaN;
        }
        distance = d;
        freeDays = free;
        return rounded(withSubject + W_TEXT * textShare(c, i));
    }

    /**
     * The score rounded to nine decimals: scores that are equal in exact arithmetic but were summed from other
     * components would otherwise differ in the last bit, and the tie-break by distance and id would not apply.
     */
    static double rounded(double score) {
        return Math.round(score * 1e9) / 1e9;
    }

    /**
     * The squared chord of how far row {@code i} may be: the smaller travel distance, unless both accept online;
     * never beyond the filter's maximum.
     */
    private double chord2Limit(Chunk c, int i) {
        if (bothOnline(c, i)) {
            return chord2Max;
        }
        return chord2ByKm[Math.min(c.travelKm[i], chord2ByKm.length - 1)];
    }

    /** Whether row {@code i} is within its limit, decided exactly as the scan decides it. */
    boolean withinLimit(Chunk c, int i) {
        return chord2(c, i) <= chord2Limit(c, i);
    }

    double chord2(Chunk c, int i) {
        return Geo.chord2(x, y, z, c.xyz[3 * i], c.xyz[3 * i + 1], c.xyz[3 * i + 2]);
    }

    boolean bothOnline(Chunk c, int i) {
        return online && (c.venues[i] & Row.ONLINE_BIT) != 0;
    }

    /** The weighted score of row {@code i} at distance {@code d} with {@code free} free days in common. */
    double score(Chunk c, int i, double d, long free) {
        return rounded(fixedPart(c, i, d, free) + W_SUBJECT * subjectShare(c, i) + W_TEXT * textShare(c, i));
    }

    /** The score without subject and text. */
    private double fixedPart(Chunk c, int i, double d, long free) {
        double relative = d / scaleKm;
        return W_DISTANCE * Math.max(0, 1 - relative * relative)
                + W_TYPE * wish(wishTypes, c.types[i])
                + W_LEVEL * wish(wishLevels, c.levels[i])
                + W_DATES * Math.min(1, free / FULL_DATES_DAYS)
                + W_VENUE * wish(wishVenues, c.venues[i])
                + W_CAPACITY * (c.places[i] == 0 ? 0 : 1);
    }

    /**
     * Days from {@code first} to {@code last} (inclusive) that neither the query nor row {@code i} blocks: the
     * union of both sorted lists of ranges is walked once, in order of their first day.
     */
    long freeDays(Chunk c, int i, int first, int last) {
        int r = c.blockedStart[i];
        int end = c.blockedStart[i + 1];
        if (r == end) {
            return freeDays(first, last);
        }
        int q = 0;
        long covered = 0;
        long reached = (long) first - 1;
        while (q < blockedFrom.length || r < end) {
            int f;
            int u;
            if (r >= end || (q < blockedFrom.length && blockedFrom[q] <= c.blocked[r])) {
                f = blockedFrom[q];
                u = blockedUntil[q++];
            } else {
                f = c.blocked[r];
                u = c.blocked[r + 1];
                r += 2;
            }
            if (f > last) {
                break;
            }
            long start = Math.max(f, reached + 1);
            long stop = Math.min(u, last);
            if (stop >= start) {
                covered += stop - start + 1;
                reached = stop;
            }
        }
        return (long) last - first + 1 - covered;
    }

    /** Days from {@code first} to {@code last} (inclusive) not in a range the query blocks. */
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

    /** Σ IDF of the query's stems in row {@code i} / Σ IDF of the query's stems: a merge of two sorted id lists. */
    double textShare(Chunk c, int i) {
        if (idfTotal == 0) {
            return 1;
        }
        double found = 0;
        int t = c.tokenStart[i];
        int end = c.tokenStart[i + 1];
        int k = 0;
        while (t < end && k < sortedTokens.length) {
            int listing = c.tokens[t];
            int wanted = sortedTokens[k];
            if (listing == wanted) {
                found += sortedIdf[k++];
                t++;
            } else if (listing < wanted) {
                t++;
            } else {
                k++;
            }
        }
        return found / idfTotal;
    }

    private static double wish(byte wished, byte offered) {
        return wished == 0 || (wished & offered) != 0 ? 1 : 0;
    }

    /** The blocked ranges as sorted, non-overlapping [from, until] epoch-day pairs. */
    static int[][] merge(List<DateRange> blocked) {
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
