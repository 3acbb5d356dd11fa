package nl.techniekpact.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.techniekpact.loket.matching.DateRange;
import nl.techniekpact.loket.matching.Query;

/**
 * The PostgreSQL peer's statement: what a simple implementation of the Loket would write — the filters in
 * {@code WHERE} (arrays with {@code &&}, a bounding box on the position, or online), haversine in SQL, the free days
 * of the overlap minus the blocked ranges, the same weighted score ({@code ts_rank} instead of the engine's IDF share
 * for the text), {@code ORDER BY score LIMIT 10}. Parameters are named ({@code :lat}) and bound by name.
 */
final class LoketSql {

    private static final String CANDIDATES = """
            select o.id, d.dist, f.free, o.travel_km, o.venues,
                   0.15 * greatest(0, 1 - power(d.dist / :scale, 2))
                 + 0.15 * (case when cardinality(:wish_types) = 0 or cardinality(o.types) = 0 or o.types && :wish_types
                             then 1 else 0 end)
                 + 0.15 * (case when cardinality(:wish_levels) = 0 or cardinality(o.levels) = 0 or o.levels && :wish_levels
                             then 1 else 0 end)
                 + 0.15 * cardinality(array(select unnest(o.subjects) intersect select unnest(:wish_subjects)))
                        / greatest(1, cardinality(:wish_subjects))
                 + 0.15 * least(1, 10 * ts_rank(o.tsv, replace(plainto_tsquery('dutch', :text)::text, ' & ', ' | ')::tsquery))
                 + 0.05 * least(1, f.free / 20.0)
                 + 0.10 * (case when cardinality(:wish_venues) = 0 or cardinality(o.venues) = 0 or o.venues && :wish_venues
                             then 1 else 0 end)
                 + 0.10 * (case when o.places_left <> 0 then 1 else 0 end) as score
              from %s o
             cross join lateral (select 2 * 6371.0088 * asin(least(1, sqrt(
                       power(sin(radians(o.lat - :lat) / 2), 2)
                     + cos(radians(:lat)) * cos(radians(o.lat)) * power(sin(radians(o.lon - :lon) / 2), 2)))) as dist) d
             cross join lateral (select greatest(o.from_date, :from) as first, least(o.until_date, :until) as last) p
             cross join lateral (select (p.last - p.first + 1) - coalesce((
                       select sum(greatest(0, least(p.last, b.u) - greatest(p.first, b.f) + 1))
                         from unnest(:blocked_from, :blocked_until) b(f, u)), 0) as free) f
             where (cardinality(:filter_types) = 0 or cardinality(o.types) = 0 or o.types && :filter_types)
               and (cardinality(:filter_levels) = 0 or cardinality(o.levels) = 0 or o.levels && :filter_levels)
               and (not :only_with_places or o.places_left <> 0)
               and (o.from_date is null or o.from_date <= :until)
               and (o.until_date is null or o.until_date >= :from)
               and (point(o.lon, o.lat) <@ box(point(:min_lon, :min_lat), point(:max_lon, :max_lat))
                    or (:online and 'ONLINE' = any(o.venues)))
            """;
    private static final String ELIGIBLE = """
             where x.dist <= case when :online and 'ONLINE' = any(x.venues) then :max_km
                                  else least(:travel, x.travel_km, :max_km) end
               and x.free > 0
            """;
    static final String TOP = "select x.id, x.dist, x.score from (" + CANDIDATES + ") x" + ELIGIBLE
            + " order by x.score desc, x.dist, x.id limit 10";
    static final String COUNT = "select count(*) from (" + CANDIDATES + ") x" + ELIGIBLE;
    private static final Pattern NAME = Pattern.compile("(?<!:):([a-z_]+)");

    private final PreparedStatement statement;
    private final List<String> names = new ArrayList<>();

    LoketSql(Connection connection, String template, String table) throws SQLException {
        Matcher m = NAME.matcher(template.formatted(table));
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        statement = connection.prepareStatement(sql.toString());
    }

    PreparedStatement bind(Query q, List<DateRange> mergedBlocked) throws SQLException {
        Connection c = statement.getConnection();
        double maxKm = q.filters().maxDistanceKm() == null ? Double.POSITIVE_INFINITY : q.filters().maxDistanceKm();
        double reach = Math.min(q.travelKm(), maxKm);
        double dLat = Math.toDegrees(reach / 6371.0088);
        double dLon = Math.toDegrees(Math.asin(Math.min(1, Math.sin(reach / 6371.0088)
                / Math.cos(Math.toRadians(q.latitude())))));
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("lat", q.latitude());
        values.put("lon", q.longitude());
        values.put("travel", (double) q.travelKm());
        values.put("max_km", maxKm);
        values.put("scale", Math.max(1, reach));
        values.put("wish_types", texts(c, q.types()));
        values.put("wish_levels", texts(c, q.levels()));
        values.put("wish_subjects", c.createArrayOf("text", q.subjects().toArray()));
        values.put("wish_venues", texts(c, q.venues()));
        values.put("online", q.venues().contains(nl.techniekpact.loket.matching.Venue.ONLINE));
        values.put("filter_types", texts(c, q.filters().types()));
        values.put("filter_levels", texts(c, q.filters().levels()));
        values.put("only_with_places", q.filters().onlyWithPlaces());
        values.put("from", Date.valueOf(q.from()));
        values.put("until", Date.valueOf(q.until()));
        values.put("blocked_from", c.createArrayOf("date", mergedBlocked.stream().map(r -> Date.valueOf(r.from()))
                .toArray()));
        values.put("blocked_until", c.createArrayOf("date", mergedBlocked.stream().map(r -> Date.valueOf(r.until()))
                .toArray()));
        values.put("text", q.text());
        values.put("min_lat", q.latitude() - dLat);
        values.put("max_lat", q.latitude() + dLat);
        values.put("min_lon", q.longitude() - dLon);
        values.put("max_lon", q.longitude() + dLon);
        for (int i = 0; i < names.size(); i++) {
            Object value = values.get(names.get(i));
            if (value == null) {
                throw new IllegalStateException("no value for :" + names.get(i));
            }
            statement.setObject(i + 1, value);
        }
        return statement;
    }

    private static Array texts(Connection c, java.util.Set<? extends Enum<?>> values) throws SQLException {
        return c.createArrayOf("text", values.stream().map(Enum::name).sorted().toArray());
    }
}
