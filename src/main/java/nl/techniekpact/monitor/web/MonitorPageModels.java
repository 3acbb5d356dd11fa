package nl.techniekpact.monitor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.monitor.Analysis;
import nl.techniekpact.monitor.Comparison;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.Indicator;
import nl.techniekpact.monitor.IndicatorSummary;
import nl.techniekpact.monitor.Monitor;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.monitor.OpenDataBundle;
import nl.techniekpact.monitor.Provenance;
import nl.techniekpact.monitor.SeedFigures;
import nl.techniekpact.monitor.Series;
import nl.techniekpact.monitor.SeriesPoint;
import nl.techniekpact.monitor.Target;
import nl.techniekpact.shared.StatusColour;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the monitor's pages show, written out for people: numbers in the reader's language, targets in words,
 * sources with their licence, the filter form. The controller binds the request and asks; the rules live in the
 * monitor module ({@link Monitor}, {@link nl.techniekpact.monitor.MonitorOverview}); this class only formats.
 */
@Component
class MonitorPageModels {

    static final List<Geography.Kind> COMPARABLE = List.of(Geography.Kind.PROVINCE,
            Geography.Kind.LABOUR_MARKET_REGION, Geography.Kind.CBS_LANDSDEEL, Geography.Kind.TP_LANDSDEEL,
            Geography.Kind.COROP, Geography.Kind.MUNICIPALITY, Geography.Kind.RMC_REGION, Geography.Kind.SWV_VO,
            Geography.Kind.SWV_PO);

    private final Monitor monitor;
    private final MessageSource messages;
    private final SeedFigures seedFigures;
    private final MonitorImports imports;
    private final OpenDataBundle bundle;

    MonitorPageModels(Monitor monitor, MessageSource messages, SeedFigures seedFigures, MonitorImports imports,
                      OpenDataBundle bundle) {
        this.monitor = monitor;
        this.messages = messages;
        this.seedFigures = seedFigures;
        this.imports = imports;
        this.bundle = bundle;
    }

    /** One indicator's line in the overview. */
    record OverviewRow(Indicator indicator, String name, String latestPeriod, String latest, String previousPeriod,
                       String change, String target, StatusColour suggested) {
    }

    /** The overview's lines, per theme. */
    Map<String, List<OverviewRow>> overviewRows(Map<String, List<IndicatorSummary>> byTheme, Locale locale) {
        Map<String, String> names = monitor.geographyNames();
        Map<String, List<OverviewRow>> rows = new LinkedHashMap<>();
        byTheme.forEach((theme, summaries) -> rows.put(theme, summaries.stream()
                .map(s -> overviewRow(s, names, locale)).toList()));
        return rows;
    }

    private OverviewRow overviewRow(IndicatorSummary summary, Map<String, String> regionNames, Locale locale) {
        Indicator indicator = summary.indicator();
        SeriesPoint latest = summary.newest();
        SeriesPoint previous = summary.previous();
        List<Target> targets = summary.targets();
        String target = targets.isEmpty() ? null : targetText(targets.getFirst(), indicator,
                regionNames.getOrDefault(targets.getFirst().region(), targets.getFirst().region()), locale)
                + (targets.size() > 1 ? " (+" + (targets.size() - 1) + ")" : "");
        return new OverviewRow(indicator, indicator.name(locale), latest == null ? null : latest.period(),
                latest == null ? null : MonitorNumbers.value(latest.value(), indicator, locale),
                previous == null ? null : previous.period(),
                previous == null ? null : MonitorNumbers.change(latest.value() - previous.value(), indicator, locale),
                target, summary.suggested());
    }

    String targetText(Target target, Indicator indicator, Locale locale) {
        return targetText(target, indicator, monitor.geography(target.region()).map(Geography::name)
                .orElse(target.region()), locale);
    }

    /** A target in words: value, year, region and breakdown cell. */
    private String targetText(Target target, Indicator indicator, String region, Locale locale) {
        String cell = target.breakdown().isEmpty() ? "" : " (" + nl.techniekpact.monitor.Breakdown.inWords(target.breakdown()) + ")";
        String year = target.year() == null ? "" : " " + messages.getMessage("monitor.target.in", new Object[] {
                String.valueOf(target.year())}, locale);
        String value = target.value() == null ? messages.getMessage("monitor.target.noValue", null, locale)
                : MonitorNumbers.value(target.value(), indicator, locale);
        return value + year + " — " + region + cell;
    }

    /** Where the figures of a series come from: the import, and the bundled dataset with its licence if any. */
    record SourceRow(String organisation, String file, String dataset, String credit, String licence,
                     String licenceUrl, String folder, boolean seed) {
    }

    List<SourceRow> sources(Series series, Locale locale) {
        Map<Long, Provenance> byImport = new LinkedHashMap<>();
        series.points().forEach(p -> p.provenance().forEach(s -> byImport.putIfAbsent(s.importId(), s)));
        List<SourceRow> rows = new ArrayList<>();
        for (var provenance : byImport.values()) {
            var dataset = imports.job(provenance.importId()).flatMap(job -> bundle.datasetOfImport(job.sha256()));
            rows.add(new SourceRow(provenance.organisation(), provenance.file(),
                    dataset.map(d -> d.title(locale.getLanguage())).orElse(null),
                    dataset.map(OpenDataBundle.Dataset::credit).orElse(null),
                    dataset.map(OpenDataBundle.Dataset::licence).orElse(null),
                    dataset.map(OpenDataBundle.Dataset::licenceUrl).orElse(null),
                    dataset.map(OpenDataBundle.Dataset::folder).orElse(null),
                    "seed".equals(provenance.format())));
        }
        return rows;
    }

