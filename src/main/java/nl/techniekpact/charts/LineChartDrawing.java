package nl.techniekpact.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static nl.techniekpact.charts.LineChart.*;

/**
 * One rendering of a {@link LineChart}: the scales, the legend and the SVG being written (the chart itself keeps
 * only its inputs, checks and scale rules).
 */
final class LineChartDrawing {

    private final String idPrefix;
    private final double width;
    private final double height;

    private final Input input;
    private final List<Point> points;
    private final List<Point> projected;
    private final NiceScale yScale;
    private final TreeMap<Double, String> xLabels = new TreeMap<>();
    private final List<String> legendLabels = new ArrayList<>();
    private final List<LegendKind> legendKinds = new ArrayList<>();
    private final double left;
    private final double plotTop = TOP;
    private final double plotBottom;
    private final double plotRight;
    private final double xStart;
    private final double xEnd;
    private final double xMin;
    private final double xMax;
    private final Legend legend;

    LineChartDrawing(String idPrefix, double width, double height, Input input) {
        this.idPrefix = idPrefix;
        this.width = width;
        this.height = height;
        this.input = input;
        this.points = sorted(input.points());
        this.projected = input.projection() == null ? List.of() : sorted(input.projection().points());
        points.forEach(p -> xLabels.putIfAbsent(p.x(), p.label()));
        projected.forEach(p -> xLabels.putIfAbsent(p.x(), p.label()));
        this.yScale = yScaleOf();
        double tickWidth = yScale.ticks().stream()
                .mapToDouble(t -> Svg.textWidth(input.numbers().number(t, yScale.decimals()), TICK_FONT))
                .max().orElse(0);
        this.left = Math.max(28, tickWidth + 12);
        this.plotRight = width - RIGHT;
        double[] xRange = xRange();
        this.xMin = xRange[0];
        this.xMax = xRange[1];
        double widest = xLabels.values().stream().mapToDouble(l -> Svg.textWidth(l, TICK_FONT)).max().orElse(0);
        double pad = Math.min(Math.max(10, widest / 2), (plotRight - left) / 6);
        this.xStart = left + pad;
        this.xEnd = plotRight - pad;
        if (input.seriesLabel() != null) {
            legendItem(LegendKind.SERIES, input.seriesLabel());
        }
        if (input.projection() != null) {
            legendItem(LegendKind.PROJECTION, input.projection().label());
        }
        if (input.baseline() != null) {
            legendItem(LegendKind.BASELINE, input.baseline().label());
        }
        this.legend = Legend.layout(legendLabels, left, plotRight);
        this.plotBottom = height - 30 - (legend.height() == 0 ? 0 : legend.height() + 10);
        if (plotBottom - plotTop < 40) {
            throw new IllegalArgumentException("The chart is too low for its legend: height " + height);
        }
    }

    private void legendItem(LegendKind kind, String label) {
        legendKinds.add(kind);
        legendLabels.add(label);
    }

    private static List<Point> sorted(List<Point> points) {
        return points.stream().sorted(Comparator.comparingDouble(Point::x)).toList();
    }

