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
import java.util.Set;
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

    /** The name of every geography, by code: for pages that name many regions at once. */
    public Map<String, String> geographyNames() {
        Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql("select code, name from geography").query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
                .list();
        return names;
    }

    public List<Geography> geographies(Geography.Kind kind) {
        return jdbc.sql("select code, kind, name from geography where kind = ? order by code").param(kind.name())
                .query((rs, n) -> new Geography(rs.getString(1), Geography.Kind.valueOf(rs.getString(2)),
                        rs.getString(3))).list();
    }

    /** Periods with figures for the indicator, oldest first (from the read model). */
    public List<String> periods(String indicatorCode) {
        return jdbc.sql("select s.periods from monitor_indicator_summary s join indicator i on i.id = s.indicator_id"
                + " where i.code = ?").param(indicatorCode).query((rs, n) -> strings(rs.getArray(1))).optional()
                .orElse(List.of());
    }

    /** Kinds of geography with figures for the indicator (from the read model). */
    public List<Geography.Kind> geographyKinds(String indicatorCode) {
        return jdbc.sql("select s.geography_kinds from monitor_indicator_summary s join indicator i"
                + " on i.id = s.indicator_id where i.code = ?").param(indicatorCode)
                .query((rs, n) -> strings(rs.getArray(1))).optional().orElse(List.of()).stream()
                .map(Geography.Kind::valueOf).sorted().toList();
    }

    /**
     * The indicators with figures for this kind of geography, in the order of {@link #indicators()}: one read of
     * the read model, not one per indicator.
     */
    public List<Indicator> indicatorsWithFigures(Geography.Kind kind) {
        Set<String> codes = new java.util.HashSet<>(jdbc.sql("select i.code from monitor_indicator_summary s"
                + " join indicator i on i.id = s.indicator_id where ? = any(s.geography_kinds)")
                .param(kind.name()).query(String.class).list());
        return indicators().stream().filter(i -> codes.contains(i.code())).toList();
    }

    /** Every breakdown value stored for the indicator, per dimension (from the read model). */
    public Map<String, List<String>> breakdownValues(String indicatorCode) {
        return jdbc.sql("select s.breakdown_values::text from monitor_indicator_summary s join indicator i"
                + " on i.id = s.indicator_id where i.code = ?").param(indicatorCode)
                .query((rs, n) -> json.readValue(rs.getString(1), BREAKDOWN_VALUES)).optional()
                .map(values -> (Map<String, List<String>>) new TreeMap<>(values)).orElse(Map.of());
    }

    /**
     * Every indicator with its two newest national points and the colour its targets suggest, in the overview's
     * order: one read of the read model, whatever the number of cells behind it.
     */
    public List<IndicatorSummary> summaries() {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        indicators().forEach(i -> indicators.put(i.code(), i));
        Map<String, List<Target>> targets = new LinkedHashMap<>();
        targetsOf(null).forEach(t -> targets.computeIfAbsent(t.indicator(), k -> new ArrayList<>()).add(t));
        Map<String, IndicatorSummary> summaries = new LinkedHashMap<>();
        jdbc.sql("select i.code, s.latest::text, s.suggested from monitor_indicator_summary s join indicator i"
                        + " on i.id = s.indicator_id")
                .query((rs, n) -> summaries.put(rs.getString(1), new IndicatorSummary(indicators.get(rs.getString(1)),
                        json.readValue(rs.getString(2), POINTS),
                        nl.techniekpact.shared.StatusColour.valueOf(rs.getString(3)),
                        targets.getOrDefault(rs.getString(1), List.of()))))
                .list();
        return indicators.values().stream().map(i -> summaries.getOrDefault(i.code(), new IndicatorSummary(i,
                List.of(), nl.techniekpact.shared.StatusColour.UNKNOWN, targets.getOrDefault(i.code(), List.of()))))
                .toList();
    }

    private static final TypeReference<Map<String, List<String>>> BREAKDOWN_VALUES = new TypeReference<>() {
    };
    private static final TypeReference<List<SeriesPoint>> POINTS = new TypeReference<>() {
    };

    public List<Target> targets(String indicatorCode) {
        return targetsOf(indicatorCode);
    }

    /** The targets of one indicator, or (null) of every indicator, in the seeds' order. */
    private List<Target> targetsOf(String indicatorCode) {
        return jdbc.sql("""
                select i.code, g.code, b.cell::text, p.code, t.baseline_value, t.target_value, t.target_year, t.seed,
                       t.item_id, t.quote, t.notes::text
                  from target t join indicator i on i.id = t.indicator_id join geography g on g.id = t.geography_id
                  join breakdown b on b.id = t.breakdown_id left join period p on p.id = t.baseline_period_id
                 where cast(:code as text) is null or i.code = :code order by t.position""").param("code", indicatorCode)
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

    /** The colour an indicator's targets suggest together: the worst known colour among them (read model). */
    public nl.techniekpact.shared.StatusColour suggestedColour(String indicatorCode) {
        return jdbc.sql("select s.suggested from monitor_indicator_summary s join indicator i on i.id = s.indicator_id"
                + " where i.code = ?").param(indicatorCode).query(String.class).optional()
                .map(nl.techniekpact.shared.StatusColour::valueOf).orElse(nl.techniekpact.shared.StatusColour.UNKNOWN);
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
