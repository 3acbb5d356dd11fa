package nl.techniekpact.bench;

import static nl.techniekpact.bench.BenchSettings.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.techniekpact.monitor.Comparison;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.Indicator;
import nl.techniekpact.monitor.Monitor;
import nl.techniekpact.monitor.Series;
import nl.techniekpact.monitor.SeriesPoint;
import nl.techniekpact.monitor.Target;
import nl.techniekpact.monitor.internal.ObservationWriterBenchmark;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitor benchmark (run by {@code bench/monitor/run.sh}, never by the test suite): twenty typical monitor
 * questions, each asked {@code bench.reps} times with random parameters, single-threaded, of PostgreSQL through the
 * product's own {@link Monitor} bean (the real application context, its connection pool and transactions) and of
 * DuckDB (JDBC) answering the same question with SQL over the raw, denormalised rows; the answers of both are
 * compared. Then the import benchmark ({@link ObservationWriterBenchmark}). Results go to
 * {@code target/bench-monitor/results.md} and {@code results.tsv}.
 *
 * <p>No timing here is an assertion: this records where things stand.
 */
public final class MonitorQueryBenchmark {

    static final int REPS = Integer.getInteger("bench.reps", 200);
    static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    static final int IMPORT_CELLS = Integer.getInteger("bench.importCells", 1_000_000);
    static final int IMPORT_ROUNDS = Integer.getInteger("bench.importRounds", 1);
    static final boolean SKIP_QUERIES = Boolean.getBoolean("bench.skipQueries");
    /** Variant "proposals": measure with the index proposed for breakdownValues (created here, dropped after). */
    static final boolean PROPOSED_INDEX = Boolean.getBoolean("bench.proposedIndex");
    static final String PROPOSED_INDEX_SQL =
            "create index if not exists observation_indicator_breakdown on observation (indicator_id, breakdown_id)";
    static final double GOAL_P95_MS = 50;
    static final double GOAL_RATIO = 5;
    static final double GOAL_IMPORT = 0.5;

    private MonitorQueryBenchmark() {
    }

    // ------------------------------------------------------------------------------------------ catalogue

    record Ind(String code, int n, int scheme, boolean share, List<String> themes) {
    }

    /** What the parameters are drawn from: the synthetic data set's indicators, regions, years and cells. */
    static final class Catalogue {
        final List<Ind> indicators = new ArrayList<>();
        final Map<String, Ind> byCode = new HashMap<>();
        final Map<String, List<String>> regions = new LinkedHashMap<>();
        final List<String> periods = new ArrayList<>();
        /** Per scheme: dimension → its values. */
        final Map<Integer, Map<String, List<String>>> values = new HashMap<>();

        Catalogue(Connection pg) throws SQLException {
            try (Statement s = pg.createStatement()) {
                try (ResultSet r = s.executeQuery("""
                        select b.code, b.n, b.scheme, b.is_share, array_to_string(i.themes, ',')
                          from bench.ind b join indicator i on i.id = b.indicator_id order by b.n""")) {
                    while (r.next()) {
                        Ind ind = new Ind(r.getString(1), r.getInt(2), r.getInt(3), r.getBoolean(4),
                                List.of(r.getString(5).split(",")));
                        indicators.add(ind);
                        byCode.put(ind.code(), ind);
                    }
                }
                try (ResultSet r = s.executeQuery("select kind, code from bench.geo order by n")) {
                    while (r.next()) {
                        regions.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                    }
                }
                try (ResultSet r = s.executeQuery("select code from bench.period order by ord")) {
                    while (r.next()) {
                        periods.add(r.getString(1));
                    }
                }
            }
            for (MonitorDataGenerator.Scheme scheme : MonitorDataGenerator.SCHEMES) {
                Map<String, List<String>> dims = new TreeMap<>();
                for (MonitorDataGenerator.CellDef cell : scheme.cells()) {
                    cell.cell().forEach((d, v) -> {
                        List<String> list = dims.computeIfAbsent(d, k -> new ArrayList<>());
                        if (!list.contains(v)) {
                            list.add(v);
                        }
                    });
                }
                values.put(scheme.id(), dims);
            }
        }

        Ind indicator(Random random, java.util.function.Predicate<Ind> which) {
            List<Ind> list = indicators.stream().filter(which).toList();
            return list.get(random.nextInt(list.size()));
        }

        String region(Random random, String kind) {
            List<String> list = regions.get(kind);
            return list.get(random.nextInt(list.size()));
        }

        String period(Random random) {
            return periods.get(random.nextInt(periods.size()));
        }

        String value(Random random, Ind ind, String dimension) {
            List<String> list = values.get(ind.scheme()).get(dimension);
            return list.get(random.nextInt(list.size()));
        }

        List<String> dims(Ind ind) {
            return new ArrayList<>(values.get(ind.scheme()).keySet());
        }
    }

    // ------------------------------------------------------------------------------------------ questions

