package nl.techniekpact.charts;

import java.util.List;
import java.util.Objects;

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

    static final double TOP = 34;
    static final double RIGHT = 12;
    static final double TICK_FONT = 12;
    static final int MAX_TICKS = 6;

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
        return new LineChartDrawing(idPrefix, width, height, input).draw();
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

    enum LegendKind { SERIES, PROJECTION, BASELINE }

    static void requireFinite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number: " + value);
        }
    }
}
