package nl.techniekpact.loket.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random listings and queries in and around the Netherlands, from a seed, for the property tests. */
final class RandomListings {

    static final String[] SUBJECTS = {"techniek", "informatica", "biologie", "natuurkunde", "wiskunde", "bouw",
            "zorg", "energie"};
    static final String[] WORDS = {"gastles", "robots", "programmeren", "zonnepanelen", "bedrijf", "bezoek",
            "lassen", "bouwen", "water", "energie", "drones", "techniek", "lessen", "klas", "proefjes", "chemie",
            "3d-printen", "ontwerpen", "installatie", "zorgtechniek", "duurzaam", "wij", "de", "met"};
    private static final LocalDate START = LocalDate.of(2026, 8, 31);

    private final Random random;

    RandomListings(long seed) {
        random = new Random(seed);
    }

    Listing listing(long id) {
        LocalDate from = random.nextInt(4) == 0 ? null : START.plusDays(random.nextInt(300));
        LocalDate until = random.nextInt(4) == 0 ? null
                : (from == null ? START : from).plusDays(random.nextInt(120));
        return new Listing(id, id % 97, 50.8 + random.nextDouble() * 2.7, 3.4 + random.nextDouble() * 3.8,
                5 + random.nextInt(60), some(ActivityType.class), some(Level.class), subjects(), some(Venue.class),
                from, until, random.nextInt(5) == 0 ? 0 : random.nextInt(3) == 0 ? -1 : random.nextInt(20),
                text(), blocked());
    }

    /** For one listing in three, one to three ranges of up to three weeks, which may overlap each other. */
    private List<DateRange> blocked() {
        if (random.nextInt(3) != 0) {
            return List.of();
        }
        List<DateRange> ranges = new java.util.ArrayList<>();
        for (int k = random.nextInt(3); k >= 0; k--) {
            LocalDate first = START.plusDays(random.nextInt(400));
            ranges.add(new DateRange(first, first.plusDays(random.nextInt(21))));
        }
        return ranges;
    }

    List<Listing> listings(int n) {
        List<Listing> listings = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            listings.add(listing(i));
        }
        return listings;
    }

    Query query() {
        Listing own = listing(0);
        List<DateRange> blocked = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate first = START.plusDays(random.nextInt(320));
            blocked.add(new DateRange(first, first.plusDays(random.nextInt(16))));
        }
        Filters filters = new Filters(random.nextInt(3) == 0 ? 10 + random.nextInt(80) : null,
                random.nextBoolean() ? Set.of() : some(ActivityType.class),
                random.nextBoolean() ? Set.of() : some(Level.class),
                random.nextInt(4) == 0 ? new DateRange(START.plusDays(random.nextInt(100)),
                        START.plusDays(100 + random.nextInt(100))) : null,
                random.nextInt(3) == 0);
        return new Query(own.latitude(), own.longitude(), 10 + random.nextInt(60), own.types(), own.levels(),
                own.subjects(), own.venues(), own.from(), own.until(), blocked, own.text(), filters);
    }

    private <E extends Enum<E>> Set<E> some(Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        E[] constants = type.getEnumConstants();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            set.add(constants[random.nextInt(constants.length)]);
        }
        return set;
    }

    private Set<String> subjects() {
        Set<String> subjects = new HashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            subjects.add(SUBJECTS[random.nextInt(SUBJECTS.length)]);
        }
        return subjects;
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.toString();
    }
}
