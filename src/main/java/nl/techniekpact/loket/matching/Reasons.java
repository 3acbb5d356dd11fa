package nl.techniekpact.loket.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates one row of a chunk completely, without stopping at the first failed rule, and writes its
 * {@link Reason}s: for the few matches {@link MatchIndex#top} returns, and for {@link MatchIndex#explain}. Its
 * verdict must equal {@link QueryPlan#evaluate} (a test checks that on random listings).
 */
final class Reasons {

    private Reasons() {
    }

    static Explanation explain(QueryPlan p, Chunk c, int i) {
        double d = Geo.km(p.chord2(c, i));
        double reach = Math.min(Math.min(p.travelKm, c.travelKm[i]), p.maxKm);
        boolean distanceOk = p.withinLimit(c, i);
        boolean typeOk = p.filterTypes == 0 || (c.types[i] & p.filterTypes) != 0;
        boolean levelOk = p.filterLevels == 0 || (c.levels[i] & p.filterLevels) != 0;
        boolean placesOk = !p.onlyWithPlaces || c.places[i] != 0;
        int overlapFrom = Math.max(c.from[i], p.from);
        int overlapUntil = Math.min(c.until[i], p.until);
        boolean overlaps = overlapFrom <= overlapUntil;
        boolean windowOk = c.from[i] <= p.windowUntil && c.until[i] >= p.windowFrom;
        long free = overlaps ? p.freeDays(c, i, overlapFrom, overlapUntil) : 0;
        long blocked = overlaps ? (long) overlapUntil - overlapFrom + 1 - free : 0;
        boolean eligible = distanceOk && typeOk && levelOk && placesOk && overlaps && windowOk && free > 0;

        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason(Reason.Kind.DISTANCE, d <= reach,
                List.of(Long.toString(Math.round(d)), Long.toString(Math.round(reach)))));
        enumReason(reasons, Reason.Kind.TYPE, p.wishTypes, p.filterTypes, c.types[i], ActivityType.values());
        enumReason(reasons, Reason.Kind.LEVEL, p.wishLevels, p.filterLevels, c.levels[i], Level.values());
        if (!overlaps) {
            reasons.add(new Reason(Reason.Kind.DATES, false, List.of()));
        } else if (!windowOk) {
            reasons.add(new Reason(Reason.Kind.DATES, false, List.of("window")));
        } else if (free > 0 && (overlapFrom != Row.OPEN_START || overlapUntil != Row.OPEN_END)) {
            boolean bounded = overlapFrom != Row.OPEN_START && overlapUntil != Row.OPEN_END;
            reasons.add(new Reason(Reason.Kind.DATES, true, List.of(day(overlapFrom), day(overlapUntil),
                    bounded ? Long.toString(free) : "")));
        }
        int places = c.places[i];
        reasons.add(new Reason(Reason.Kind.CAPACITY, places != 0,
                List.of(places == Listing.UNLIMITED ? "unlimited" : Integer.toString(places))));
        if (p.subjectCodes.length > 0) {
            List<String> shared = new ArrayList<>();
            for (int s = 0; s < p.subjectCodes.length; s++) {
                for (int k = c.subjectStart[i]; k < c.subjectStart[i + 1]; k++) {
                    if (c.subjects[k] == p.subjectIds[s]) {
                        shared.add(p.subjectCodes[s]);
                    }
                }
            }
            reasons.add(new Reason(Reason.Kind.SUBJECT, !shared.isEmpty(), shared));
        }
        if (p.wishVenues != 0) {
            int shared = p.wishVenues & c.venues[i];
            reasons.add(new Reason(Reason.Kind.VENUE, shared != 0, names(shared, Venue.values())));
        }
        List<String> words = new ArrayList<>();
        for (int k = 0; k < p.tokenIds.length; k++) {
            for (int t = c.tokenStart[i]; t < c.tokenStart[i + 1]; t++) {
                if (c.tokens[t] == p.tokenIds[k]) {
                    words.add(p.tokenWords[k]);
                }
            }
        }
        if (!words.isEmpty()) {
            reasons.add(new Reason(Reason.Kind.TEXT, true, words));
        }
        if (blocked > 0) {
            reasons.add(new Reason(Reason.Kind.HOLIDAY, false, List.of(Long.toString(blocked))));
        }
        double score = p.score(c, i, d, Math.max(free, 0));
        return new Explanation(eligible, new Match(c.ids[i], score, d, reasons));
    }

    private static void enumReason(List<Reason> reasons, Reason.Kind kind, byte wish, byte filter, byte offered,
                                   Enum<?>[] constants) {
        if (wish == 0 && filter == 0) {
            return;
        }
        boolean positive = (wish == 0 || (wish & offered) != 0) && (filter == 0 || (filter & offered) != 0);
        int shown = positive ? offered & (wish != 0 ? wish : filter) : offered;
        reasons.add(new Reason(kind, positive, names(shown, constants)));
    }

    private static List<String> names(int mask, Enum<?>[] constants) {
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : constants) {
            if ((mask & (1 << constant.ordinal())) != 0) {
                names.add(constant.name());
            }
        }
        return names;
    }

    private static String day(int epochDay) {
        return epochDay == Row.OPEN_START || epochDay == Row.OPEN_END ? "" : LocalDate.ofEpochDay(epochDay).toString();
    }
}
