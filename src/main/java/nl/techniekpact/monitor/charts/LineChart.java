package nl.techniekpact.monitor.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A trend line as SVG: one measured series (solid, with a dot per value and gaps where a value is missing),
 * optionally a target (a dashed horizontal line from the first measured year to the target year, labelled by the
 * caller's text such as "Doel 2020: 55 %"), a projection (dotted, in the legend) and a baseline (a vertical line
 * at the baseline year, in the legend, with a ring around the measured value there).
 *
 * <p><b>Y axis.</b> Nice ticks (steps of 1, 2 or 5 times a power of ten, at most 6 intervals). The axis starts at
 * 0 unless the data lives far from 0: when all values (measured, projected and the target) lie on one side of 0
 * and their spread is less than a third of the value closest to 0 (values 95 961 to 113 422: spread 17 461 &lt;
 * 31 987), the axis spans only the data, so that small changes stay visible. Percentages from 38 to 55 (spread
 * 17, not less than 12.7) keep their 0. The y-axis label is written
 * horizontally above the axis; tick labels have no unit (put it in the axis label).
 *
 * <p><b>X axis.</b> Positions are numbers (a year, or the first year of a school year); each point's label
 * ("2015/2016") is written under it. When labels would overlap, only every k-th label is written (the first
 * always), each position keeps its tick mark.
 *
 * <p>The chart is {@code width} × {@code height} in viewBox units and scales to its container
 * ({@code width="100%"}). Use: {@code new LineChart("trend-hbo", 640, 360).render(input)}.
 */
public final class LineChart {

    static final String SERIES_COLOUR = "#154273";
    static final String TARGET_COLOUR = "#8a6d00";
    static final String BASELINE_COLOUR = "#595959";
    static final String TARGET_DASH = "8 5";
    static final String PROJECTION_DASH = "0.1 5";

    private static final double TOP = 34;
    private static final double RIGHT = 12;
    private static final double TICK_FONT = 12;
    private static final int MAX_TICKS = 6;

    /**
     * One measured or projected value.
     *
     * @param label written under the x axis: {@code "2015/2016"}, {@code "2019"}
     * @param x     the position on the x axis, e.g. the (first) year
     * @param y     the value; null for a gap (no value that year)
     */
    public record Point(String label, double x, Double y) {

        public Point {
            Objects.requireNonNull(label, "label");
            requireFinite(x, "x");
            if (y != null) {
                requireFinite(y, "y");
            }
        }
    }

    /**
     * A target: drawn dashed at {@code value} from the first measured position to {@code x}.
     *
     * @param value the target value, in the unit of the series
     * @param x     the target's position on the x axis, e.g. 2020
     * @param label the caller's text next to the line, e.g. {@code "Doel 2020: 55 %"}
     */
    public record Target(double value, double x, String label) {

        public Target {
            requireFinite(value, "value");
            requireFinite(x, "x");
            Svg.requireText(label, "target label");
        }
    }

    /**
     * Projected values, drawn dotted. Start with the last measured point to join the measured line.
     *
     * @param points the projected values; a null y leaves a gap as in the measured line
     * @param label the legend text, e.g. {@code "Prognose"}
     */
    public record Projection(List<Point> points, String label) {

        public Projection {
            points = List.copyOf(points);
            Svg.requireText(label, "projection label");
        }
    }

    /**
     * The baseline (nulmeting): a vertical line at {@code x}.
     *
     * @param x     the baseline's position on the x axis, e.g. 2013
     * @param label the legend text, e.g. {@code "Nulmeting 2013"}
     */
    public record Baseline(double x, String label) {

        public Baseline {
            requireFinite(x, "x");
            Svg.requireText(label, "baseline label");
        }
    }

