package nl.techniekpact.loket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.loket.matching.ActivityType;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.monitor.Municipalities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public search of published offers and requests: Dutch full text (the platform's accent-insensitive Dutch
 * configuration, title over description) with filters and facet counts for type, level, region (any region that
 * holds municipalities: province, labour-market region …), distance from a postcode and dates. No contact details.
 */
@Service
public class LoketSearch {

    /** What a visitor asks; every field may be empty. */
    public record Question(String side, String text, ActivityType type, Level level, String region, String postcode,
                           Integer withinKm, LocalDate from, LocalDate until, int page) {
    }

    /** One page of results (20 a page), the total, and the facet counts of the whole result. */
    public record Answer(List<Listings.Listing> listings, Map<Long, Double> distances, int total,
                         Map<ActivityType, Integer> types, Map<Level, Integer> levels, int page, int pages) {
    }

    static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final Places places;
    private final Municipalities municipalities;

    LoketSearch(JdbcClient jdbc, Places places, Municipalities municipalities) {
        this.jdbc = jdbc;
        this.places = places;
        this.municipalities = municipalities;
    }

    public Answer search(Question q) {
        Map<String, Object> params = new LinkedHashMap<>();
        Filter filter = filter(q, params);
        String text = filter.text();
        String distance = filter.distance();
        var area = filter.area();
        String base = filter.from();
        Map<ActivityType, Integer> types = new LinkedHashMap<>();
        facet("l.activity_type", base + levelFilter(q, params), params).forEach((k, v) ->
                types.put(ActivityType.valueOf(k), v));
        Map<Level, Integer> levels = new LinkedHashMap<>();
        facet("unnest(l.levels)", base + typeFilter(q, params), params).forEach((k, v) -> levels.put(Level.valueOf(k), v));
        String filtered = base + levelFilter(q, params) + typeFilter(q, params);
        int total = jdbc.sql("select count(*)" + filtered).params(params).query(Integer.class).single();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.max(1, Math.min(q.page(), pages));
        String order = !text.isEmpty() ? "ts_rank(l.document, websearch_to_tsquery('tp_dutch', :text)) desc, "
                : area.isPresent() ? "distance_km nulls last, " : "";
        Map<Long, Double> distances = new LinkedHashMap<>();
        List<Listings.Listing> found = new ArrayList<>();
        jdbc.sql(Listings.SELECT.replace("select l.id,", "select " + distance + " as distance_km, l.id,")
                        + filtered.substring(filtered.indexOf(" where")) + " order by " + order
                        + "l.updated_at desc, l.id limit " + PAGE_SIZE + " offset " + (page - 1) * PAGE_SIZE)
                .params(params).query(rs -> {
                    Listings.Listing listing = Listings.listing(rs, 0);
                    found.add(listing);
                    double km = rs.getDouble("distance_km");
                    if (!rs.wasNull()) {
                        distances.put(listing.id(), km);
                    }
                });
        return new Answer(found, distances, total, types, levels, page, pages);
    }

    /** Of the listings {@code ids}, those the question finds (for saved searches: does a new listing fit?). */
    public java.util.Set<Long> fitting(Question q, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String from = filter(q, params).from() + levelFilter(q, params) + typeFilter(q, params) + " and l.id = any(:ids)";
        params.put("ids", ids.toArray(Long[]::new));
        return new java.util.TreeSet<>(jdbc.sql("select l.id" + from).params(params).query(Long.class).list());
    }

    /** The question's text, its distance expression (SQL), the place it measures from, and its from-and-where. */
    private record Filter(String text, String distance, java.util.Optional<Places.Area> area, String from) {
    }

    private Filter filter(Question q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where" + Listings.PUBLIC + " and l.side = :side");
        params.put("side", "REQUEST".equals(q.side()) ? "REQUEST" : "OFFER");
        String text = q.text() == null ? "" : q.text().strip();
        if (!text.isEmpty()) {
            where.append(" and l.document @@ websearch_to_tsquery('tp_dutch', :text)");
            params.put("text", text.length() > 200 ? text.substring(0, 200) : text);
        }
        if (q.region() != null && !q.region().isBlank()) {
            where.append(" and coalesce(c.municipality_code, s.municipality_code) = any(:municipalities)");
            params.put("municipalities", municipalities.municipalitiesIn(q.region().strip()).toArray(String[]::new));
        }
        if (q.from() != null) {
            where.append(" and (l.date_until is null or l.date_until >= :from)");
            params.put("from", q.from());
        }
        if (q.until() != null) {
            where.append(" and (l.date_from is null or l.date_from <= :until)");
            params.put("until", q.until());
        }
        String distance = "null::double precision";
        var area = places.of(q.postcode());
        if (area.isPresent()) {
            distance = """
                    (select 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(a.latitude - :lat) / 2), 2)
                            + cos(radians(:lat)) * cos(radians(a.latitude))
                              * power(sin(radians(a.longitude - :lon) / 2), 2))))
                     from loket_postcode_area a where a.pc4 = coalesce(c.pc4, s.pc4))""";
            params.put("lat", area.get().latitude());
            params.put("lon", area.get().longitude());
            if (q.withinKm() != null) {
                where.append(" and ").append(distance).append(" <= :within");
                params.put("within", q.withinKm().doubleValue());
            }
        }
        return new Filter(text, distance, area, " from loket_listing l left join loket_company c on c.id = l.company_id"
                + " left join loket_school s on s.id = l.school_id" + where);
    }

    private static String levelFilter(Question q, Map<String, Object> params) {
        if (q.level() == null) {
            return "";
        }
        params.put("level", q.level().name());
        return " and :level = any(l.levels)";
    }

    private static String typeFilter(Question q, Map<String, Object> params) {
        if (q.type() == null) {
            return "";
        }
        params.put("type", q.type().name());
        return " and l.activity_type = :type";
    }

    private Map<String, Integer> facet(String expression, String from, Map<String, Object> params) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select value, count(*) from (select " + expression + " as value" + from + ") f group by value"
                        + " order by value")
                .params(params).query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }
}
