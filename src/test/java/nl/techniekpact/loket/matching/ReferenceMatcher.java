package nl.techniekpact.loket.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules and the score of {@link MatchIndex}'s documentation, written out the slow and obvious way over plain
 * listings (every listing, dates as {@link LocalDate}, sets as sets), to check the index's fast path against.
 */
final class ReferenceMatcher {

    private final List<Listing> listings;
    private final Map<String, Integer> df = new HashMap<>();

    ReferenceMatcher(Collection<Listing> listings) {
        this.listings = List.copyOf(listings);
        for (Listing listing : listings) {
            for (String stem : new HashSet<>(DutchTokens.stems(listing.text()))) {
                df.merge(stem, 1, Integer::sum);
            }
        }
    }

    /** Listing id with score and distance, best first. */
    record Scored(long id, double score, double distanceKm) {
    }

    List<Scored> top(Query q, int n) {
        List<Scored> scored = new ArrayList<>();
        for (Listing l : listings) {
            Double score = score(q, l);
            if (score != null) {
                scored.add(new Scored(l.id(), score, distance(q, l)));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingDouble(Scored::distanceKm)
                .thenComparingLong(Scored::id));
        return scored.subList(0, Math.min(n, scored.size()));
    }

    static double distance(Query q, Listing l) {
        double dLat = Math.toRadians(l.latitude() - q.latitude());
        double dLon = Math.toRadians(l.longitude() - q.longitude());
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(q.latitude()))
                * Math.cos(Math.toRadians(l.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The score, or null when a hard rule excludes the listing. */
    Double score(Query q, Listing l) {
        Filters f = q.filters();
        double maxKm = f.maxDistanceKm() == null ? Double.POSITIVE_INFINITY : f.maxDistanceKm();
        if (!f.types().isEmpty() && !l.types().isEmpty() && disjoint(f.types(), l.types())) {
            return null;
        }
        if (!f.levels().isEmpty() && !l.levels().isEmpty() && disjoint(f.levels(), l.levels())) {
            return null;
        }
        if (f.onlyWithPlaces() && l.placesLeft() == 0) {
            return null;
        }
        double d = distance(q, l);
        boolean online = q.venues().contains(Venue.ONLINE) && (l.venues().isEmpty() || l.venues().contains(Venue.ONLINE));
        double limit = online ? maxKm : Math.min(Math.min(q.travelKm(), l.travelKm()), maxKm);
        if (d > limit) {
            return null;
        }
        LocalDate first = later(q.from(), l.from());
        LocalDate last = earlier(q.until(), l.until());
        if (first != null && last != null && last.isBefore(first)) {
            return null;
        }
        if (f.window() != null && ((l.from() != null && l.from().isAfter(f.window().until()))
                || (l.until() != null && l.until().isBefore(f.window().from())))) {
            return null;
        }
        List<DateRange> blocked = new java.util.ArrayList<>(q.blocked());
        blocked.addAll(l.blocked());
        long free = freeDays(first, last, blocked);
        if (free == 0) {
            return null;
        }
        double scale = Math.max(1, Math.min(q.travelKm(), maxKm));
        return Math.round(1e9 * (0.15 * Math.max(0, 1 - Math.pow(d / scale, 2))
                + 0.15 * wish(q.types(), l.types())
                + 0.15 * wish(q.levels(), l.levels())
                + 0.15 * (q.subjects().isEmpty() ? 1
                        : (double) q.subjects().stream().filter(l.subjects()::contains).count() / q.subjects().size())
                + 0.15 * text(q, l)
                + 0.05 * Math.min(1, free / 20.0)
                + 0.10 * wish(q.venues(), l.venues())
                + 0.10 * (l.placesLeft() == 0 ? 0 : 1))) / 1e9;
    }

    private double text(Query q, Listing l) {
        List<String> stems = DutchTokens.stems(q.text());
        if (stems.isEmpty()) {
            return 1;
        }
        Set<String> own = new HashSet<>(DutchTokens.stems(l.text()));
        double total = 0;
        double found = 0;
        for (String stem : stems) {
            int n = df.getOrDefault(stem, 0);
            double idf = Math.log(1 + (listings.size() - n + 0.5) / (n + 0.5));
            total += idf;
            if (own.contains(stem)) {
                found += idf;
            }
        }
        return found / total;
    }

    private static long freeDays(LocalDate first, LocalDate last, List<DateRange> blocked) {
        if (first == null || last == null) {
            return Long.MAX_VALUE;
        }
        long free = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate d = day;
            if (blocked.stream().noneMatch(r -> r.contains(d))) {
                free++;
            }
        }
        return free;
    }

    private static <E> double wish(Set<E> wished, Set<E> offered) {
        return wished.isEmpty() || offered.isEmpty() || !disjoint(wished, offered) ? 1 : 0;
    }

    private static <E> boolean disjoint(Set<E> a, Set<E> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