    /**
     * What to draw. {@code target}, {@code projection} and {@code baseline} may be null; {@code seriesLabel} may be
     * null when there is neither a projection nor a baseline (otherwise the legend needs it).
     *
     * @param title       the accessible name (the SVG {@code <title>}), localised
     * @param description the SVG {@code <desc>}: what the chart shows, in words, localised
     * @param yAxisLabel  written above the y axis, e.g. {@code "Aandeel vrouwen (%)"}
     * @param numbers     formatting of values (tooltips) and ticks
     * @param seriesLabel the legend text for the measured line, e.g. {@code "Gemeten"}
     * @param points      the measured values, at least one; drawn in order of x
     * @param target      the target line, or null
     * @param projection  the projected values, or null
     * @param baseline    the baseline, or null
     */
    public record Input(String title, String description, String yAxisLabel, NumberStyle numbers, String seriesLabel,
            List<Point> points, Target target, Projection projection, Baseline baseline) {

        public Input {
            Svg.requireText(title, "title");
            Svg.requireText(description, "description");
            Objects.requireNonNull(yAxisLabel, "yAxisLabel");
            Objects.requireNonNull(numbers, "numbers");
            points = List.copyOf(points);
            if (points.isEmpty()) {
                throw new IllegalArgumentException("A line chart needs at least one point");
            }
            if (seriesLabel == null && (projection != null || baseline != null)) {
                throw new IllegalArgumentException("The legend needs a series label next to the projection or baseline");
            }
        }

        /** A chart of the measured series only. */
        public static Input of(String title, String description, String yAxisLabel, NumberStyle numbers,
                String seriesLabel, List<Point> points) {
            return new Input(title, description, yAxisLabel, numbers, seriesLabel, points, null, null, null);
        }

        public Input withTarget(Target newTarget) {
            return new Input(title, description, yAxisLabel, numbers, seriesLabel, points, newTarget, projection, baseline);
        }

        public Input withProjection(Projection newProjection) {
            return new Input(title, description, yAxisLabel, numbers, seriesLabel, points, target, newProjection, baseline);
        }

        public Input withBaseline(Baseline newBaseline) {
            return new Input(title, description, yAxisLabel, numbers, seriesLabel, points, target, projection, newBaseline);
        }
    }

    private final String idPrefix;
    private final double width;
    private final double height;

    /**
     * @param idPrefix prefix of every id in the SVG (unique on the page): a letter, then letters, digits, - and _
     * @param width    viewBox width, at least 200
     * @param height   viewBox height, at least 150
     */
    public LineChart(String idPrefix, double width, double height) {
        this.idPrefix = Svg.checkPrefix(idPrefix);
        if (width < 200 || height < 150) {
            throw new IllegalArgumentException("A line chart needs at least 200 x 150: " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
    }

    /** The chart as an SVG element (no XML declaration), ready for {@code th:utext} or a PDF template. */
    public String render(Input input) {
        return new Drawing(input).draw();
    }

    /** The y axis rule of the class comment: from 0, unless all values are far from 0. */
    static NiceScale yScale(double dataMin, double dataMax) {
        boolean farAbove = dataMin > 0 && dataMax - dataMin < dataMin / 3;
        boolean farBelow = dataMax < 0 && dataMax - dataMin < -dataMax / 3;
        if (farAbove || farBelow) {
            return NiceScale.of(dataMin, dataMax, MAX_TICKS);
        }
        return NiceScale.of(Math.min(0, dataMin), Math.max(0, dataMax), MAX_TICKS);
    }

    /** Show every k-th label: the smallest k for which labels of {@code labelWidth} fit at {@code minGap} apart. */
    static int labelStep(double labelWidth, double minGap) {
        if (minGap <= 0) {
            return 1;
        }
        return Math.max(1, (int) Math.ceil((labelWidth + 8) / minGap));
    }

    private enum LegendKind { SERIES, PROJECTION, BASELINE }

    private static void requireFinite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number: " + value);
        }
    }

    /** One rendering: the scales and the SVG being written. */
    private final class Drawing {

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

        Drawing(Input input) {
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
}
