package nl.techniekpact.monitor;

import nl.techniekpact.shared.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.techniekpact.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitor's questions: indicators, geographies, series, regional comparisons, targets and analyses.
 *
 * <p>Every answer sums stored cells: a breakdown the question does not name is summed over. Where a source
 * stored cells at more than one level of detail for the same period (a national total beside cells per
 * gender), the least detailed cells that answer the question are used, so nothing is counted twice.
 */
@Service
@Transactional(readOnly = true)
public class Monitor {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json = Json.MAPPER;

    Monitor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Indicator> indicators() {
        return jdbc.sql(INDICATOR_SELECT + " order by i.position").query((rs, n) -> indicator(rs, n)).list();
    }

    public Optional<Indicator> indicator(String code) {
        return jdbc.sql(INDICATOR_SELECT + " where i.code = ?").param(code).query((rs, n) -> indicator(rs, n)).optional();
    }

    /** Indicators linked to an action, goal or theme. */
    public List<Indicator> indicatorsOf(String itemId) {
        return jdbc.sql(INDICATOR_SELECT + " where exists (select 1 from indicator_link l where l.indicator_id = i.id"
                + " and l.item_id = ?) order by i.position").param(itemId).query((rs, n) -> indicator(rs, n)).list();
    }

    private static final String INDICATOR_SELECT = """
            select i.code, i.name_nl, i.name_en, i.definition_nl, i.definition_en, i.kind, i.unit, i.direction,
                   i.source, i.breakdowns, i.themes, i.notes::text,
                   array(select l.item_id from indicator_link l where l.indicator_id = i.id order by l.item_id) links
              from indicator i""";

