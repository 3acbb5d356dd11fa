package nl.techniekpact.monitor.web;

import nl.techniekpact.shared.PagePaths;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.monitor.Analysis;
import nl.techniekpact.monitor.Comparison;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.Indicator;
import nl.techniekpact.monitor.Monitor;
import nl.techniekpact.monitor.Series;
import nl.techniekpact.monitor.SeriesPoint;
import nl.techniekpact.monitor.Target;
import nl.techniekpact.pact.PactItems;
import nl.techniekpact.shared.StatusColour;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public monitor pages: overview per theme, indicator, regional comparison and map. */
@Controller
class MonitorPageController {

    static final List<String> THEMES = List.of("kiezen", "leren", "werken");
    static final List<Geography.Kind> COMPARABLE = List.of(Geography.Kind.PROVINCE,
            Geography.Kind.LABOUR_MARKET_REGION, Geography.Kind.CBS_LANDSDEEL, Geography.Kind.TP_LANDSDEEL,
            Geography.Kind.COROP, Geography.Kind.MUNICIPALITY, Geography.Kind.RMC_REGION, Geography.Kind.SWV_VO,
            Geography.Kind.SWV_PO);

    private final Monitor monitor;
    private final PactItems items;
    private final MessageSource messages;
    private final MonitorCharts charts;
    private final nl.techniekpact.monitor.SeedFigures seedFigures;
    private final nl.techniekpact.monitor.MonitorImports imports;
    private final nl.techniekpact.monitor.OpenDataBundle bundle;

    MonitorPageController(Monitor monitor, PactItems items, MessageSource messages, MonitorCharts charts,
                          nl.techniekpact.monitor.SeedFigures seedFigures, nl.techniekpact.monitor.MonitorImports imports,
                          nl.techniekpact.monitor.OpenDataBundle bundle) {
        this.seedFigures = seedFigures;
        this.imports = imports;
        this.bundle = bundle;
        this.monitor = monitor;
        this.items = items;
        this.messages = messages;
        this.charts = charts;
    }

    /** One indicator's line in the overview. */
    record OverviewRow(Indicator indicator, String name, String latestPeriod, String latest, String previousPeriod,
                       String change, String target, StatusColour suggested) {
    }

    @GetMapping("/monitor")
    String overview(Model model, Locale locale) {
        Map<String, List<OverviewRow>> byTheme = new LinkedHashMap<>();
        THEMES.forEach(theme -> byTheme.put(theme, new ArrayList<>()));
        List<OverviewRow> other = new ArrayList<>();
        Map<String, List<SeriesPoint>> latest = monitor.latestValues("NL01", null);
        for (Indicator indicator : monitor.indicators()) {
            OverviewRow row = overviewRow(indicator, latest.getOrDefault(indicator.code(), List.of()), locale);
            List<String> themes = indicator.themes().stream().filter(THEMES::contains).toList();
            if (themes.isEmpty()) {
                other.add(row);
            }
            themes.forEach(theme -> byTheme.get(theme).add(row));
        }
        if (!other.isEmpty()) {
            byTheme.put("overig", other);
        }
        model.addAttribute("themes", byTheme);
        model.addAttribute("items", itemAssessments(locale));
        return "monitor/overview";
    }

    private OverviewRow overviewRow(Indicator indicator, List<SeriesPoint> points, Locale locale) {
        List<SeriesPoint> known = points.stream().filter(p -> p.value() != null).toList();
        SeriesPoint latest = known.isEmpty() ? null : known.getLast();
        SeriesPoint previous = known.size() < 2 ? null : known.get(known.size() - 2);
        List<Target> targets = monitor.targets(indicator.code());
        String target = targets.isEmpty() ? null : targetText(targets.getFirst(), indicator, locale)
                + (targets.size() > 1 ? " (+" + (targets.size() - 1) + ")" : "");
        return new OverviewRow(indicator, indicator.name(locale), latest == null ? null : latest.period(),
                latest == null ? null : MonitorNumbers.value(latest.value(), indicator, locale),
                previous == null ? null : previous.period(),
                previous == null ? null : MonitorNumbers.change(latest.value() - previous.value(), indicator, locale),
                target, monitor.suggestedColour(indicator.code()));
    }