    /** The parameters of one asking of a question. */
    record Params(String indicator, String region, Geography.Kind kind, String period, Map<String, String> filter,
                  String theme) {
        static Params of(String indicator) {
            return new Params(indicator, null, null, null, Map.of(), null);
        }

        @Override
        public String toString() {
            return Arrays.asList(indicator, region, kind, period, filter, theme).stream().filter(Objects::nonNull)
                    .map(Object::toString).collect(Collectors.joining(" "));
        }
    }

    /** An answer in a form both engines can give: ordered key → number or text. */
    @FunctionalInterface
    interface Engine {
        Map<String, Object> answer(Params p) throws Exception;
    }

    record Question(String id, String title, String productCall, Function<Random, Params> params, Engine postgres,
                    Engine duckdb) {
    }

    static List<Question> questions(Catalogue cat, Monitor monitor, DuckQueries duck) {
        List<Question> q = new ArrayList<>();
        q.add(new Question("Q01", "indicator list (every monitor page)", "indicators()",
                r -> Params.of(null), p -> indicators(monitor), p -> duck.indicators()));
        q.add(new Question("Q02", "series, Netherlands, total", "series(i, NL01, {})",
                r -> series(cat.indicator(r, i -> true).code(), "NL01", Map.of()),
                p -> series(monitor, p), duck::series));
        q.add(new Question("Q03", "series of a share, Netherlands", "series(share, NL01, {})",
                r -> series(cat.indicator(r, Ind::share).code(), "NL01", Map.of()),
                p -> series(monitor, p), duck::series));
        q.add(new Question("Q04", "series, province, niveau filter", "series(i, PVxx, {niveau})",
                r -> {
                    Ind ind = cat.indicator(r, i -> cat.dims(i).contains("niveau"));
                    return series(ind.code(), cat.region(r, "PROVINCE"), Map.of("niveau", cat.value(r, ind, "niveau")));
                }, p -> series(monitor, p), duck::series));
        q.add(new Question("Q05", "series of a share, province, women", "series(share, PVxx, {geslacht=vrouw})",
                r -> series(cat.indicator(r, i -> i.share() && cat.dims(i).contains("geslacht")).code(),
                        cat.region(r, "PROVINCE"), Map.of("geslacht", "vrouw")),
                p -> series(monitor, p), duck::series));
        q.add(new Question("Q06", "series, labour-market region, total", "series(i, AMxx, {})",
                r -> series(cat.indicator(r, i -> true).code(), cat.region(r, "LABOUR_MARKET_REGION"), Map.of()),
                p -> series(monitor, p), duck::series));
        q.add(new Question("Q07", "series, municipality, total", "series(i, GMxxxx, {})",
                r -> series(cat.indicator(r, i -> true).code(), cat.region(r, "MUNICIPALITY"), Map.of()),
                p -> series(monitor, p), duck::series));
        q.add(new Question("Q08", "series, municipality, two filters", "series(i, GMxxxx, {dim1, dim2})",
                r -> {
                    Ind ind = cat.indicator(r, i -> cat.dims(i).size() >= 2);
                    List<String> dims = cat.dims(ind);
                    java.util.Collections.shuffle(dims, r);
                    Map<String, String> filter = new TreeMap<>();
                    for (String d : dims.subList(0, 2)) {
                        filter.put(d, cat.value(r, ind, d));
                    }
                    return series(ind.code(), cat.region(r, "MUNICIPALITY"), filter);
                }, p -> series(monitor, p), duck::series));
        q.add(new Question("Q09", "series, Techniekpact landsdeel, sector", "series(i, TLxx, {sector})",
                r -> {
                    Ind ind = cat.indicator(r, i -> cat.dims(i).contains("sector"));
                    return series(ind.code(), cat.region(r, "TP_LANDSDEEL"), Map.of("sector", cat.value(r, ind, "sector")));
                }, p -> series(monitor, p), duck::series));
        q.add(new Question("Q10", "comparison, 12 provinces, latest year", "comparison(i, PROVINCE, null, {})",
                r -> comparison(cat.indicator(r, i -> true).code(), Geography.Kind.PROVINCE, null, Map.of()),
                p -> comparison(monitor, p), duck::comparison));
        q.add(new Question("Q11", "comparison, 5 Techniekpact landsdelen, latest", "comparison(i, TP_LANDSDEEL, null, {})",
                r -> comparison(cat.indicator(r, i -> true).code(), Geography.Kind.TP_LANDSDEEL, null, Map.of()),
                p -> comparison(monitor, p), duck::comparison));
        q.add(new Question("Q12", "comparison, 35 labour-market regions, latest",
                "comparison(i, LABOUR_MARKET_REGION, null, {})",
                r -> comparison(cat.indicator(r, i -> true).code(), Geography.Kind.LABOUR_MARKET_REGION, null, Map.of()),
                p -> comparison(monitor, p), duck::comparison));
        q.add(new Question("Q13", "map: 343 municipalities, latest year", "comparison(i, MUNICIPALITY, null, {})",
                r -> comparison(cat.indicator(r, i -> true).code(), Geography.Kind.MUNICIPALITY, null, Map.of()),
                p -> comparison(monitor, p), duck::comparison));
        q.add(new Question("Q14", "map: municipalities, a year, women", "comparison(i, MUNICIPALITY, yyyy, {geslacht=vrouw})",
                r -> comparison(cat.indicator(r, i -> cat.dims(i).contains("geslacht")).code(),
                        Geography.Kind.MUNICIPALITY, cat.period(r), Map.of("geslacht", "vrouw")),
                p -> comparison(monitor, p), duck::comparison));
        q.add(new Question("Q15", "comparison of a share, provinces, a year", "comparison(share, PROVINCE, yyyy, {})",
                r -> comparison(cat.indicator(r, Ind::share).code(), Geography.Kind.PROVINCE, cat.period(r), Map.of()),
                p -> comparison(monitor, p), duck::comparison));
        q.add(new Question("Q16", "overview: latest and previous value of every indicator of a theme, NL",
                "summaries() (read model)",
                r -> new Params(null, "NL01", null, null, Map.of(),
                        MonitorDataGenerator.THEMES.get(r.nextInt(MonitorDataGenerator.THEMES.size()))),
                p -> overview(monitor, p), duck::overview));
        q.add(new Question("Q17", "periods with figures", "periods(i)",
                r -> Params.of(cat.indicator(r, i -> true).code()),
                p -> Map.of("periods", String.join(",", monitor.periods(p.indicator()))), duck::periods));
        q.add(new Question("Q18", "latest year with figures for municipalities", "latestPeriod(i, MUNICIPALITY)",
                r -> new Params(cat.indicator(r, i -> true).code(), null, Geography.Kind.MUNICIPALITY, null, Map.of(),
                        null),
                p -> answer("latest", monitor.latestPeriod(p.indicator(), p.kind()).orElse(null)), duck::latestPeriod));
        q.add(new Question("Q19", "breakdown values of an indicator", "breakdownValues(i)",
                r -> Params.of(cat.indicator(r, i -> true).code()),
                p -> breakdownValues(monitor, p), duck::breakdownValues));
        q.add(new Question("Q20", "targets of an indicator", "targets(i)",
                r -> Params.of(cat.indicator(r, i -> true).code()),
                p -> targets(monitor.targets(p.indicator())), duck::targets));
        return q;
    }

