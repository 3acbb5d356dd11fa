package nl.techniekpact.reports.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.charts.LineChart;
import nl.techniekpact.charts.NumberStyle;
import nl.techniekpact.reports.ProgressReport;
import nl.techniekpact.reports.ProgressReport.Chart;
import nl.techniekpact.reports.ProgressReport.Section;

/**
 * Draws the report's charts (server-side SVG from the monitor's chart module) from the chart data in the
 * model, so a frozen report's charts are drawn from the frozen numbers. For the PDF the root gets a fixed
 * integer size: openhtmltopdf clips an SVG whose size is only relative.
 */
public final class ReportCharts {

    static final int WIDTH = 720;
    static final int HEIGHT = 340;
    static final int PDF_WIDTH = 640;

    private ReportCharts() {
    }

    /** Section id → SVG, for every section with a chart. */
    public static Map<String, String> draw(ProgressReport report, ReportView view, boolean forPdf) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (Section s : report.sections()) {
            if (s.chart() != null && !s.chart().points().isEmpty()) {
                charts.put(s.id(), svg("chart-" + s.id().replaceAll("[^A-Za-z0-9-]", "-"), s.chart(), view.messages(),
                        view.locale(), forPdf));
            }
        }
        return charts;
    }

    /** One chart as SVG, its words in {@code locale}. */
    public static String svg(String id, Chart chart, org.springframework.context.MessageSource messages, Locale locale,
                             boolean forPdf) {
        return svg(id, chart, messages, locale, forPdf, HEIGHT);
    }

    /** One chart as SVG with a viewBox of {@code WIDTH × height}. */
    public static String svg(String id, Chart chart, org.springframework.context.MessageSource messages, Locale locale,
                             boolean forPdf, int height) {
        ReportView.Texts view = new ReportView.Texts(messages, locale);
        NumberStyle numbers = new NumberStyle(view.numberLocale(), chart.decimals(), chart.unit());
        var points = chart.points().stream().map(p -> new LineChart.Point(p.period(), p.x(), p.value())).toList();
        String description = view.text("reports.chart.desc", chart.title(), chart.points().getFirst().period(),
                chart.points().getLast().period());
        LineChart.Input input = LineChart.Input.of(chart.title(), description,
                view.text("monitor.unit." + chart.unitLabel()), numbers, view.text("monitor.chart.measured"), points);
        if (chart.target() != null && chart.targetYear() != null) {
            input = input.withTarget(new LineChart.Target(chart.target(), chart.targetYear(),
                    view.text("monitor.chart.target", String.valueOf(chart.targetYear()), numbers.format(chart.target()))));
        }
        String svg = new LineChart(id, WIDTH, height).render(input);
        if (forPdf) {
            int pdfHeight = Math.round((float) PDF_WIDTH * height / WIDTH);
            svg = svg.replaceFirst("width=\"100%\"", "width=\"" + PDF_WIDTH + "\" height=\"" + pdfHeight + "\"");
            // PDF/UA: openhtmltopdf takes a replaced element's alternative text from its alt attribute
            String alt = (chart.title() + ". " + description).replace("&", "&amp;").replace("\"", "&quot;")
                    .replace("<", "&lt;");
            svg = svg.replaceFirst("<svg ", java.util.regex.Matcher.quoteReplacement("<svg alt=\"" + alt + "\" "));
        }
        return svg;
    }
}
