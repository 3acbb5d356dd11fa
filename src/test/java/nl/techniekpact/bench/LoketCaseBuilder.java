package nl.techniekpact.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.techniekpact.loket.matching.ActivityType;
import nl.techniekpact.loket.matching.DateRange;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.loket.matching.Venue;

/**
 * Builds one case of the Loket's quality set: a school's request at its real location, and a pool of offers at
 * real PC4 centroids at chosen distances from it, as plain maps for the JSON fixture.
 */
final class LoketCaseBuilder {

    final LoketPlaces.School school;
    final LoketTopics.Topic topic;
    final int phrase;
    final SplittableRandom random;
    final List<Map<String, Object>> offers = new ArrayList<>();
    ActivityType type;
    List<Venue> venues;
    List<Level> levels = List.of(Level.PO);
    int travelKm;
    LocalDate from;
    LocalDate until;
    Map<String, Object> filters = filters(null, false);
    String text;
    Map<String, Object> expected;
    private final int firstId;
    private final List<Integer> ids = new ArrayList<>();

    LoketCaseBuilder(LoketPlaces.School school, LoketTopics.Topic topic, int caseNumber, SplittableRandom random) {
        this.school = school;
        this.topic = topic;
        this.random = random;
        phrase = random.nextInt(topic.phrases().size());
        firstId = caseNumber * 100;
        for (int i = 1; i <= 30; i++) {
            ids.add(firstId + i);
        }
        java.util.Collections.shuffle(ids, new java.util.Random(random.nextLong()));
        type(List.of(ActivityType.GASTLES, ActivityType.BEDRIJFSBEZOEK, ActivityType.PROJECT)
                .get(random.nextInt(3)));
        travelKm = 20 + 5 * random.nextInt(3);
        from = LocalDate.of(2026, 9, 7).plusWeeks(random.nextInt(30)).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY));
        until = from.plusWeeks(8).minusDays(3);
    }

    /** Sets the request's type, with the venues that type has at a school. */
    LoketCaseBuilder type(ActivityType value) {
        type = value;
        venues = venuesOf(value);
        text = "Wij zoeken een " + LoketTopics.word(value) + " over " + topic.phrases().get(phrase)[0]
                + " voor onze leerlingen van groep " + (6 + random.nextInt(3)) + ".";
        return this;
    }

    static List<Venue> venuesOf(ActivityType type) {
        return switch (type) {
            case GASTLES -> List.of(Venue.AT_SCHOOL);
            case HYBRID_TEACHING -> List.of(Venue.AT_SCHOOL, Venue.ONLINE);
            case PROJECT -> List.of(Venue.AT_SCHOOL, Venue.AT_COMPANY);
            default -> List.of(Venue.AT_COMPANY);
        };
    }

    static Map<String, Object> filters(Integer maxDistanceKm, boolean onlyWithPlaces) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("maxDistanceKm", maxDistanceKm);
        filters.put("types", List.of());
        filters.put("levels", List.of());
        filters.put("window", null);
        filters.put("onlyWithPlaces", onlyWithPlaces);
        return filters;
    }

    /** A PC4 whose centroid lies between {@code minKm} and {@code maxKm} from the school (the band widens if empty). */
    LoketPlaces.Pc4 within(LoketPlaces places, double minKm, double maxKm) {
        for (double widen = 1; ; widen *= 1.5) {
            List<LoketPlaces.Pc4> band = new ArrayList<>();
            for (LoketPlaces.Pc4 p : places.pc4s()) {
                double d = km(p);
                if (d >= minKm / widen && d <= maxKm * widen && !p.code().equals(school.pc4().code())) {
                    band.add(p);
                }
            }
            if (!band.isEmpty()) {
                return band.get(random.nextInt(band.size()));
            }
        }
    }

    double km(LoketPlaces.Pc4 p) {
        return LoketPlaces.km(school.pc4().latitude(), school.pc4().longitude(),
                p.latitude(), p.longitude());
    }

    /** Marks the offer a school would pick. */
    Map<String, Object> expect(Map<String, Object> offer) {
        expected = offer;
        return offer;
    }

    /** An offer that fits the request in every respect but the ones the caller changes afterwards. */
    Map<String, Object> good(String note, LoketPlaces.Pc4 at) {
        boolean open = random.nextInt(4) == 0;
        return offer(note, at, 30 + 5 * random.nextInt(4), type, List.of(Level.PO), List.of(topic.subject()),
                venuesOf(type), open ? null : from.minusDays(random.nextInt(22)),
                open ? null : until.plusDays(random.nextInt(43)),
                random.nextInt(4) == 0 ? -1 : 2 + random.nextInt(19), topic, phrase, type);
    }

    /** A pool offer; {@code textTopic} and {@code textPhrase} choose its text, {@code textType} its wording. */
    Map<String, Object> offer(String note, LoketPlaces.Pc4 at, int travel, ActivityType offerType,
                              List<Level> offerLevels, List<String> subjects, List<Venue> offerVenues,
                              LocalDate offerFrom, LocalDate offerUntil, int places, LoketTopics.Topic textTopic,
                              int textPhrase, ActivityType textType) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("id", (long) ids.remove(0));
        offer.put("note", note);
        offer.put("place", at.code() + " " + at.place() + String.format(java.util.Locale.ROOT, " (%.1f km)", km(at)));
        offer.put("latitude", at.latitude());
        offer.put("longitude", at.longitude());
        offer.put("travelKm", travel);
        offer.put("types", List.of(offerType.name()));
        offer.put("levels", offerLevels.stream().map(Enum::name).toList());
        offer.put("subjects", subjects);
        offer.put("venues", offerVenues.stream().map(Enum::name).toList());
        offer.put("from", offerFrom == null ? null : offerFrom.toString());
        offer.put("until", offerUntil == null ? null : offerUntil.toString());
        offer.put("placesLeft", places);
        String company = textTopic.companies().get(random.nextInt(textTopic.companies().size()));
        offer.put("text", capitalised(LoketTopics.word(textType)) + ": " + textTopic.phrases().get(textPhrase)[1]
                + ". Een " + company + " uit " + capitalised(at.place().toLowerCase(java.util.Locale.ROOT)) + ". "
                + LoketTopics.closing(textType));
        offers.add(offer);
        return offer;
    }

    /** An offer on another topic than the request's, near the school, with random type, levels and period. */
    void background(LoketPlaces places) {
        LoketTopics.Topic other;
        do {
            other = LoketTopics.TOPICS.get(random.nextInt(LoketTopics.TOPICS.size()));
        } while (other.subject().equals(topic.subject()));
        ActivityType t = ActivityType.values()[random.nextInt(ActivityType.values().length)];
        List<List<Level>> levelChoices = List.of(List.of(Level.PO), List.of(Level.PO, Level.VMBO),
                List.of(Level.VMBO, Level.HAVO), List.of(Level.MBO));
        boolean open = random.nextInt(3) == 0;
        LocalDate start = from.minusDays(60).plusDays(random.nextInt(100));
        offer("background: another subject", within(places, 1, 25), 15 + 5 * random.nextInt(8), t,
                levelChoices.get(random.nextInt(levelChoices.size())), List.of(other.subject()), venuesOf(t),
                open ? null : start, open ? null : start.plusDays(30 + random.nextInt(120)),
                random.nextInt(6) == 0 ? 0 : random.nextInt(3) == 0 ? -1 : 1 + random.nextInt(25), other,
                random.nextInt(other.phrases().size()), t);
    }

    Map<String, Object> request() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("latitude", school.pc4().latitude());
        request.put("longitude", school.pc4().longitude());
        request.put("travelKm", travelKm);
        request.put("types", List.of(type.name()));
        request.put("levels", levels.stream().map(Enum::name).toList());
        request.put("subjects", List.of(topic.subject()));
        request.put("venues", venues.stream().map(Enum::name).toList());
        request.put("from", from.toString());
        request.put("until", until.toString());
        List<Map<String, String>> blocked = new ArrayList<>();
        for (DateRange range : LoketPlaces.holidays(school.holidayRegion())) {
            Map<String, String> days = new LinkedHashMap<>();
            days.put("from", range.from().toString());
            days.put("until", range.until().toString());
            blocked.add(days);
        }
        request.put("blocked", blocked);
        request.put("text", text);
        request.put("filters", filters);
        return request;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