    /**
     * Proposed statements for the questions that miss the goals by far (not product code; see docs/benchmarks.md).
     * They run through the application's {@link JdbcClient}, so on the same pool and with the same prepared-statement
     * behaviour as the product's queries; DuckDB answers as for the question they replace.
     */
    static List<Question> proposals(Catalogue cat, JdbcClient jdbc, DuckQueries duck) {
        List<Question> q = new ArrayList<>();
        q.add(new Question("P07", "series as one statement (points only; proposal for Q07)", "proposed SQL: SERIES",
                r -> series(cat.indicator(r, i -> true).code(), cat.region(r, "MUNICIPALITY"), Map.of()),
                p -> {
                    boolean share = cat.byCode.get(p.indicator()).share();
                    Map<String, Object> map = new LinkedHashMap<>();
                    jdbc.sql(SERIES).param("indicator", p.indicator()).param("region", p.region())
                            .param("filter", json(p.filter()))
                            .query((rs, n) -> map.put(rs.getString(1), value(share, rs, 2))).list();
                    return map;
                }, duck::series));
        q.add(new Question("P13", "map as one statement (proposal for Q13)", "proposed SQL: COMPARISON",
                r -> comparison(cat.indicator(r, i -> true).code(), Geography.Kind.MUNICIPALITY, null, Map.of()),
                p -> {
                    boolean share = cat.byCode.get(p.indicator()).share();
                    Map<String, Object> rows = new TreeMap<>();
                    Object[] head = {p.period(), null};
                    jdbc.sql(COMPARISON).param("indicator", p.indicator()).param("kind", p.kind().name())
                            .param("period", p.period()).param("filter", json(p.filter()))
                            .query((rs, n) -> {
                                Double value = value(share, rs, 3);
                                head[0] = rs.getString(2);
                                if (rs.getString(1).equals("NL01")) {
                                    head[1] = value;
                                } else if (value != null) {
                                    rows.put(rs.getString(1), value);
                                }
                                return null;
                            }).list();
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("period", head[0]);
                    map.put("national", head[1]);
                    map.putAll(rows);
                    return map;
                }, duck::comparison));
        q.add(new Question("P16", "overview as one statement (proposal for Q16)", "proposed SQL: OVERVIEW",
                r -> new Params(null, "NL01", null, null, Map.of(),
                        MonitorDataGenerator.THEMES.get(r.nextInt(MonitorDataGenerator.THEMES.size()))),
                p -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    jdbc.sql(OVERVIEW).param("theme", p.theme()).param("region", p.region())
                            .query((rs, n) -> {
                                Ind ind = cat.byCode.get(rs.getString(1));
                                boolean share = ind != null ? ind.share() : rs.getBoolean(7);
                                double v = rs.getDouble(3);
                                double num = rs.getDouble(4);
                                double den = rs.getDouble(5);
                                Double value = share ? (den == 0 ? null : num / den * 100) : rs.getLong(6) > 0 ? v : null;
                                return map.put(rs.getString(1) + "@" + rs.getString(2), value);
                            }).list();
                    return map;
                }, duck::overview));
        q.add(new Question("P19", "breakdown values, distinct cells first (proposal for Q19)",
                "proposed SQL: BREAKDOWN_VALUES",
                r -> Params.of(cat.indicator(r, i -> true).code()),
                p -> {
                    Map<String, List<String>> values = new TreeMap<>();
                    jdbc.sql(BREAKDOWN_VALUES).param(p.indicator()).query((rs, n) ->
                            values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
                    Map<String, Object> map = new LinkedHashMap<>();
                    values.forEach((d, v) -> map.put(d, String.join(",", v)));
                    return map;
                }, duck::breakdownValues));
        return q;
    }