    /** One row of the series table. */
    record SeriesRow(String period, String value, String numerator, String denominator, int suppressedCells,
                     boolean derived, String sources) {
    }

    List<SeriesRow> seriesRows(Series series, Locale locale) {
        Indicator indicator = series.indicator();
        return series.points().stream().map(p -> new SeriesRow(p.period(),
                MonitorNumbers.value(p.value(), indicator, locale), MonitorNumbers.count(p.numerator(), locale),
                MonitorNumbers.count(p.denominator(), locale), p.suppressedCells(), p.derived(),
                String.join("; ", p.provenance().stream().map(s -> s.organisation() + ", " + s.file()).toList())))
                .toList();
    }

    /** A breakdown dimension with its values, for the filter form. */
    record Dimension(String name, List<String> values, String selected) {
    }

    List<Map<String, Object>> seedFigureRows(String code, Locale locale) {
        return seedFigures.of(code).stream().map(f -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("period", f.period());
            row.put("region", f.region());
            row.put("breakdown", f.breakdown().isEmpty() ? "—" : nl.techniekpact.monitor.Breakdown.inWords(f.breakdown()));
            row.put("value", f.value() != null ? MonitorNumbers.count(f.value(), locale)
                    : MonitorNumbers.count(f.numerator(), locale) + " / " + MonitorNumbers.count(f.denominator(), locale));
            row.put("seed", f.seed());
            row.put("table", f.table());
            row.put("quote", f.quote());
            row.put("notes", f.notes());
            return row;
        }).toList();
    }

    List<Map<String, Object>> targetRows(Indicator indicator, Locale locale) {
        return monitor.targets(indicator.code()).stream().map(t -> Map.<String, Object>of("text",
                targetText(t, indicator, locale), "target", t)).toList();
    }

    /** The analysis with its numbers written out for the page. */
    record AnalysisView(Analysis analysis, String target, String latest, String progress, String required,
                        String achieved, String projected) {
    }

    AnalysisView analysisView(Analysis a, Indicator indicator, Locale locale) {
        return new AnalysisView(a, a.target() == null ? null : targetText(a.target(), indicator, locale),
                a.latest() == null ? null : MonitorNumbers.value(a.latest().value(), indicator, locale)
                        + " (" + nl.techniekpact.monitor.Period.inWords(a.latest().period(), locale) + ")",
                a.progress() == null ? null : MonitorNumbers.decimal(a.progress() * 100, 0, locale) + " %",
                MonitorNumbers.change(a.requiredPerYear(), indicator, locale),
                MonitorNumbers.change(a.achievedPerYear(), indicator, locale),
                a.projectedYear() == null ? null : String.valueOf(a.projectedYear().intValue()));
    }

    /** The regions the indicator page offers: the Netherlands, then the kinds with figures, biggest first. */
    List<Geography> regionOptions(String code) {
        List<Geography> options = new ArrayList<>();
        monitor.geography("NL01").ifPresent(options::add);
        List<Geography.Kind> kinds = monitor.geographyKinds(code);
        for (Geography.Kind kind : List.of(Geography.Kind.CBS_LANDSDEEL, Geography.Kind.TP_LANDSDEEL,
                Geography.Kind.PROVINCE, Geography.Kind.LABOUR_MARKET_REGION)) {
            if (kinds.contains(kind)) {
                options.addAll(monitor.geographies(kind));
            }
        }
        return options;
    }

    /** The kinds of region the comparison (or, for {@code map}, the map) of an indicator can show. */
    List<Geography.Kind> comparableKinds(String code, boolean map) {
        return monitor.geographyKinds(code).stream().filter(COMPARABLE::contains)
                .filter(k -> !map || MonitorCharts.MAP_KINDS.contains(k)).toList();
    }

    List<Dimension> dimensions(Indicator indicator, Map<String, String> filter) {
        Map<String, List<String>> values = monitor.breakdownValues(indicator.code());
        return indicator.breakdowns().stream().filter(values::containsKey)
                .map(d -> new Dimension(d, values.get(d), filter.get(d))).toList();
    }

    /** The breakdowns in the query that the indicator has; others (and blank values) are ignored. */
    static Map<String, String> knownFilter(Indicator indicator, Map<String, String> query) {
        Map<String, String> filter = new LinkedHashMap<>();
        MonitorApiController.filter(query).forEach((key, value) -> {
            if (indicator.breakdowns().contains(key)) {
                filter.put(key, value);
            }
        });
        return filter;
    }

    static String csvQuery(String region, Map<String, String> filter) {
        StringBuilder query = new StringBuilder("format=csv&region=").append(region);
        appendFilter(query, filter);
        return query.toString();
    }

    static String comparisonCsvQuery(Geography.Kind kind, String period, Map<String, String> filter) {
        StringBuilder csv = new StringBuilder("format=csv&kind=").append(kind.name());
        if (period != null) {
            csv.append("&period=").append(period);
        }
        appendFilter(csv, filter);
        return csv.toString();
    }

    private static void appendFilter(StringBuilder query, Map<String, String> filter) {
        filter.forEach((k, v) -> query.append('&').append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** One region's line in the comparison table. */
    record ComparisonRow(Geography geography, String value, String numerator, String denominator,
                         int suppressedCells) {
    }

    List<ComparisonRow> comparisonRows(Comparison comparison, Locale locale) {
        Indicator indicator = comparison.indicator();
        return comparison.rows().stream().map(r -> new ComparisonRow(r.geography(),
                MonitorNumbers.value(r.value(), indicator, locale), MonitorNumbers.count(r.numerator(), locale),
                MonitorNumbers.count(r.denominator(), locale), r.suppressedCells())).toList();
    }
}
