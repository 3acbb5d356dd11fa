package nl.techniekpact.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import nl.techniekpact.loket.matching.ActivityType;
import nl.techniekpact.loket.matching.DateRange;
import nl.techniekpact.loket.matching.Filters;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.loket.matching.Listing;
import nl.techniekpact.loket.matching.Query;
import nl.techniekpact.loket.matching.Venue;

/**
 * The Loket benchmark's data: companies' offers at PC4 centroids drawn by weight (populous places more often),
 * and schools' requests at the PC4 centroids of real DUO primary schools, with filters. Offer {@code i} depends
 * only on the seed and {@code i}, so the engine and PostgreSQL get the same offers without keeping them.
 */
final class LoketListings {

    static final long SEED = 20261202L;
    /** Raised whenever the generated data or its table changes, so a stored PostgreSQL table is loaded again. */
    static final int VERSION = 2;
    private static final LocalDate YEAR_START = LocalDate.of(2026, 8, 31);
    private static final ActivityType[] TYPES = {ActivityType.GASTLES, ActivityType.GASTLES, ActivityType.GASTLES,
            ActivityType.BEDRIJFSBEZOEK, ActivityType.BEDRIJFSBEZOEK, ActivityType.CAREER_DAY,
            ActivityType.DOCENTENSTAGE, ActivityType.PROJECT, ActivityType.PROJECT, ActivityType.HYBRID_TEACHING};
    private static final List<Set<Level>> LEVELS = List.of(Set.of(Level.PO), Set.of(Level.PO), Set.of(Level.PO),
            Set.of(Level.PO, Level.VMBO), Set.of(Level.VMBO), Set.of(Level.VMBO), Set.of(Level.VMBO, Level.HAVO,
                    Level.VWO), Set.of(Level.HAVO, Level.VWO), Set.of(Level.MBO), Set.of(Level.MBO),
            Set.of(Level.PRO, Level.VMBO), Set.of());
    private static final int[] TRAVEL = {10, 15, 20, 25, 30, 40, 50};
    private static final String[] EXTRAS = {"Geschikt voor groep 5 tot en met 8.", "Inclusief lesmateriaal.",
            "Ook in het Engels mogelijk.", "Met een rondleiding door de werkplaats.", "Duurt ongeveer twee uur.",
            "Voor maximaal dertig leerlingen.", "Met veiligheidsinstructie en beschermende kleding.",
            "In samenwerking met het techniekcentrum.", "Leerlingen nemen een werkstuk mee naar huis.",
            "Ook voor leerlingen met een ondersteuningsbehoefte.", ""};

    private final LoketPlaces places;

    LoketListings(LoketPlaces places) {
        this.places = places;
    }

    /** Offers {@code 1 … n}, produced one at a time. */
    Iterable<Listing> offers(int n) {
        return () -> new Iterator<>() {
            private long next = 1;

            @Override
            public boolean hasNext() {
                return next <= n;
            }

            @Override
            public Listing next() {
                return offer(next++);
            }
        };
    }

    Listing offer(long id) {
        SplittableRandom r = new SplittableRandom(SEED * 0x9E3779B97F4A7C15L + id);
        LoketPlaces.Pc4 at = places.weighted(r);
        Set<ActivityType> types = EnumSet.of(TYPES[r.nextInt(TYPES.length)]);
        if (r.nextInt(4) == 0) {
            types.add(TYPES[r.nextInt(TYPES.length)]);
        }
        ActivityType main = types.iterator().next();
        Set<Venue> venues = EnumSet.copyOf(LoketCaseBuilder.venuesOf(main));
        if (r.nextInt(5) == 0) {
            venues.add(Venue.ONLINE);
        }
        LoketTopics.Topic topic = topic(r);
        Set<String> subjects = new LinkedHashSet<>(List.of(topic.subject()));
        if (r.nextInt(3) == 0) {
            subjects.add(topic(r).subject());
        }
        boolean open = r.nextInt(4) == 0;
        LocalDate from = YEAR_START.plusDays(r.nextInt(280));
        int places = r.nextInt(100) < 15 ? 0 : r.nextInt(100) < 30 ? Listing.UNLIMITED : 1 + r.nextInt(30);
        String company = topic.companies().get(r.nextInt(topic.companies().size()));
        String text = LoketTopics.word(main) + ": " + topic.phrases().get(r.nextInt(topic.phrases().size()))[1]
                + ". Een " + company + " uit " + at.place() + ". " + LoketTopics.closing(main) + " "
                + EXTRAS[r.nextInt(EXTRAS.length)];
        return new Listing(id, 1 + id / 3, at.latitude(), at.longitude(), TRAVEL[r.nextInt(TRAVEL.length)], types,
                LEVELS.get(r.nextInt(LEVELS.size())), subjects, venues, open ? null : from,
                open ? null : from.plusDays(14 + r.nextInt(167)), places, text.strip());
    }

    /** A school's request with filters: its types and levels as hard filters, often only offers with places. */
    Query request(SplittableRandom r) {
        LoketPlaces.School school = places.schools().get(r.nextInt(places.schools().size()));
        ActivityType type = TYPES[r.nextInt(TYPES.length)];
        Set<Venue> venues = EnumSet.copyOf(LoketCaseBuilder.venuesOf(type));
        if (r.nextInt(10) < 3) {
            venues.add(Venue.ONLINE);
        }
        LoketTopics.Topic topic = topic(r);
        LocalDate from = YEAR_START.plusWeeks(1 + r.nextInt(38)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate until = from.plusWeeks(4 + r.nextInt(9)).minusDays(3);
        List<DateRange> blocked = new ArrayList<>(LoketPlaces.holidays(school.holidayRegion()));
        for (int i = r.nextInt(3); i > 0; i--) {
            blocked.add(DateRange.day(from.plusDays(r.nextInt(28))));
        }
        int travel = new int[] {15, 20, 25, 30, 40}[r.nextInt(5)];
        Filters filters = new Filters(r.nextInt(4) == 0 ? travel : null, Set.of(type),
                r.nextInt(10) < 7 ? Set.of(Level.PO) : Set.of(), null, r.nextBoolean());
        String text = "Wij zoeken een " + LoketTopics.word(type) + " over "
                + topic.phrases().get(r.nextInt(topic.phrases().size()))[0] + " voor groep " + (5 + r.nextInt(4));
        return new Query(school.pc4().latitude(), school.pc4().longitude(), travel, Set.of(type), Set.of(Level.PO),
                Set.of(topic.subject()), venues, from, until, blocked, text, filters);
    }

    /** Topics by a Zipf-like weight: the first ones (robotics, energy, building) are the most common. */
    private static LoketTopics.Topic topic(SplittableRandom r) {
        int n = LoketTopics.TOPICS.size();
        double u = r.nextDouble() * harmonic(n);
        for (int k = 1; k <= n; k++) {
            u -= 1.0 / k;
            if (u <= 0) {
                return LoketTopics.TOPICS.get(k - 1);
            }
        }
        return LoketTopics.TOPICS.get(n - 1);
    }

    private static double harmonic(int n) {
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += 1.0 / k;
        }
        return sum;
    }
}
