package nl.techniekpact.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.techniekpact.loket.matching.DateRange;
import nl.techniekpact.loket.matching.Query;
import nl.techniekpact.loket.matching.Venue;

/**
 * The PostgreSQL peer's statements: what a simple implementation of the Loket would write — the request's filters in
 * {@code WHERE} (only those it has, arrays with {@code &&} and {@code @>} so the GIN indexes apply, a bounding box
 * on the position, or online), haversine in SQL, the free days of the overlap minus the blocked ranges, the same
 * weighted score ({@code ts_rank} instead of the engine's IDF share for the text), {@code ORDER BY score LIMIT 10}.
 * One prepared statement per shape of request (which filters, online or not); parameters are named
 * ({@code :lat}) and bound by name.
 */
final class LoketSql {

    /** What a statement returns. */
    enum Kind { TOP, COUNT, EXPLAIN }

    private static final String CANDIDATES = """
            select o.id, d.dist, f.free, o.travel_km, o.venues,
                   0.15 * greatest(0, 1 - power(d.dist / :scale, 2))
                 + 0.15 * (case when o.types && :wish_types then 1 else 0 end)
                 + 0.15 * (case when o.levels && :wish_levels then 1 else 0 end)
                 + 0.15 * cardinality(array(select unnest(o.subjects) intersect select unnest(:wish_subjects)))
                        / greatest(1, cardinality(:wish_subjects))
                 + 0.15 * least(1, 10 * ts_rank(o.tsv, replace(plainto_tsquery('dutch', :text)::text, ' & ', ' | ')::tsquery))
                 + 0.05 * least(1, f.free / 20.0)
                 + 0.10 * (case when o.venues && :wish_venues then 1 else 0 end)
                 + 0.10 * (case when o.places_left <> 0 then 1 else 0 end) as score
              from %s o
             cross join lateral (select 2 * 6371.0088 * asin(least(1, sqrt(
                       power(sin(radians(o.lat - :lat) / 2), 2)
                     + cos(radians(:lat)) * cos(radians(o.lat)) * power(sin(radians(o.lon - :lon) / 2), 2)))) as dist) d
             cross join lateral (select greatest(o.from_date, :from) as first, least(o.until_date, :until) as last) p
             cross join lateral (select (p.last - p.first + 1) - coalesce((
                       select sum(greatest(0, least(p.last, b.u) - greatest(p.first, b.f) + 1))
                         from unnest(:blocked_from, :blocked_until) b(f, u)), 0) as free) f
             where (o.from_date is null or o.from_date <= :until)
               and (o.until_date is null or o.until_date >= :from)
            """;
    private static final String BOX = "point(o.lon, o.lat) <@ box(point(:min_lon, :min_lat), point(:max_lon, :max_lat))";
    private static final Pattern NAME = Pattern.compile("(?<!:):([a-z_]+)");

    private record Prepared(PreparedStatement statement, List<String> names) {
    }

    private final Connection connection;
    private final String table;
    private final Map<String, Prepared> statements = new HashMap<>();

    LoketSql(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    /** The SQL of this kind for the shape of {@code q}. */
    String sql(Kind kind, Query q) {
        if (q.filters().window() != null || q.types().isEmpty() || q.levels().isEmpty() || q.venues().isEmpty()
                || q.from() == null || q.until() == null) {
            throw new IllegalArgumentException("the benchmark's requests have wishes, a period and no window");
        }
        boolean online = q.venues().contains(Venue.ONLINE);
        StringBuilder where = new StringBuilder(CANDIDATES.formatted(table));
        if (!q.filters().types().isEmpty()) {
            where.append("   and o.types && :filter_types\n");
        }
        if (!q.filters().levels().isEmpty()) {
            where.append("   and o.levels && :filter_levels\n");
        }
        if (q.filters().onlyWithPlaces()) {
            where.append("   and o.places_left <> 0\n");
        }
        where.append(online ? "   and (" + BOX + " or o.venues @> '{ONLINE}')\n" : "   and " + BOX + "\n");
        String eligible = online
                ? " where x.dist <= case when x.venues @> '{ONLINE}' then :max_km"
                        + " else least(:travel, x.travel_km, :max_km) end and x.free > 0"
                : " where x.dist <= least(:travel, x.travel_km, :max_km) and x.free > 0";
        String inner = "(" + where + ") x" + eligible;
        return switch (kind) {
            case TOP -> "select x.id, x.dist, x.score from " + inner + " order by x.score desc, x.dist, x.id limit 10";
            case COUNT -> "select count(*) from " + inner;
            case EXPLAIN -> "explain (analyze, buffers) select x.id, x.dist, x.score from " + inner
                    + " order by x.score desc, x.dist, x.id limit 10";
        };
    }

    /** The prepared statement of this kind for the shape of {@code q}, with the values of {@code q} bound. */
    PreparedStatement bind(Kind kind, Query q) throws SQLException {
        String template = sql(kind, q);
        Prepared prepared = statements.get(template);
        if (prepared == null) {
            List<String> names = new ArrayList<>();
            Matcher m = NAME.matcher(template);
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(sql, "?");
            }
            m.appendTail(sql);
            prepared = new Prepared(connection.prepareStatement(sql.toString()), names);
            statements.put(template, prepared);
        }
        Map<String, Object> values = values(q);
        for (int i = 0; i < prepared.names().size(); i++) {
            Object value = values.get(prepared.names().get(i));
            if (value == null) {
                throw new IllegalStateException("no value for :" + prepared.names().get(i));
            }
            prepared.statement().setObject(i + 1, value);
        }
        return prepared.statement();
    }

    private Map<String, Object> values(Query q) throws SQLException {
        double maxKm = q.filters().maxDistanceKm() == null ? Double.POSITIVE_INFINITY : q.filters().maxDistanceKm();
        double reach = Math.min(q.travelKm(), maxKm);
        double dLat = Math.toDegrees(reach / 6371.0088);
        double dLon = Math.toDegrees(Math.asin(Math.min(1, Math.sin(reach / 6371.0088)
                / Math.cos(Math.toRadians(q.latitude())))));
        List<DateRange> blocked = LoketMatchBenchmark.merged(q.blocked());
        Map<String, Object> values = new HashMap<>();
        values.put("lat", q.latitude());
        values.put("lon", q.longitude());
        values.put("travel", (double) q.travelKm());
        values.put("max_km", maxKm);
        values.put("scale", Math.max(1, reach));
        values.put("wish_types", texts(q.types()));
        values.put("wish_levels", texts(q.levels()));
        values.put("wish_subjects", connection.createArrayOf("text", q.subjects().toArray()));
        values.put("wish_venues", texts(q.venues()));
        values.put("filter_types", texts(q.filters().types()));
        values.put("filter_levels", texts(q.filters().levels()));
        values.put("from", Date.valueOf(q.from()));
        values.put("until", Date.valueOf(q.until()));
        values.put("blocked_from", connection.createArrayOf("date", blocked.stream().map(r -> Date.valueOf(r.from()))
                .toArray()));
        values.put("blocked_until", connection.createArrayOf("date", blocked.stream()
                .map(r -> Date.valueOf(r.until())).toArray()));
        values.put("text", q.text());
        values.put("min_lat", q.latitude() - dLat);
        values.put("max_lat", q.latitude() + dLat);
        values.put("min_lon", q.longitude() - dLon);
        values.put("max_lon", q.longitude() + dLon);
        return values;
    }

    private Array texts(Set<? extends Enum<?>> values) throws SQLException {
        return connection.createArrayOf("text", values.stream().map(Enum::name).sorted().toArray());
    }
}
