package nl.techniekpact.monitor.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.monitor.Comparison;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.Indicator;
import nl.techniekpact.monitor.Monitor;
import nl.techniekpact.monitor.MonitorOverview;
import nl.techniekpact.monitor.Series;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public monitor pages: overview per theme, indicator, regional comparison and map. Binds the request, asks
 * the monitor ({@link Monitor}, {@link MonitorOverview}) and hands the answers, written out by
 * {@link MonitorPageModels}, to the templates.
 */
@Controller
class MonitorPageController {

    private final Monitor monitor;
    private final MonitorOverview overview;
    private final MonitorPageModels models;
    private final MonitorCharts charts;

    MonitorPageController(Monitor monitor, MonitorOverview overview, MonitorPageModels models, MonitorCharts charts) {
        this.monitor = monitor;
        this.overview = overview;
        this.models = models;
        this.charts = charts;
    }

    @GetMapping("/monitor")
    String overview(Model model, Locale locale) {
        MonitorOverview.Overview answer = overview.overview();
        model.addAttribute("themes", models.overviewRows(answer.byTheme(), locale));
        model.addAttribute("items", answer.items());
        return "monitor/overview";
    }

    @GetMapping("/monitor/indicatoren/{code}")
    String indicator(@PathVariable String code, @RequestParam(defaultValue = "NL01") String region,
                     @RequestParam Map<String, String> query, Model model, Locale locale) {
        Indicator indicator = monitor.indicator(code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        if (monitor.geography(region).isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        Map<String, String> filter = MonitorPageModels.knownFilter(indicator, query);
        Series series = monitor.series(code, region, filter);
        model.addAttribute("indicator", indicator);
        model.addAttribute("name", indicator.name(locale));
        model.addAttribute("definition", indicator.definition(locale));
        model.addAttribute("series", series);
        model.addAttribute("region", series.geography());
        model.addAttribute("regions", models.regionOptions(code));
        model.addAttribute("dimensions", models.dimensions(indicator, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("filterText", nl.techniekpact.monitor.Breakdown.inWords(filter));
        model.addAttribute("rows", models.seriesRows(series, locale));
        List<MonitorPageModels.SourceRow> sources = models.sources(series, locale);
        model.addAttribute("sources", sources);
        model.addAttribute("bundled", sources.stream().anyMatch(r -> r.folder() != null));
        model.addAttribute("analysis", models.analysisView(series.analysis(), indicator, locale));
        model.addAttribute("targets", models.targetRows(indicator, locale));
        model.addAttribute("linked", overview.linkedItems(indicator));
        model.addAttribute("seedFigures", models.seedFigureRows(code, locale));
        model.addAttribute("chart", charts.line(series, locale));
        model.addAttribute("csvQuery", MonitorPageModels.csvQuery(region, filter));
        model.addAttribute("kinds", models.comparableKinds(code, false));
        return "monitor/indicator";
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
        Geography.Kind kind = MonitorPageModels.COMPARABLE.stream().filter(k -> k.name().equalsIgnoreCase(kindName))
                .findFirst().orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        List<String> periods = monitor.periods(code);
        if (period != null && !period.isBlank() && !periods.contains(period)) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        Map<String, String> filter = MonitorPageModels.knownFilter(indicator, query);
        Comparison comparison = monitor.comparison(code, kind, period == null || period.isBlank() ? null : period,
                filter);
        model.addAttribute("indicator", indicator);
        model.addAttribute("name", indicator.name(locale));
        model.addAttribute("comparison", comparison);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", models.comparableKinds(code, map));
        model.addAttribute("periods", periods);
        model.addAttribute("dimensions", models.dimensions(indicator, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("national", MonitorNumbers.value(comparison.national(), indicator, locale));
        model.addAttribute("rows", models.comparisonRows(comparison, locale));
        model.addAttribute("csvQuery", MonitorPageModels.comparisonCsvQuery(kind, comparison.period(), filter));
        model.addAttribute("map", map);
        model.addAttribute("chart", map ? charts.map(comparison, locale) : charts.bars(comparison, locale));
        return "monitor/comparison";
    }
}
