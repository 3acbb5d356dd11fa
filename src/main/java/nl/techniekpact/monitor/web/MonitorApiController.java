package nl.techniekpact.monitor.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.techniekpact.monitor.Comparison;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.Indicator;
import nl.techniekpact.monitor.Monitor;
import nl.techniekpact.monitor.Series;
import nl.techniekpact.monitor.SeriesPoint;
import nl.techniekpact.monitor.Target;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.system.CsvResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The monitor's open data: indicators, series and regional comparisons. A breakdown named in the query
 * ({@code ?niveau=hbo&geslacht=vrouw}) selects cells; every breakdown not named is summed over. Shares are
 * computed from summed numerators and denominators, in the indicator's unit (PERCENT or FRACTION).
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Monitor", description = "Indicators, series per region and breakdown, regional comparisons")
class MonitorApiController {

    /** Query parameters that are not breakdown dimensions. */
    static final Set<String> RESERVED = Set.of("region", "format", "kind", "period", "lang", "indicator");

    private final Monitor monitor;

    MonitorApiController(Monitor monitor) {
        this.monitor = monitor;
    }

    @Operation(summary = "All indicators with definition, unit, direction, source, breakdowns and linked pact items")
    @GetMapping
    ResponseEntity<?> indicators(@Parameter(description = "json (default) or csv")
                                 @RequestParam(defaultValue = "json") String format) {
        List<Indicator> all = monitor.indicators();
        if ("csv".equalsIgnoreCase(format)) {
            return CsvResponse.of("indicators.csv", List.of("code", "name_nl", "name_en", "kind", "unit", "direction",
                    "source", "breakdowns", "links"), all.stream().<List<?>>map(i -> List.of(i.code(), i.nameNl(),
                    i.nameEn(), i.kind(), i.unit(), i.direction() == null ? "" : i.direction(), i.source(), String.join(" ", i.breakdowns()),
                    String.join(" ", i.links()))).toList());
        }
        return ResponseEntity.ok(all);
    }

    record IndicatorDetail(Indicator indicator, List<String> periods, List<Geography.Kind> geographyKinds,
                           Map<String, List<String>> breakdownValues, List<Target> targets) {
    }

    @Operation(summary = "One indicator with its periods, geography kinds, breakdown values and targets")
    @GetMapping("/{code}")
    IndicatorDetail indicator(@PathVariable String code) {
        Indicator indicator = monitor.indicator(code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        return new IndicatorDetail(indicator, monitor.periods(code), monitor.geographyKinds(code),
                monitor.breakdownValues(code), monitor.targets(code));
    }

    @Operation(summary = "The series of an indicator for a region; breakdowns not named are summed over",
            description = "Example: /api/v1/indicators/ho-eerstejaars-techniek/series?region=NL01&niveau=hbo")
    @GetMapping("/{code}/series")
    ResponseEntity<?> series(@PathVariable String code,
                             @Parameter(description = "region code, e.g. NL01, PV27, AM18, GM0363")
                             @RequestParam(defaultValue = "NL01") String region,
                             @Parameter(description = "json (default) or csv") @RequestParam(defaultValue = "json")
                             String format,
                             @Parameter(hidden = true) @RequestParam Map<String, String> query) {
        if (monitor.indicator(code).isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        Series series = monitor.series(code, region, filter(query));
        if ("csv".equalsIgnoreCase(format)) {
            return CsvResponse.of(code + "-" + region + ".csv", SERIES_HEADER,
                    series.points().stream().<List<?>>map(p -> seriesRow(series, p)).toList());
        }
        return ResponseEntity.ok(SeriesBody.of(series));
    }

    static final List<String> SERIES_HEADER = List.of("indicator", "region", "breakdown", "period", "value", "unit",
            "numerator", "denominator", "suppressed_cells", "derived", "sources");

    static List<?> seriesRow(Series series, SeriesPoint p) {
        return List.of(series.indicator().code(), series.geography().code(), filterText(series.filter()), p.period(),
                p.value() == null ? "" : p.value(), series.indicator().unit(),
                p.numerator() == null ? "" : p.numerator(), p.denominator() == null ? "" : p.denominator(),
                p.suppressedCells(), p.derived(), String.join("; ", p.provenance().stream()
                        .map(s -> s.organisation() + " " + s.file() + " (import " + s.importId() + ")").toList()));
    }

    static String filterText(Map<String, String> filter) {
        return String.join(";", filter.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** The series as the API gives it. */
    record SeriesBody(String indicator, String unit, String kind, Geography region, Map<String, String> breakdown,
                      List<SeriesPoint> points, List<Target> targets, nl.techniekpact.monitor.Analysis analysis) {
        static SeriesBody of(Series s) {
            return new SeriesBody(s.indicator().code(), s.indicator().unit(), s.indicator().kind().name(),
                    s.geography(), s.filter(), s.points(), s.targets(), s.analysis());
        }
    }

    @Operation(summary = "One indicator in one period for every region of a kind, highest first",
            description = "kind: PROVINCE, LABOUR_MARKET_REGION, CBS_LANDSDEEL, TP_LANDSDEEL, COROP, MUNICIPALITY")
    @GetMapping("/{code}/comparison")
    ResponseEntity<?> comparison(@PathVariable String code, @RequestParam(defaultValue = "PROVINCE") String kind,
                                 @RequestParam(required = false) String period,
                                 @RequestParam(defaultValue = "json") String format,
                                 @Parameter(hidden = true) @RequestParam Map<String, String> query) {
        if (monitor.indicator(code).isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        Comparison comparison = monitor.comparison(code, kind(kind), period, filter(query));
        if ("csv".equalsIgnoreCase(format)) {
            return CsvResponse.of(code + "-" + kind.toLowerCase() + ".csv", List.of("indicator", "period", "region",
                    "name", "value", "unit", "numerator", "denominator", "suppressed_cells"),
                    comparison.rows().stream().<List<?>>map(r -> List.of(code, String.valueOf(comparison.period()),
                            r.geography().code(), r.geography().name(), blank(r.value()), comparison.indicator().unit(),
                            blank(r.numerator()), blank(r.denominator()), r.suppressedCells())).toList());
        }
        return ResponseEntity.ok(comparison);
    }

    /** A kind by name; {@code LANDSDEEL}, the name before version 8 of the schema, still means the CBS landsdelen. */
    static Geography.Kind kind(String kind) {
        String name = kind.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return Geography.Kind.valueOf(name.equals("LANDSDEEL") ? "CBS_LANDSDEEL" : name);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("kind", "monitor.error.unknown-kind");
        }
    }

    static Object blank(Double value) {
        return value == null ? "" : value;
    }

    static Map<String, String> filter(Map<String, String> query) {
        Map<String, String> filter = new LinkedHashMap<>();
        query.forEach((key, value) -> {
            if (!RESERVED.contains(key) && value != null && !value.isBlank()) {
                filter.put(key, value.strip());
            }
        });
        return filter;
    }
}
