package nl.techniekpact.monitor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.techniekpact.monitor.Analysis;
import nl.techniekpact.monitor.Comparison;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.Indicator;
import nl.techniekpact.monitor.Series;
import nl.techniekpact.monitor.SeriesPoint;
import nl.techniekpact.charts.BarChart;
import nl.techniekpact.charts.ChoroplethMap;
import nl.techniekpact.charts.Classification;
import nl.techniekpact.charts.LineChart;
import nl.techniekpact.charts.NumberStyle;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The monitor's charts as server-drawn SVG: the series with its target and trend projection, the sorted
 * regional bars with the national reference, and the choropleth map. Every chart's numbers are also in the
 * table next to it; the SVG carries a title and a description in words.
 */
@Component
class MonitorCharts {

    static final Set<Geography.Kind> MAP_KINDS = Set.of(Geography.Kind.PROVINCE, Geography.Kind.LABOUR_MARKET_REGION,
            Geography.Kind.CBS_LANDSDEEL, Geography.Kind.MUNICIPALITY);

    private final MessageSource messages;
    private final nl.techniekpact.monitor.RegionShapes shapes;

    MonitorCharts(MessageSource messages, nl.techniekpact.monitor.RegionShapes shapes) {
        this.messages = messages;
        this.shapes = shapes;
    }

    static NumberStyle numbers(Indicator indicator, Locale locale) {
        Locale used = "en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("nl-NL");
        if (!indicator.isShare()) {
            return new NumberStyle(used, 0, "");
        }
        return indicator.isPercent() ? new NumberStyle(used, 1, "%") : new NumberStyle(used, 3, "");
    }

    /** The series as a line chart, or null when it has no values. */
    String line(Series series, Locale locale) {
        List<SeriesPoint> known = series.points().stream().filter(p -> p.value() != null).toList();
        if (known.isEmpty()) {
            return null;
        }
        Indicator indicator = series.indicator();
        String name = indicator.name(locale);
        List<LineChart.Point> points = series.points().stream()
                .map(p -> new LineChart.Point(p.period(), p.position(), p.value())).toList();
        String description = text("monitor.chart.line.desc", locale, name, series.geography().name(),
                known.getFirst().period(), known.getLast().period());
        LineChart.Input input = LineChart.Input.of(text("monitor.chart.line.title", locale, name,
                series.geography().name()), description, text("monitor.unit." + indicator.unit(), locale),
                numbers(indicator, locale), text("monitor.chart.measured", locale), points);
        Analysis analysis = series.analysis();
        if (analysis.target() != null && analysis.target().year() != null) {
            String label = text("monitor.chart.target", locale, String.valueOf(analysis.target().year()),
                    numbers(indicator, locale).format(analysis.target().value()));
            input = input.withTarget(new LineChart.Target(analysis.target().value(), analysis.target().year(), label));
            if (analysis.achievedPerYear() != null && analysis.latest() != null) {
                SeriesPoint latest = analysis.latest();
                double endX = Math.max(analysis.target().year(), latest.position() + 1);
                double endY = latest.value() + analysis.achievedPerYear() * (endX - latest.position());
                input = input.withProjection(new LineChart.Projection(List.of(
                        new LineChart.Point(latest.period(), latest.position(), latest.value()),
                        new LineChart.Point(String.valueOf((int) endX), endX, Math.max(0, endY))),
                        text("monitor.chart.projection", locale)));
            }
        }
        return new LineChart("series-chart", 720, 360).render(input);
    }

    /** The comparison as sorted bars with the national value as reference, or null without values. */
    String bars(Comparison comparison, Locale locale) {
        if (comparison.period() == null || comparison.rows().stream().allMatch(r -> r.value() == null)) {
            return null;
        }
        Indicator indicator = comparison.indicator();
        String name = indicator.name(locale);
        List<BarChart.Bar> bars = comparison.rows().stream().map(r -> new BarChart.Bar(r.geography().name(), r.value(),
                false, r.suppressedCells() > 0 ? text("monitor.chart.incomplete", locale) : null)).toList();
        BarChart.Input input = BarChart.Input.of(text("monitor.chart.bars.title", locale, name, comparison.period()),
                text("monitor.chart.bars.desc", locale, name, kindPlural(comparison.kind(), locale),
                        comparison.period()), numbers(indicator, locale), bars, text("monitor.noData", locale));
        if (comparison.national() != null) {
            input = input.withReference(new BarChart.Reference(comparison.national(),
                    text("monitor.chart.national", locale, numbers(indicator, locale).format(comparison.national()))));
        }
        return new BarChart("comparison-chart", 720).render(input);
    }

    /** The comparison as a choropleth map, or null when no boundaries of this kind are loaded. */
    String map(Comparison comparison, Locale locale) {
        if (comparison.period() == null || !MAP_KINDS.contains(comparison.kind())) {
            return null;
        }
        var layer = shapes.of(comparison.kind());
        if (layer.isEmpty()) {
            return null;
        }
        Indicator indicator = comparison.indicator();
        Map<String, Double> values = new LinkedHashMap<>();
        comparison.rows().forEach(r -> values.put(r.geography().code(), r.value()));
        String name = indicator.name(locale);
        return new ChoroplethMap("region-map").render(new ChoroplethMap.Input(
                text("monitor.chart.map.title", locale, name, comparison.period()),
                text("monitor.chart.map.desc", locale, name, kindPlural(comparison.kind(), locale), comparison.period()),
                layer.get(), values, Classification.QUANTILES, numbers(indicator, locale),
                text("monitor.noData", locale), name));
    }

    private String kindPlural(Geography.Kind kind, Locale locale) {
        return text("monitor.kind.plural." + kind.name(), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        List<Object> arguments = new ArrayList<>(List.of(args));
        return messages.getMessage(key, arguments.toArray(), key, locale);
    }
}