    private Indicator indicator(ResultSet rs, int row) throws SQLException {
        return new Indicator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Indicator.Kind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8) == null ? null : Indicator.Direction.valueOf(rs.getString(8)),
                rs.getString(9), strings(rs.getArray(10)), strings(rs.getArray(11)), strings(rs.getArray(13)),
                json.readValue(rs.getString(12), STRINGS));
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    public Optional<Geography> geography(String code) {
        return jdbc.sql("select code, kind, name from geography where code = ?").param(code)
                .query((rs, n) -> new Geography(rs.getString(1), Geography.Kind.valueOf(rs.getString(2)),
                        rs.getString(3))).optional();
    }

    public List<Geography> geographies(Geography.Kind kind) {
        return jdbc.sql("select code, kind, name from geography where kind = ? order by code").param(kind.name())
                .query((rs, n) -> new Geography(rs.getString(1), Geography.Kind.valueOf(rs.getString(2)),
                        rs.getString(3))).list();
    }

    /** Periods with figures for the indicator, oldest first. */
    public List<String> periods(String indicatorCode) {
        return jdbc.sql("""
                select p.code from period p where exists (select 1 from observation o join indicator i
                    on i.id = o.indicator_id where i.code = ? and o.period_id = p.id) order by p.position""")
                .param(indicatorCode).query(String.class).list();
    }

    /** Kinds of geography with figures for the indicator. */
    public List<Geography.Kind> geographyKinds(String indicatorCode) {
        return jdbc.sql("""
                select distinct g.kind from observation o join indicator i on i.id = o.indicator_id
                  join geography g on g.id = o.geography_id where i.code = ?""").param(indicatorCode)
                .query(String.class).list().stream().map(Geography.Kind::valueOf).sorted().toList();
    }

    /**
     * The two newest values of every indicator of a theme (null: every indicator) for a region, all breakdowns
     * summed, in one statement: the overview's question. Code → up to two points, oldest first.
     */
    public Map<String, List<SeriesPoint>> latestValues(String regionCode, String theme) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        indicators().forEach(i -> indicators.put(i.code(), i));
        Map<String, List<SeriesPoint>> latest = new LinkedHashMap<>();
        jdbc.sql("""
                with chosen as (select id from indicator where cast(:theme as text) is null or :theme = any (themes)),
                cells as (
                    select o.indicator_id, o.period_id, b.dims, o.value, o.numerator, o.denominator,
                           o.suppressed_cells, min(b.dims) over (partition by o.indicator_id, o.period_id) as level
                      from chosen join observation o on o.indicator_id = chosen.id
                      join breakdown b on b.id = o.breakdown_id
                     where o.geography_id = (select id from geography where code = :region)),
                sums as (
                    select indicator_id, period_id, sum(value) as value, sum(numerator) as numerator,
                           sum(denominator) as denominator, count(value) as counted,
                           count(numerator) as shares, count(*) as cells, sum(suppressed_cells) as suppressed
                      from cells where dims = level group by indicator_id, period_id),
                ranked as (
                    select s.*, p.code, p.kind, p.position,
                           row_number() over (partition by s.indicator_id order by p.position desc) as n
                      from sums s join period p on p.id = s.period_id)
                select i.code, r.code, r.kind, r.position, r.value, r.numerator, r.denominator, r.counted,
                       r.shares, r.cells, r.suppressed
                  from ranked r join indicator i on i.id = r.indicator_id
                 where r.n <= 2 order by i.position, r.position""").param("region", regionCode).param("theme", theme)
                .query((rs, n) -> {
                    Indicator indicator = indicators.get(rs.getString(1));
                    long cells = rs.getLong(10);
                    Double value;
                    Double numerator = null;
                    Double denominator = null;
                    if (indicator.isShare() && rs.getLong(9) == cells) {
                        numerator = rs.getDouble(6);
                        denominator = rs.getDouble(7);
                        value = denominator == 0 ? null : indicator.shareValue(numerator, denominator);
                    } else if (indicator.isShare()) {
                        value = cells == 1 ? (Double) rs.getObject(5) : null;
                    } else {
                        value = rs.getLong(8) > 0 ? rs.getDouble(5) : null;
                    }
                    return latest.computeIfAbsent(indicator.code(), k -> new ArrayList<>()).add(new SeriesPoint(
                            rs.getString(2), Period.Kind.valueOf(rs.getString(3)), rs.getDouble(4), value, numerator,
                            denominator, rs.getInt(11), true, List.of()));
                }).list();
        return latest;
    }

    /** Every breakdown value stored for the indicator, per dimension. */
    public Map<String, List<String>> breakdownValues(String indicatorCode) {
        Map<String, List<String>> values = new TreeMap<>();
        jdbc.sql("""
                select distinct e.key, e.value from breakdown b cross join jsonb_each_text(b.cell) e
                 where exists (select 1 from observation o join indicator i on i.id = o.indicator_id
                               where i.code = ? and o.breakdown_id = b.id)
                 order by e.key, e.value""").param(indicatorCode)
                .query((rs, n) -> values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return values;
    }

    public List<Target> targets(String indicatorCode) {
        return jdbc.sql("""
                select i.code, g.code, b.cell::text, p.code, t.baseline_value, t.target_value, t.target_year, t.seed,
                       t.item_id, t.quote, t.notes::text
                  from target t join indicator i on i.id = t.indicator_id join geography g on g.id = t.geography_id
                  join breakdown b on b.id = t.breakdown_id left join period p on p.id = t.baseline_period_id
                 where i.code = ? order by t.position""").param(indicatorCode)
                .query((rs, n) -> new Target(rs.getString(1), rs.getString(2),
                        json.readValue(rs.getString(3), new TypeReference<Map<String, String>>() {
                        }), rs.getString(4), (Double) rs.getObject(5), (Double) rs.getObject(6), (Integer) rs.getObject(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), json.readValue(rs.getString(11), STRINGS)))
                .list();
    }

    /**
     * The series of an indicator for a region, summed over every breakdown {@code filter} does not name.
     *
     * @throws InvalidInput for an unknown indicator, region or breakdown dimension
     */
    public Series series(String indicatorCode, String regionCode, Map<String, String> filter) {
        Indicator indicator = indicator(indicatorCode)
                .orElseThrow(() -> InvalidInput.of("indicator", "monitor.error.unknown-indicator"));
        Geography geography = geography(regionCode)
                .orElseThrow(() -> InvalidInput.of("region", "monitor.error.unknown-region"));
        checkFilter(indicator, filter);
        List<CellRow> rows = jdbc.sql("""
                select p.code, p.kind, p.position, b.dims, o.value, o.numerator, o.denominator, o.suppressed_cells,
                       o.derived, o.import_id
                  from observation o join period p on p.id = o.period_id join breakdown b on b.id = o.breakdown_id
                 where o.indicator_id = (select id from indicator where code = :indicator)
                   and o.geography_id = (select id from geography where code = :region)
                   and b.cell @> :filter::jsonb""")
                .param("indicator", indicatorCode).param("region", regionCode)
                .param("filter", json.writeValueAsString(filter))
                .query((rs, n) -> new CellRow(rs.getString(1), Period.Kind.valueOf(rs.getString(2)), rs.getDouble(3),
                        rs.getInt(4), (Double) rs.getObject(5), (Double) rs.getObject(6), (Double) rs.getObject(7),
                        rs.getInt(8), rs.getBoolean(9), rs.getLong(10)))
                .list();
        Map<String, List<CellRow>> byPeriod = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparingDouble(CellRow::position))
                .forEach(r -> byPeriod.computeIfAbsent(r.period(), k -> new ArrayList<>()).add(r));
        Map<Long, Provenance> provenance = provenance(rows.stream().map(CellRow::importId).distinct().toList());
        List<SeriesPoint> points = byPeriod.values().stream().map(cells -> point(indicator, cells, provenance)).toList();
        List<Target> targets = targets(indicatorCode).stream()
                .filter(t -> t.region().equals(regionCode) && t.breakdown().equals(filter)).toList();
        return new Series(indicator, geography, Map.copyOf(filter), points, targets,
                Analyses.analyse(indicator, points, targets));
    }

    /**
     * The analysis of every target of an indicator, each on the series of its own region and breakdown cell.
     */
    public List<Analysis> targetAnalyses(String indicatorCode) {
        return targets(indicatorCode).stream()
                .map(t -> series(indicatorCode, t.region(), t.breakdown()).analysis())
                .toList();
    }

    /** The colour an indicator's targets suggest together: the worst known colour among them. */
    public nl.techniekpact.shared.StatusColour suggestedColour(String indicatorCode) {
        return Analysis.worst(targetAnalyses(indicatorCode).stream().map(Analysis::suggested).toList());
    }

    /** One indicator in one period for every region of {@code kind}, highest value first. */
    public Comparison comparison(String indicatorCode, Geography.Kind kind, String period, Map<String, String> filter) {
        Indicator indicator = indicator(indicatorCode)
                .orElseThrow(() -> InvalidInput.of("indicator", "monitor.error.unknown-indicator"));
        checkFilter(indicator, filter);
        String chosen = period != null ? period : latestPeriod(indicatorCode, kind).orElse(null);
        Map<String, List<CellRow>> byRegion = chosen == null ? Map.of() : cellsOfKind(indicatorCode, kind, chosen, filter);
        List<Comparison.Row> result = new ArrayList<>();
        for (Geography geography : geographies(kind)) {
            List<CellRow> cells = byRegion.get(geography.code());
            if (cells == null) {
                result.add(new Comparison.Row(geography, null, null, null, 0));
                continue;
            }
            SeriesPoint p = point(indicator, cells, Map.of());
            result.add(new Comparison.Row(geography, p.value(), p.numerator(), p.denominator(), p.suppressedCells()));
        }
        result.sort(Comparator.comparing((Comparison.Row r) -> r.value() == null)
                .thenComparing(r -> r.value() == null ? 0 : -r.value())
                .thenComparing(r -> r.geography().code()));
        Double national = null;
        if (chosen != null) {
            List<CellRow> country = cellsOfKind(indicatorCode, Geography.Kind.COUNTRY, chosen, filter).get("NL01");
            national = country == null ? null : point(indicator, country, Map.of()).value();
        }
        return new Comparison(indicator, kind, chosen, Map.copyOf(filter), result, national);
    }

    /** The stored cells of one indicator and period for every region of a kind, by region code. */
    private Map<String, List<CellRow>> cellsOfKind(String indicatorCode, Geography.Kind kind, String period,
                                                   Map<String, String> filter) {
        Map<String, List<CellRow>> byRegion = new TreeMap<>();
        jdbc.sql("""
                select g.code, b.dims, o.value, o.numerator, o.denominator, o.suppressed_cells
                  from observation o join geography g on g.id = o.geography_id
                  join breakdown b on b.id = o.breakdown_id
                 where o.indicator_id = (select id from indicator where code = :indicator)
                   and o.period_id = (select id from period where code = :period)
                   and g.kind = :kind and b.cell @> :filter::jsonb""")
                .param("indicator", indicatorCode).param("period", period).param("kind", kind.name())
                .param("filter", json.writeValueAsString(filter))
                .query((rs, n) -> byRegion.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new CellRow(period, null, 0, rs.getInt(2), (Double) rs.getObject(3),
                                (Double) rs.getObject(4), (Double) rs.getObject(5), rs.getInt(6), true, 0)))
                .list();
        return byRegion;
    }

    /** The newest period with figures for regions of {@code kind}. */
    public Optional<String> latestPeriod(String indicatorCode, Geography.Kind kind) {
        return jdbc.sql("""
                select p.code from period p where exists (
                    select 1 from observation o join geography g on g.id = o.geography_id
                     where o.indicator_id = (select id from indicator where code = ?) and o.period_id = p.id
                       and g.kind = ?) order by p.position desc limit 1""")
                .params(indicatorCode, kind.name()).query(String.class).optional();
    }

    private static void checkFilter(Indicator indicator, Map<String, String> filter) {
        for (String dimension : filter.keySet()) {
            if (!indicator.breakdowns().contains(dimension)) {
                throw InvalidInput.of(dimension, "monitor.error.unknown-breakdown");
            }
        }
    }

    private Map<Long, Provenance> provenance(List<Long> importIds) {
        if (importIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Provenance> byId = new LinkedHashMap<>();
        jdbc.sql("""
                select id, format, dataset, source_organisation, file_name, retrieved_on, provisional
                  from import_job where id in (:ids) order by id""").param("ids", importIds)
                .query((rs, n) -> byId.put(rs.getLong(1), new Provenance(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, java.time.LocalDate.class), rs.getBoolean(7))))
                .list();
        return byId;
    }

    /** A stored cell as the queries read it. */
    private record CellRow(String period, Period.Kind kind, double position, int dims, Double value, Double numerator,
                           Double denominator, int suppressed, boolean derived, long importId) {
    }

    /** Sums the least detailed cells of one period. */
    private static SeriesPoint point(Indicator indicator, List<CellRow> cells, Map<Long, Provenance> provenance) {
        int level = cells.stream().mapToInt(CellRow::dims).min().orElse(0);
        List<CellRow> used = cells.stream().filter(c -> c.dims() == level).toList();
        CellRow first = used.getFirst();
        int suppressed = used.stream().mapToInt(CellRow::suppressed).sum();
        boolean derived = used.stream().anyMatch(CellRow::derived);
        List<Provenance> sources = used.stream().map(CellRow::importId).distinct().map(provenance::get)
                .filter(java.util.Objects::nonNull).toList();
        boolean shares = used.stream().allMatch(c -> c.numerator() != null && c.denominator() != null);
        if (indicator.isShare() && shares) {
            double numerator = used.stream().mapToDouble(CellRow::numerator).sum();
            double denominator = used.stream().mapToDouble(CellRow::denominator).sum();
            Double value = denominator == 0 ? null : indicator.shareValue(numerator, denominator);
            return new SeriesPoint(first.period(), first.kind(), first.position(), value, numerator, denominator,
                    suppressed, derived, sources);
        }
        if (indicator.isShare()) {
            // A share stated without numerator and denominator (a seed's percentage) cannot be summed.
            Double value = used.size() == 1 ? used.getFirst().value() : null;
            return new SeriesPoint(first.period(), first.kind(), first.position(), value, null, null, suppressed,
                    derived, sources);
        }
        boolean any = used.stream().anyMatch(c -> c.value() != null);
        Double value = any ? used.stream().filter(c -> c.value() != null).mapToDouble(CellRow::value).sum() : null;
        return new SeriesPoint(first.period(), first.kind(), first.position(), value, null, null, suppressed, derived,
                sources);
    }
}