    String targetText(Target target, Indicator indicator, Locale locale) {
        String region = monitor.geography(target.region()).map(Geography::name).orElse(target.region());
        String cell = target.breakdown().isEmpty() ? "" : " (" + MonitorApiController.filterText(target.breakdown()) + ")";
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

    private List<SourceRow> sources(Series series, Locale locale) {
        Map<Long, nl.techniekpact.monitor.Provenance> byImport = new LinkedHashMap<>();
        series.points().forEach(p -> p.provenance().forEach(s -> byImport.putIfAbsent(s.importId(), s)));
        List<SourceRow> rows = new ArrayList<>();
        for (var provenance : byImport.values()) {
            var dataset = imports.job(provenance.importId()).flatMap(job -> bundle.datasetOfImport(job.sha256()));
            rows.add(new SourceRow(provenance.organisation(), provenance.file(),
                    dataset.map(d -> d.title(locale.getLanguage())).orElse(null),
                    dataset.map(nl.techniekpact.monitor.OpenDataBundle.Dataset::credit).orElse(null),
                    dataset.map(nl.techniekpact.monitor.OpenDataBundle.Dataset::licence).orElse(null),
                    dataset.map(nl.techniekpact.monitor.OpenDataBundle.Dataset::licenceUrl).orElse(null),
                    dataset.map(nl.techniekpact.monitor.OpenDataBundle.Dataset::folder).orElse(null),
                    "seed".equals(provenance.format())));
        }
        return rows;
    }

    /** One row of the series table. */
    record SeriesRow(String period, String value, String numerator, String denominator, int suppressedCells,
                     boolean derived, String sources) {
    }

    /** A breakdown dimension with its values, for the filter form. */
    record Dimension(String name, List<String> values, String selected) {
    }

    /** A pact item linked to the indicator, with the colour its owner reported and the one the figures suggest. */
    record LinkedItem(String id, String title, String href, StatusColour reported, StatusColour suggested,
                      boolean disagrees) {
    }

    @GetMapping("/monitor/indicatoren/{code}")
    String indicator(@PathVariable String code, @RequestParam(defaultValue = "NL01") String region,
                     @RequestParam Map<String, String> query, Model model, Locale locale) {
        Indicator indicator = monitor.indicator(code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        if (monitor.geography(region).isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        Map<String, String> filter = knownFilter(indicator, query);
        Series series = monitor.series(code, region, filter);
        model.addAttribute("indicator", indicator);
        model.addAttribute("name", indicator.name(locale));
        model.addAttribute("definition", indicator.definition(locale));
        model.addAttribute("series", series);
        model.addAttribute("region", series.geography());
        model.addAttribute("regions", regionOptions(code));
        model.addAttribute("dimensions", dimensions(indicator, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("filterText", MonitorApiController.filterText(filter));
        model.addAttribute("rows", series.points().stream().map(p -> new SeriesRow(p.period(),
                MonitorNumbers.value(p.value(), indicator, locale), MonitorNumbers.count(p.numerator(), locale),
                MonitorNumbers.count(p.denominator(), locale), p.suppressedCells(), p.derived(),
                String.join("; ", p.provenance().stream().map(s -> s.organisation() + ", " + s.file()).toList())))
                .toList());
        List<SourceRow> sources = sources(series, locale);
        model.addAttribute("sources", sources);
        model.addAttribute("bundled", sources.stream().anyMatch(r -> r.folder() != null));
        model.addAttribute("analysis", analysisView(series.analysis(), indicator, locale));
        model.addAttribute("targets", monitor.targets(code).stream().map(t -> Map.of("text",
                targetText(t, indicator, locale), "target", t)).toList());
        model.addAttribute("linked", linkedItems(indicator, locale));
        model.addAttribute("seedFigures", seedFigures.of(code).stream().map(f -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("period", f.period());
            row.put("region", f.region());
            row.put("breakdown", f.breakdown().isEmpty() ? "—" : MonitorApiController.filterText(f.breakdown()));
            row.put("value", f.value() != null ? MonitorNumbers.count(f.value(), locale)
                    : MonitorNumbers.count(f.numerator(), locale) + " / " + MonitorNumbers.count(f.denominator(), locale));
            row.put("seed", f.seed());
            row.put("table", f.table());
            row.put("quote", f.quote());
            row.put("notes", f.notes());
            return row;
        }).toList());
        model.addAttribute("chart", charts.line(series, locale));
        model.addAttribute("csvQuery", csvQuery(region, filter));
        model.addAttribute("kinds", monitor.geographyKinds(code).stream().filter(COMPARABLE::contains).toList());
        return "monitor/indicator";
    }

    /** The analysis with its numbers written out for the page. */
    record AnalysisView(Analysis analysis, String target, String latest, String progress, String required,
                        String achieved, String projected) {
    }

    private AnalysisView analysisView(Analysis a, Indicator indicator, Locale locale) {
        return new AnalysisView(a, a.target() == null ? null : targetText(a.target(), indicator, locale),
                a.latest() == null ? null : MonitorNumbers.value(a.latest().value(), indicator, locale)
                        + " (" + a.latest().period() + ")",
                a.progress() == null ? null : MonitorNumbers.decimal(a.progress() * 100, 0, locale) + " %",
                MonitorNumbers.change(a.requiredPerYear(), indicator, locale),
                MonitorNumbers.change(a.achievedPerYear(), indicator, locale),
                a.projectedYear() == null ? null : String.valueOf(a.projectedYear().intValue()));
    }

    /**
     * Every action and goal that indicators are linked to: the colour its owner reported, the colour its
     * indicators' targets suggest together (the worst known), and whether they disagree.
     */
    private List<LinkedItem> itemAssessments(Locale locale) {
        Map<String, List<StatusColour>> suggestions = new java.util.TreeMap<>();
        for (Indicator indicator : monitor.indicators()) {
            StatusColour colour = monitor.suggestedColour(indicator.code());
            indicator.links().forEach(id -> suggestions.computeIfAbsent(id, k -> new ArrayList<>()).add(colour));
        }
        List<LinkedItem> items = new ArrayList<>();
        suggestions.forEach((id, colours) -> {
            StatusColour suggested = Analysis.worst(colours);
            items.add(linkedItem(id, suggested));
        });
        return items;
    }

    private LinkedItem linkedItem(String id, StatusColour suggested) {
        var action = items.action(id);
        if (action.isPresent()) {
            StatusColour reported = action.get().currentStatus() == null ? StatusColour.UNKNOWN
                    : action.get().currentStatus().colour();
            return new LinkedItem(id, action.get().title(), PagePaths.item(id), reported, suggested,
                    reported != StatusColour.UNKNOWN && suggested != StatusColour.UNKNOWN && reported != suggested);
        }
        var goal = items.goal(id);
        if (goal.isPresent()) {
            return new LinkedItem(id, goal.get().title(), PagePaths.item(id), null, suggested, false);
        }
        return new LinkedItem(id, id, PagePaths.item(id), null, suggested, false);
    }

    private List<LinkedItem> linkedItems(Indicator indicator, Locale locale) {
        StatusColour suggested = monitor.suggestedColour(indicator.code());
        return indicator.links().stream().map(id -> linkedItem(id, suggested)).toList();
    }

    private List<Geography> regionOptions(String code) {
        List<Geography> options = new ArrayList<>();
        monitor.geography("NL01").ifPresent(options::add);
        for (Geography.Kind kind : List.of(Geography.Kind.CBS_LANDSDEEL, Geography.Kind.TP_LANDSDEEL,
                Geography.Kind.PROVINCE, Geography.Kind.LABOUR_MARKET_REGION)) {
            if (monitor.geographyKinds(code).contains(kind)) {
                options.addAll(monitor.geographies(kind));
            }
        }
        return options;
    }

    private List<Dimension> dimensions(Indicator indicator, Map<String, String> filter) {
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
        filter.forEach((k, v) -> query.append('&').append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** One region's line in the comparison table. */
    record ComparisonRow(Geography geography, String value, String numerator, String denominator,
                         int suppressedCells) {
    }

    @GetMapping("/monitor/indicatoren/{code}/regios")
    String comparison(@PathVariable String code, @RequestParam(defaultValue = "PROVINCE") String kind,
                      @RequestParam(required = false) String period, @RequestParam Map<String, String> query,
                      Model model, Locale locale) {
        return comparisonPage(code, kind, period, query, model, locale, false);
    }

    @GetMapping("/monitor/indicatoren/{code}/kaart")
    String map(@PathVariable String code, @RequestParam(defaultValue = "PROVINCE") String kind,
               @RequestParam(required = false) String period, @RequestParam Map<String, String> query,
               Model model, Locale locale) {
        return comparisonPage(code, kind, period, query, model, locale, true);
    }

    private String comparisonPage(String code, String kindName, String period, Map<String, String> query,
                                  Model model, Locale locale, boolean map) {
        Indicator indicator = monitor.indicator(code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        Geography.Kind kind = COMPARABLE.stream().filter(k -> k.name().equalsIgnoreCase(kindName)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        List<String> periods = monitor.periods(code);
        if (period != null && !period.isBlank() && !periods.contains(period)) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        Map<String, String> filter = knownFilter(indicator, query);
        Comparison comparison = monitor.comparison(code, kind, period == null || period.isBlank() ? null : period,
                filter);
        model.addAttribute("indicator", indicator);
        model.addAttribute("name", indicator.name(locale));
        model.addAttribute("comparison", comparison);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", monitor.geographyKinds(code).stream().filter(COMPARABLE::contains)
                .filter(k -> !map || MonitorCharts.MAP_KINDS.contains(k)).toList());
        model.addAttribute("periods", periods);
        model.addAttribute("dimensions", dimensions(indicator, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("national", MonitorNumbers.value(comparison.national(), indicator, locale));
        model.addAttribute("rows", comparison.rows().stream().map(r -> new ComparisonRow(r.geography(),
                MonitorNumbers.value(r.value(), indicator, locale), MonitorNumbers.count(r.numerator(), locale),
                MonitorNumbers.count(r.denominator(), locale), r.suppressedCells())).toList());
        StringBuilder csv = new StringBuilder("format=csv&kind=").append(kind.name());
        if (comparison.period() != null) {
            csv.append("&period=").append(comparison.period());
        }
        filter.forEach((k, v) -> csv.append('&').append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        model.addAttribute("csvQuery", csv.toString());
        model.addAttribute("map", map);
        model.addAttribute("chart", map ? charts.map(comparison, locale) : charts.bars(comparison, locale));
        return "monitor/comparison";
    }
}
