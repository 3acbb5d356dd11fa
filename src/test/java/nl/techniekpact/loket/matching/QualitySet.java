package nl.techniekpact.loket.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the quality set {@code loket/quality-cases.json} (written by {@code bench.LoketQualityCases}). */
final class QualitySet {

    static final String RESOURCE = "/loket/quality-cases.json";

    /** One case: the request, the pool of offers (with the fixture's note on each), the offer a school would pick. */
    record Case(String id, String situation, String kind, String rationale, Query request, List<Listing> offers,
                Map<Long, String> notes, long expected) {
    }

    private QualitySet() {
    }

    static List<Case> load() {
        try (InputStream in = QualitySet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Case> cases = new ArrayList<>();
            for (JsonNode c : root.get("cases")) {
                List<Listing> offers = new ArrayList<>();
                Map<Long, String> notes = new HashMap<>();
                for (JsonNode o : c.get("offers")) {
                    offers.add(new Listing(o.get("id").asLong(), 0, o.get("latitude").asDouble(),
                            o.get("longitude").asDouble(), o.get("travelKm").asInt(),
                            enums(o.get("types"), ActivityType::valueOf, ActivityType.class),
                            enums(o.get("levels"), Level::valueOf, Level.class), strings(o.get("subjects")),
                            enums(o.get("venues"), Venue::valueOf, Venue.class), day(o.get("from")),
                            day(o.get("until")), o.get("placesLeft").asInt(), o.get("text").asString()));
                    notes.put(o.get("id").asLong(), o.get("note").asString());
                }
                String id = c.get("id").asString();
                cases.add(new Case(id, id.substring(0, id.lastIndexOf('-')), c.get("kind").asString(),
                        c.get("rationale").asString(), query(c.get("request")), offers, notes,
                        c.get("expected").asLong()));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query query(JsonNode r) {
        List<DateRange> blocked = new ArrayList<>();
        for (JsonNode b : r.get("blocked")) {
            blocked.add(new DateRange(day(b.get("from")), day(b.get("until"))));
        }
        JsonNode f = r.get("filters");
        JsonNode window = f.get("window");
        Filters filters = new Filters(f.get("maxDistanceKm").isNull() ? null : f.get("maxDistanceKm").asInt(),
                enums(f.get("types"), ActivityType::valueOf, ActivityType.class),
                enums(f.get("levels"), Level::valueOf, Level.class),
                window == null || window.isNull() ? null : new DateRange(day(window.get("from")),
                        day(window.get("until"))),
                f.get("onlyWithPlaces").asBoolean());
        return new Query(r.get("latitude").asDouble(), r.get("longitude").asDouble(), r.get("travelKm").asInt(),
                enums(r.get("types"), ActivityType::valueOf, ActivityType.class),
                enums(r.get("levels"), Level::valueOf, Level.class), strings(r.get("subjects")),
                enums(r.get("venues"), Venue::valueOf, Venue.class), day(r.get("from")), day(r.get("until")),
                blocked, r.get("text").asString(), filters);
    }

    private static <E extends Enum<E>> Set<E> enums(JsonNode array, Function<String, E> parse, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        array.forEach(v -> values.add(parse.apply(v.asString())));
        return values;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static LocalDate day(JsonNode value) {
        return value == null || value.isNull() ? null : LocalDate.parse(value.asString());
    }
}