    private NiceScale yScaleOf() {
        List<Double> values = new ArrayList<>();
        points.stream().map(Point::y).filter(Objects::nonNull).forEach(values::add);
        projected.stream().map(Point::y).filter(Objects::nonNull).forEach(values::add);
        if (input.target() != null) {
            values.add(input.target().value());
        }
        if (values.isEmpty()) {
            return NiceScale.of(0, 1, MAX_TICKS);
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return yScale(min, max);
    }

    private double[] xRange() {
        List<Double> xs = new ArrayList<>(xLabels.keySet());
        if (input.target() != null) {
            xs.add(input.target().x());
        }
        if (input.baseline() != null) {
            xs.add(input.baseline().x());
        }
        double min = xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return min == max ? new double[] {min - 1, max + 1} : new double[] {min, max};
    }

    private double x(double value) {
        return xStart + (value - xMin) / (xMax - xMin) * (xEnd - xStart);
    }

    private double y(double value) {
        return plotBottom - yScale.fraction(value) * (plotBottom - plotTop);
    }

    String draw() {
        Svg svg = Svg.root(idPrefix, "tp-chart tp-chart--line", width, height, input.title(), input.description());
        yAxis(svg);
        xAxis(svg);
        if (input.baseline() != null) {
            baseline(svg, input.baseline());
        }
        if (input.target() != null) {
            target(svg, input.target());
        }
        if (!projected.isEmpty()) {
            projection(svg);
        }
        series(svg);
        legend(svg);
        return svg.finish();
    }

    private void yAxis(Svg svg) {
        svg.open("g", "class", "tp-chart__grid");
        for (double tick : yScale.ticks()) {
            double y = y(tick);
            svg.line(left, y, plotRight, y, Svg.GRID_COLOUR, "stroke-width", "1");
            svg.text(left - 8, y + 4, "end", input.numbers().number(tick, yScale.decimals()),
                    "font-size", "12", "fill", Svg.MUTED_COLOUR);
        }
        svg.close("g");
        if (!input.yAxisLabel().isBlank()) {
            svg.text(0, 16, "start", input.yAxisLabel(), "class", "tp-chart__axis-label", "font-size", "12",
                    "font-weight", "bold");
        }
    }

    private void xAxis(Svg svg) {
        svg.open("g", "class", "tp-chart__axis");
        svg.line(left, plotBottom, plotRight, plotBottom, Svg.AXIS_COLOUR, "stroke-width", "1");
        List<Map.Entry<Double, String>> labels = new ArrayList<>(xLabels.entrySet());
        int step = labelStep(labels.stream().mapToDouble(e -> Svg.textWidth(e.getValue(), TICK_FONT)).max()
                .orElse(0), minGap(labels));
        for (int i = 0; i < labels.size(); i++) {
            double x = x(labels.get(i).getKey());
            svg.line(x, plotBottom, x, plotBottom + 5, Svg.AXIS_COLOUR, "stroke-width", "1");
            if (i % step == 0) {
                svg.text(x, plotBottom + 19, "middle", labels.get(i).getValue(), "font-size", "12");
            }
        }
        svg.close("g");
    }

    private double minGap(List<Map.Entry<Double, String>> labels) {
        double gap = Double.MAX_VALUE;
        for (int i = 1; i < labels.size(); i++) {
            gap = Math.min(gap, x(labels.get(i).getKey()) - x(labels.get(i - 1).getKey()));
        }
        return gap;
    }

    private void baseline(Svg svg, Baseline baseline) {
        double x = x(baseline.x());
        svg.open("g", "class", "tp-chart__baseline");
        svg.line(x, plotTop, x, plotBottom, BASELINE_COLOUR, "stroke-width", "1.5");
        points.stream().filter(p -> p.x() == baseline.x() && p.y() != null).findFirst().ifPresent(p ->
                svg.empty("circle", "cx", Svg.num(x), "cy", Svg.num(y(p.y())), "r", "7", "fill", "none",
                        "stroke", BASELINE_COLOUR, "stroke-width", "1.5"));
        svg.close("g");
    }

    private void target(Svg svg, Target target) {
        double from = x(points.stream().filter(p -> p.y() != null).findFirst().orElse(points.getFirst()).x());
        double to = x(target.x());
        double y = y(target.value());
        svg.open("g", "class", "tp-chart__target");
        svg.line(Math.min(from, to), y, Math.max(from, to), y, TARGET_COLOUR, "stroke-width", "2",
                "stroke-dasharray", TARGET_DASH);
        double labelWidth = Svg.textWidth(target.label(), 12);
        boolean fitsLeftOfEnd = to - labelWidth >= left;
        svg.text(fitsLeftOfEnd ? to : Math.max(left, Math.min(from, to)), y - 6, fitsLeftOfEnd ? "end" : "start",
                target.label(), "font-size", "12", "font-weight", "bold", "fill", TARGET_COLOUR);
        svg.close("g");
    }

    private void projection(Svg svg) {
        svg.open("g", "class", "tp-chart__projection");
        String d = pathOf(projected);
        if (!d.isEmpty()) {
            svg.empty("path", "d", d, "fill", "none", "stroke", SERIES_COLOUR, "stroke-width", "3",
                    "stroke-linecap", "round", "stroke-dasharray", PROJECTION_DASH);
        }
        for (Point point : projected) {
            if (point.y() != null) {
                svg.open("circle", "cx", Svg.num(x(point.x())), "cy", Svg.num(y(point.y())), "r", "3.5",
                        "fill", "#ffffff", "stroke", SERIES_COLOUR, "stroke-width", "1.5");
                svg.element("title", point.label() + ": " + input.numbers().format(point.y()) + " ("
                        + input.projection().label() + ")");
                svg.close("circle");
            }
        }
        svg.close("g");
    }

    private void series(Svg svg) {
        svg.open("g", "class", "tp-chart__series");
        String d = pathOf(points);
        if (!d.isEmpty()) {
            svg.empty("path", "d", d, "fill", "none", "stroke", SERIES_COLOUR, "stroke-width", "2.5",
                    "stroke-linejoin", "round", "stroke-linecap", "round");
        }
        for (Point point : points) {
            if (point.y() != null) {
                svg.open("circle", "cx", Svg.num(x(point.x())), "cy", Svg.num(y(point.y())), "r", "3.5",
                        "fill", SERIES_COLOUR);
                svg.element("title", point.label() + ": " + input.numbers().format(point.y()));
                svg.close("circle");
            }
        }
        svg.close("g");
    }

    /** "M…L…" through the points with a value; a point without value starts a new piece. */
    private String pathOf(List<Point> line) {
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        for (Point point : line) {
            if (point.y() == null) {
                drawing = false;
                continue;
            }
            d.append(drawing ? 'L' : 'M').append(Svg.num(x(point.x()))).append(',').append(Svg.num(y(point.y())));
            drawing = true;
        }
        return d.toString();
    }

    private void legend(Svg svg) {
        if (legendLabels.isEmpty()) {
            return;
        }
        svg.open("g", "class", "tp-chart__legend");
        double top = plotBottom + 40;
        for (Legend.Placed item : legend.placed()) {
            double middle = top + item.row() * Legend.ROW_HEIGHT;
            sample(svg, legendKinds.get(item.index()), item.x(), middle);
            Legend.label(svg, item, middle, legendLabels.get(item.index()));
        }
        svg.close("g");
    }

    private void sample(Svg svg, LegendKind kind, double x, double y) {
        double middle = x + Legend.SAMPLE_WIDTH / 2;
        switch (kind) {
            case SERIES -> {
                svg.line(x, y, x + Legend.SAMPLE_WIDTH, y, SERIES_COLOUR, "stroke-width", "2.5");
                svg.empty("circle", "cx", Svg.num(middle), "cy", Svg.num(y), "r", "3.5", "fill", SERIES_COLOUR);
            }
            case PROJECTION -> svg.line(x + 2, y, x + Legend.SAMPLE_WIDTH - 2, y, SERIES_COLOUR, "stroke-width", "3",
                    "stroke-linecap", "round", "stroke-dasharray", PROJECTION_DASH);
            case BASELINE -> svg.line(middle, y - 7, middle, y + 7, BASELINE_COLOUR, "stroke-width", "1.5");
        }
    }
}