    private static String json(Map<String, String> filter) {
        return new TreeMap<>(filter).entrySet().stream().map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** Sums (value, numerator, denominator, count of values) from column {@code first} → the product's value. */
    static Double value(boolean share, ResultSet r, int first) throws SQLException {
        double v = r.getDouble(first);
        double n = r.getDouble(first + 1);
        double d = r.getDouble(first + 2);
        long counted = r.getLong(first + 3);
        if (share) {
            return d == 0 ? null : n / d * 100;
        }
        return counted > 0 ? v : null;
    }

    /**
     * A series' points in one statement: the least detailed cells inside the filter, summed per period. Ids are
     * looked up in init plans and the cells of the filter passed as an array used as a filter ({@code + 0} keeps it
     * out of the index condition: on PostgreSQL 15 an {@code = ANY} on the key's last column costs one index descent
     * per cell), so the plan is the same whatever the parameters and a generic plan cannot go wrong.
     */
    static final String SERIES = """
            with cells as (
                select o.period_id, b.dims, o.value, o.numerator, o.denominator,
                       min(b.dims) over (partition by o.period_id) as level
                  from observation o join breakdown b on b.id = o.breakdown_id
                 where o.indicator_id = (select id from indicator where code = :indicator)
                   and o.geography_id = (select id from geography where code = :region)
                   and o.breakdown_id + 0 = any (array(select id from breakdown where cell @> :filter::jsonb)))
            select p.code, sum(c.value), sum(c.numerator), sum(c.denominator), count(c.value)
              from cells c join period p on p.id = c.period_id
             where c.dims = c.level
             group by p.code, p.position order by p.position""";

    /** A comparison (every region of a kind and the Netherlands, one period) in one statement. */
    static final String COMPARISON = """
            with ind as (select id from indicator where code = :indicator),
            regions as (select id from geography where kind = :kind),
            chosen as (
                select coalesce((select id from period where code = :period),
                                (select p.id from period p
                                  where exists (select 1 from observation o join geography g on g.id = o.geography_id
                                                 where o.indicator_id = (select id from ind) and o.period_id = p.id
                                                   and g.kind = :kind)
                                  order by p.position desc limit 1)) as id),
            cells as (
                select o.geography_id, b.dims, o.value, o.numerator, o.denominator,
                       min(b.dims) over (partition by o.geography_id) as level
                  from observation o join breakdown b on b.id = o.breakdown_id
                 where o.indicator_id = (select id from ind)
                   and o.period_id = (select id from chosen)
                   and o.geography_id = any (array(select id from regions
                                                   union all select id from geography where code = 'NL01'))
                   and o.breakdown_id + 0 = any (array(select id from breakdown where cell @> :filter::jsonb)))
            select g.code, p.code, sum(c.value), sum(c.numerator), sum(c.denominator), count(c.value)
              from cells c join geography g on g.id = c.geography_id join period p on p.id = (select id from chosen)
             where c.dims = c.level
             group by g.code, p.code""";

    /** Latest and previous value of every indicator of a theme for one region, in one statement. */
    static final String OVERVIEW = """
            with ind as (select id from indicator where :theme = any (themes)),
            cells as (
                select o.indicator_id, o.period_id, b.dims, o.value, o.numerator, o.denominator,
                       min(b.dims) over (partition by o.indicator_id, o.period_id) as level
                  from ind join observation o on o.indicator_id = ind.id
                  join breakdown b on b.id = o.breakdown_id
                 where o.geography_id = (select id from geography where code = :region)),
            sums as (
                select indicator_id, period_id, sum(value) as value, sum(numerator) as numerator,
                       sum(denominator) as denominator, count(value) as counted
                  from cells where dims = level group by indicator_id, period_id),
            ranked as (
                select s.*, p.code, p.position,
                       row_number() over (partition by s.indicator_id order by p.position desc) as n
                  from sums s join period p on p.id = s.period_id)
            select i.code, r.code, r.value, r.numerator, r.denominator, r.counted, i.kind = 'SHARE'
              from ranked r join indicator i on i.id = r.indicator_id
             where r.n <= 2
             order by i.position, r.position""";

    /** breakdownValues with the indicator's distinct cells found in one pass over its rows. */
    static final String BREAKDOWN_VALUES = """
            select distinct e.key, e.value
              from breakdown b cross join jsonb_each_text(b.cell) e
             where b.id in (select distinct o.breakdown_id from observation o
                             where o.indicator_id = (select id from indicator where code = ?))
             order by e.key, e.value""";

    static Params series(String indicator, String region, Map<String, String> filter) {
        return new Params(indicator, region, null, null, filter, null);
    }

    static Params comparison(String indicator, Geography.Kind kind, String period, Map<String, String> filter) {
        return new Params(indicator, null, kind, period, filter, null);
    }

    static Map<String, Object> answer(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    // ------------------------------------------------------------------------------------------ PostgreSQL: the product

    static Map<String, Object> indicators(Monitor monitor) {
        List<Indicator> list = monitor.indicators();
        return answer("indicators", list.stream().map(i -> i.code() + ":" + i.kind() + ":" + String.join("|", i.themes()))
                .collect(Collectors.joining(",")));
    }

    static Map<String, Object> series(Monitor monitor, Params p) {
        Series series = monitor.series(p.indicator(), p.region(), p.filter());
        Map<String, Object> map = new LinkedHashMap<>();
        for (SeriesPoint point : series.points()) {
            map.put(point.period(), point.value());
        }
        return map;
    }

    static Map<String, Object> comparison(Monitor monitor, Params p) {
        Comparison c = monitor.comparison(p.indicator(), p.kind(), p.period(), p.filter());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("period", c.period());
        map.put("national", c.national());
        for (Comparison.Row row : c.rows()) {
            if (row.value() != null) {
                map.put(row.geography().code(), row.value());
            }
        }
        return map;
    }

    /**
     * The product's overview: {@link Monitor#summaries()} (the read model of the national series, issue 14),
     * kept to the theme's indicators.
     */
    static Map<String, Object> overview(Monitor monitor, Params p) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (var summary : monitor.summaries()) {
            if (!summary.indicator().themes().contains(p.theme())) {
                continue;
            }
            for (SeriesPoint point : summary.latest()) {
                map.put(summary.indicator().code() + "@" + point.period(), point.value());
            }
        }
        return map;
    }

    static Map<String, Object> breakdownValues(Monitor monitor, Params p) {
        Map<String, Object> map = new LinkedHashMap<>();
        monitor.breakdownValues(p.indicator()).forEach((d, v) -> map.put(d, String.join(",", v)));
        return map;
    }

    static Map<String, Object> targets(List<Target> targets) {
        Map<String, Object> map = new LinkedHashMap<>();
        int i = 0;
        for (Target t : targets) {
            String cell = new TreeMap<>(t.breakdown()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(";"));
            map.put(String.valueOf(i++), t.region() + "|" + cell + "|" + t.baselinePeriod() + "|" + t.value() + "|"
                    + t.year());
        }
        return map;
    }

    // ------------------------------------------------------------------------------------------ DuckDB: the peer

    /** The same questions as SQL over the raw rows ({@code observation_raw}: codes, breakdown columns, values). */
    static final class DuckQueries {
        private final Connection duck;
        private final Catalogue cat;
        private final Map<String, PreparedStatement> prepared = new HashMap<>();

        DuckQueries(Connection duck, Catalogue cat) {
            this.duck = duck;
            this.cat = cat;
        }

        private PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement s = prepared.get(sql);
            if (s == null) {
                s = duck.prepareStatement(sql);
                prepared.put(sql, s);
            }
            return s;
        }

        private static String filters(Map<String, String> filter) {
            return filter.keySet().stream().sorted().map(d -> " and \"" + d + "\" = ?").collect(Collectors.joining());
        }

        private static int bindFilters(PreparedStatement s, int index, Map<String, String> filter) throws SQLException {
            for (String d : new java.util.TreeSet<>(filter.keySet())) {
                s.setString(index++, filter.get(d));
            }
            return index;
        }

        Map<String, Object> indicators() throws SQLException {
            StringBuilder out = new StringBuilder();
            try (ResultSet r = statement("""
                    select code, kind, array_to_string(themes, '|') from indicator order by position""").executeQuery()) {
                while (r.next()) {
                    if (!out.isEmpty()) {
                        out.append(',');
                    }
                    out.append(r.getString(1)).append(':').append(r.getString(2)).append(':')
                            .append(r.getString(3) == null ? "" : r.getString(3));
                }
            }
            return answer("indicators", out.toString());
        }

        Map<String, Object> series(Params p) throws SQLException {
            PreparedStatement s = statement("""
                    select period, sum(value), sum(numerator), sum(denominator), count(value)
                      from observation_raw
                     where indicator = ? and region = ?%s
                     group by period, dims
                    qualify dims = min(dims) over (partition by period)
                     order by period""".formatted(filters(p.filter())));
            s.setString(1, p.indicator());
            s.setString(2, p.region());
            bindFilters(s, 3, p.filter());
            boolean share = cat.byCode.get(p.indicator()).share();
            Map<String, Object> map = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    map.put(r.getString(1), value(share, r, 2));
                }
            }
            return map;
        }

        Map<String, Object> comparison(Params p) throws SQLException {
            PreparedStatement s = statement("""
                    with chosen as (
                        select coalesce(?, (select max(period) from observation_raw
                                             where indicator = ? and region_kind = ?)) as period)
                    select o.region, o.period, sum(value), sum(numerator), sum(denominator), count(value)
                      from observation_raw o join chosen c on o.period = c.period
                     where o.indicator = ? and (o.region_kind = ? or o.region = 'NL01')%s
                     group by o.region, o.period, o.dims
                    qualify o.dims = min(o.dims) over (partition by o.region)""".formatted(filters(p.filter())));
            s.setString(1, p.period());
            s.setString(2, p.indicator());
            s.setString(3, p.kind().name());
            s.setString(4, p.indicator());
            s.setString(5, p.kind().name());
            bindFilters(s, 6, p.filter());
            boolean share = cat.byCode.get(p.indicator()).share();
            Map<String, Object> rows = new TreeMap<>();
            String period = null;
            Double national = null;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    period = r.getString(2);
                    Double value = value(share, r, 3);
                    if (r.getString(1).equals("NL01")) {
                        national = value;
                    }
                    if (!r.getString(1).equals("NL01") || p.kind() == Geography.Kind.COUNTRY) {
                        if (value != null) {
                            rows.put(r.getString(1), value);
                        }
                    }
                }
            }
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("period", period == null ? p.period() : period);
            map.put("national", national);
            map.putAll(rows);
            return map;
        }

        Map<String, Object> overview(Params p) throws SQLException {
            PreparedStatement s = statement("""
                    with cells as (
                        select o.indicator, o.period, sum(value) v, sum(numerator) n, sum(denominator) d,
                               count(value) c
                          from observation_raw o
                         where o.region = ? and o.indicator in (select code from indicator where list_contains(themes, ?))
                         group by o.indicator, o.period, o.dims
                        qualify o.dims = min(o.dims) over (partition by o.indicator, o.period))
                    select c.indicator, c.period, c.v, c.n, c.d, c.c, i.kind = 'SHARE'
                      from cells c join indicator i on i.code = c.indicator
                    qualify row_number() over (partition by c.indicator order by c.period desc) <= 2
                     order by i.position, c.period""");
            s.setString(1, p.region());
            s.setString(2, p.theme());
            Map<String, Object> map = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    map.put(r.getString(1) + "@" + r.getString(2), value(r.getBoolean(7), r, 3));
                }
            }
            return map;
        }

        Map<String, Object> periods(Params p) throws SQLException {
            PreparedStatement s = statement("select distinct period from observation_raw where indicator = ? order by period");
            s.setString(1, p.indicator());
            List<String> list = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(r.getString(1));
                }
            }
            return answer("periods", String.join(",", list));
        }

        Map<String, Object> latestPeriod(Params p) throws SQLException {
            PreparedStatement s = statement("select max(period) from observation_raw where indicator = ? and region_kind = ?");
            s.setString(1, p.indicator());
            s.setString(2, p.kind().name());
            try (ResultSet r = s.executeQuery()) {
                return answer("latest", r.next() ? r.getString(1) : null);
            }
        }

        Map<String, Object> breakdownValues(Params p) throws SQLException {
            List<String> dims = MonitorDataGenerator.dimensions();
            String columns = dims.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(", "));
            PreparedStatement s = statement("""
                    select distinct k, v from (unpivot (select distinct %s from observation_raw where indicator = ?)
                                               on %s into name k value v)
                     order by k, v""".formatted(columns, columns));
            s.setString(1, p.indicator());
            Map<String, List<String>> values = new TreeMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
            Map<String, Object> map = new LinkedHashMap<>();
            values.forEach((d, v) -> map.put(d, String.join(",", v)));
            return map;
        }

        Map<String, Object> targets(Params p) throws SQLException {
            PreparedStatement s = statement("""
                    select region, breakdown, baseline_period, target_value, target_year from target
                     where indicator = ? order by position""");
            s.setString(1, p.indicator());
            Map<String, Object> map = new LinkedHashMap<>();
            int i = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String cell = r.getString(2).replaceAll("[{}\" ]", "").replace(':', '=').replace(',', ';');
                    Object year = r.getObject(5);
                    map.put(String.valueOf(i++), r.getString(1) + "|" + cell + "|" + r.getString(3) + "|"
                            + r.getDouble(4) + "|" + year);
                }
            }
            return map;
        }
    }

    // ------------------------------------------------------------------------------------------ measuring

    record Timing(String question, String engine, long[] nanos, double otherCpu) {
        double ms(double quantile) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }

        double max() {
            return Arrays.stream(nanos).max().orElse(0) / 1e6;
        }

        double mean() {
            return Arrays.stream(nanos).average().orElse(0) / 1e6;
        }
    }

    record Row(Question question, Timing postgres, Timing duckdb, int compared, int mismatches, String example) {
        double ratio50() {
            return duckdb.ms(0.5) / postgres.ms(0.5);
        }

        double ratio95() {
            return duckdb.ms(0.95) / postgres.ms(0.95);
        }
    }

    /**
     * Warms both engines up, then asks the question of PostgreSQL and DuckDB in turn with the same parameters, so a
     * burst of load from elsewhere on the machine falls on both alike.
     */
    static Timing[] measure(Question q, List<Params> warmup, List<Params> measured,
                            List<Map<String, Object>> pgAnswers, List<Map<String, Object>> duckAnswers, CpuMeter cpu)
            throws Exception {
        for (Params p : warmup) {
            q.postgres().answer(p);
            q.duckdb().answer(p);
        }
        long[] pg = new long[measured.size()];
        long[] duck = new long[measured.size()];
        CpuMeter.Snapshot before = cpu.snapshot();
        for (int i = 0; i < measured.size(); i++) {
            long t0 = System.nanoTime();
            Map<String, Object> a = q.postgres().answer(measured.get(i));
            long t1 = System.nanoTime();
            Map<String, Object> b = q.duckdb().answer(measured.get(i));
            long t2 = System.nanoTime();
            pg[i] = t1 - t0;
            duck[i] = t2 - t1;
            pgAnswers.add(a);
            duckAnswers.add(b);
        }
        double other = cpu.otherPercent(before, cpu.snapshot());
        Timing[] t = {new Timing(q.id(), "postgres", pg, other), new Timing(q.id(), "duckdb", duck, other)};
        for (Timing x : t) {
            log("%s %-9s p50 %8.2f ms  p95 %8.2f ms  max %8.2f ms  (other CPU %3.0f %%)", q.id(), x.engine(),
                    x.ms(0.5), x.ms(0.95), x.max(), other);
        }
        return t;
    }

    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
        }
        return a.equals(b);
    }

    static String difference(Map<String, Object> pg, Map<String, Object> duck) {
        if (!pg.keySet().equals(duck.keySet())) {
            var onlyPg = new java.util.TreeSet<>(pg.keySet());
            onlyPg.removeAll(duck.keySet());
            var onlyDuck = new java.util.TreeSet<>(duck.keySet());
            onlyDuck.removeAll(pg.keySet());
            return "keys only in PostgreSQL " + first(onlyPg) + ", only in DuckDB " + first(onlyDuck);
        }
        for (String key : pg.keySet()) {
            if (!same(pg.get(key), duck.get(key))) {
                return key + ": PostgreSQL " + pg.get(key) + ", DuckDB " + duck.get(key);
            }
        }
        return null;
    }

    private static String first(java.util.Collection<String> keys) {
        return keys.stream().limit(5).collect(Collectors.joining(",", "[", keys.size() > 5 ? ",…]" : "]"));
    }

    // ------------------------------------------------------------------------------------------ main

    public static void main(String[] args) throws Exception {
        Files.createDirectories(BenchSettings.WORK);
        log("starting the application against %s", BenchSettings.URL);
        try (ConfigurableApplicationContext context = BenchSettings.startApplication();
             Connection pg = BenchSettings.connect()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            if (jdbc.sql("select count(*) from target where seed = 'bench'").query(Long.class).single() == 0) {
                log("the monitor loader replaced the targets; adding the benchmark's targets again");
                MonitorDataGenerator.insertTargets(pg);
            }
            BenchReport report = new BenchReport();
            report.dataSet(pg);
            if (!SKIP_QUERIES) {
                if (PROPOSED_INDEX) {
                    long t0 = System.nanoTime();
                    try (Statement s = pg.createStatement()) {
                        s.execute("set maintenance_work_mem = '1GB'");
                        s.execute(PROPOSED_INDEX_SQL);
                    }
                    report.dataSet.put("proposed index (created for this run, dropped after it)",
                            PROPOSED_INDEX_SQL + ": " + MonitorDataGenerator.string(pg,
                                    "select pg_size_pretty(pg_relation_size('observation_indicator_breakdown'))")
                                    + String.format(Locale.ROOT, ", built in %.0f s", (System.nanoTime() - t0) / 1e9));
                    log("created %s", PROPOSED_INDEX_SQL);
                }
                try {
                    report.rows = queries(context, pg);
                    report.explain = BenchReport.explain(pg);
                } finally {
                    if (PROPOSED_INDEX) {
                        try (Statement s = pg.createStatement()) {
                            s.execute("drop index if exists observation_indicator_breakdown");
                        }
                    }
                }
            }
            if (IMPORT_CELLS > 0) {
                report.imports = ObservationWriterBenchmark.run(context, IMPORT_CELLS, IMPORT_ROUNDS,
                        BenchSettings::log);
            }
            report.write();
        }
        System.exit(0);
    }

    static List<Row> queries(ConfigurableApplicationContext context, Connection pg) throws Exception {
        Monitor monitor = context.getBean(Monitor.class);
        Catalogue cat = new Catalogue(pg);
        CpuMeter cpu = new CpuMeter(Long.getLong("bench.pg.postmaster", 0));
        try (Statement s = pg.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("create extension if not exists pg_prewarm");
            try (ResultSet r = s.executeQuery("""
                    select sum(pg_prewarm(c.oid::regclass, 'read'))
                      from pg_class c where c.relname in ('observation', 'observation_pkey', 'observation_comparison',
                                                          'breakdown', 'geography', 'period', 'indicator', 'target',
                                                          'import_job', 'import_job_pkey')""")) {
                r.next();
                log("PostgreSQL: read %,d blocks of observation and its indexes into the OS page cache in %.0f s",
                        r.getLong(1), (System.nanoTime() - t0) / 1e9);
            }
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + BenchSettings.DUCKDB.toAbsolutePath(),
                duckProperties())) {
            try (Statement s = duck.createStatement()) {
                long t0 = System.nanoTime();
                try (ResultSet r = s.executeQuery("""
                        select count(*), sum(value), sum(numerator), sum(denominator), count(distinct indicator),
                               count(distinct region), count(distinct period), max(geslacht), max(niveau), max(sector),
                               max(leeftijd), max(opleidingsvorm), max(region_kind), sum(dims)
                          from observation_raw""")) {
                    r.next();
                    log("DuckDB: read all %,d rows into its buffer pool in %.0f s", r.getLong(1),
                            (System.nanoTime() - t0) / 1e9);
                }
            }
            DuckQueries duckQueries = new DuckQueries(duck, cat);
            List<Row> rows = new ArrayList<>();
            List<Question> all = new ArrayList<>(questions(cat, monitor, duckQueries));
            all.addAll(proposals(cat, context.getBean(JdbcClient.class), duckQueries));
            String only = System.getProperty("bench.only", "");
            if (!only.isBlank()) {
                // a re-measurement of some questions only (-Dbench.only=Q16,P16)
                all.removeIf(q -> !List.of(only.split(",")).contains(q.id()));
            }
            for (Question q : all) {
                Random random = new Random(q.id().replace("P", "Q").hashCode());
                List<Params> warmup = new ArrayList<>();
                List<Params> measured = new ArrayList<>();
                for (int i = 0; i < WARMUP; i++) {
                    warmup.add(q.params().apply(random));
                }
                for (int i = 0; i < REPS; i++) {
                    measured.add(q.params().apply(random));
                }
                List<Map<String, Object>> pgAnswers = new ArrayList<>();
                List<Map<String, Object>> duckAnswers = new ArrayList<>();
                Timing[] t = measure(q, warmup, measured, pgAnswers, duckAnswers, cpu);
                Timing tp = t[0];
                Timing td = t[1];
                int mismatches = 0;
                String example = null;
                for (int i = 0; i < measured.size(); i++) {
                    String diff = difference(pgAnswers.get(i), duckAnswers.get(i));
                    if (diff != null) {
                        if (mismatches++ < 3) {
                            log("%s MISMATCH for %s: %s", q.id(), measured.get(i), diff);
                        }
                    }
                }
                if (!measured.isEmpty()) {
                    Map<String, Object> a = pgAnswers.get(0);
                    example = measured.get(0) + " → " + a.size() + " values";
                }
                log("%s answers compared: %d, different: %d; DuckDB/PostgreSQL p50 %.1f×, p95 %.1f×", q.id(),
                        measured.size(), mismatches, td.ms(0.5) / tp.ms(0.5), td.ms(0.95) / tp.ms(0.95));
                rows.add(new Row(q, tp, td, measured.size(), mismatches, example));
            }
            return rows;
        }
    }

    static java.util.Properties duckProperties() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        p.setProperty("threads", String.valueOf(Runtime.getRuntime().availableProcessors()));
        return p;
    }

    // ------------------------------------------------------------------------------------------ CPU of others

    /** CPU used on the machine by processes other than this JVM and the benchmark's PostgreSQL, from /proc. */
    static final class CpuMeter {
        private final long postmaster;
        private final long self = ProcessHandle.current().pid();
        private static final double HZ = 100;

        CpuMeter(long postmaster) {
            this.postmaster = postmaster;
        }

        record Snapshot(long nanos, long machineBusy, long mine) {
        }

        Snapshot snapshot() {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long busy = 0;
                for (int i = 1; i < cpu.length; i++) {
                    if (i != 4 && i != 5) { // idle, iowait
                        busy += Long.parseLong(cpu[i]);
                    }
                }
                long mine = ticks(self);
                if (postmaster > 0) {
                    mine += ticks(postmaster);
                    try (var children = ProcessHandle.of(postmaster).map(ProcessHandle::children)
                            .orElse(java.util.stream.Stream.empty())) {
                        for (ProcessHandle child : children.toList()) {
                            mine += ticks(child.pid());
                        }
                    }
                }
                return new Snapshot(System.nanoTime(), busy, mine);
            } catch (Exception e) {
                return new Snapshot(System.nanoTime(), 0, 0);
            }
        }

        private static long ticks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (Exception e) {
                return 0;
            }
        }

        /** Percent of one core. Backends that ended in between are missed: close enough for a warning. */
        double otherPercent(Snapshot a, Snapshot b) {
            double seconds = (b.nanos() - a.nanos()) / 1e9;
            if (seconds <= 0 || a.machineBusy() == 0) {
                return Double.NaN;
            }
            double other = ((b.machineBusy() - a.machineBusy()) - (b.mine() - a.mine())) / HZ;
            return Math.max(0, 100 * other / seconds);
        }
    }

    static String fmt(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : value >= 10
                ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
