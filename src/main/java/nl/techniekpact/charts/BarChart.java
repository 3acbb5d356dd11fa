package nl.techniekpact.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Regions compared as horizontal bars, one row per region, sorted by value (largest first by default; regions
 * without a value last, ties keep the caller's order). Each bar ends in its value ({@code "14,2 %"}, plus the
 * bar's marker in brackets if any); a region without a value gets the caller's "geen gegevens" text, or its
 * marker ({@code "onderdrukt"}), instead of a bar. A highlighted bar (the region the page is about) is darker
 * <em>and</em> has bold label and value, so it does not depend on colour. An optional reference (the national
 * value) is a dashed vertical line with the caller's label above the bars; it is interrupted where it would run
 * through a value text.
 *
 * <p>The x axis has nice ticks (at most 6 intervals) and always includes 0. Labels longer than 40 % of the width are shortened with
 * "…"; the full label is in the row's tooltip. The width is given, the height follows from the number of bars
 * ({@link #height(Input)}); both are viewBox units, the SVG scales to its container ({@code width="100%"}).
 * Use: {@code new BarChart("regio-vergelijking", 720).render(input)}.
 */
public final class BarChart {

    static final String BAR_COLOUR = "#4f7fb8";
    static final String HIGHLIGHT_COLOUR = "#154273";
    static final String REFERENCE_COLOUR = "#1a1a1a";
    static final String REFERENCE_DASH = "6 4";

    private static final double ROW = 26;
    private static final double BAR = 16;
    private static final double FONT = 13;
    private static final double ELLIPSIS_WIDTH = 0.58;

    /** The order of the rows; rows without a value always come last. */
    public enum Order {
        /** Largest value on top. */
        DESCENDING,
        /** Smallest value on top. */
        ASCENDING,
        /** As the caller listed them. */
        AS_GIVEN
    }

    /**
     * One row.
     *
     * @param label       the region's name
     * @param value       null when there is no value
     * @param highlighted drawn darker and bold (e.g. the region the page is about)
     * @param marker      optional text such as {@code "onderdrukt"} or {@code "voorlopig"}: shown instead of the
     *                    no-data text when there is no value, in brackets after the value otherwise; may be null
     */
    public record Bar(String label, Double value, boolean highlighted, String marker) {

        public Bar {
            Objects.requireNonNull(label, "label");
            if (value != null && !Double.isFinite(value)) {
                throw new IllegalArgumentException("Bar value must be finite: " + value);
            }
            if (marker != null && marker.isBlank()) {
                marker = null;
            }
        }

        /** An ordinary bar without marker. */
        public static Bar of(String label, Double value) {
            return new Bar(label, value, false, null);
        }
    }

    /**
     * A reference value drawn across all bars.
     *
     * @param value the reference, e.g. the national value
     * @param label the caller's text above the line, e.g. {@code "Nederland: 14,2 %"}
     */
    public record Reference(double value, String label) {

        public Reference {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("Reference value must be finite: " + value);
            }
            Svg.requireText(label, "reference label");
        }
    }

    /**
     * What to draw.
     *
     * @param title       the accessible name (the SVG {@code <title>}), localised
     * @param description the SVG {@code <desc>}, localised
     * @param numbers     formatting of the value labels and the axis
     * @param bars        the rows, at least one
     * @param reference   may be null
     * @param noDataText  shown instead of a bar without value, e.g. {@code "geen gegevens"}
     * @param order       the order of the rows
     */
    public record Input(String title, String description, NumberStyle numbers, List<Bar> bars, Reference reference,
            String noDataText, Order order) {

        public Input {
            Svg.requireText(title, "title");
            Svg.requireText(description, "description");
            Objects.requireNonNull(numbers, "numbers");
            bars = List.copyOf(bars);
            if (bars.isEmpty()) {
                throw new IllegalArgumentException("A bar chart needs at least one bar");
            }
            Svg.requireText(noDataText, "noDataText");
            Objects.requireNonNull(order, "order");
        }

        /** Largest first, no reference line. */
        public static Input of(String title, String description, NumberStyle numbers, List<Bar> bars,
                String noDataText) {
            return new Input(title, description, numbers, bars, null, noDataText, Order.DESCENDING);
        }

        public Input withReference(Reference newReference) {
            return new Input(title, description, numbers, bars, newReference, noDataText, order);
        }

        public Input withOrder(Order newOrder) {
            return new Input(title, description, numbers, bars, reference, noDataText, newOrder);
        }
    }

    private final String idPrefix;
    private final double width;

    /**
     * @param idPrefix prefix of every id in the SVG (unique on the page): a letter, then letters, digits, - and _
     * @param width    viewBox width, at least 300
     */
    public BarChart(String idPrefix, double width) {
        this.idPrefix = Svg.checkPrefix(idPrefix);
        if (width < 300) {
            throw new IllegalArgumentException("A bar chart needs a width of at least 300: " + width);
        }
        this.width = width;
    }

    /** The viewBox height for this input: grows by one row per bar. */
    public double height(Input input) {
        return top(input) + input.bars().size() * ROW + 34;
    }

    /** The chart as an SVG element (no XML declaration). */
    public String render(Input input) {
        return new Drawing(input).draw();
    }

    /** The rows in drawing order: by value as {@code order} says, rows without a value last, ties as given. */
    static List<Bar> sorted(List<Bar> bars, Order order) {
        Comparator<Bar> byValue = switch (order) {
            case DESCENDING -> Comparator.comparing(Bar::value, Comparator.nullsLast(Comparator.reverseOrder()));
            case ASCENDING -> Comparator.comparing(Bar::value, Comparator.nullsLast(Comparator.naturalOrder()));
            case AS_GIVEN -> Comparator.comparing(bar -> bar.value() == null);
        };
        return bars.stream().sorted(byValue).toList();
    }

    private static double top(Input input) {
        return input.reference() == null ? 8 : 30;
    }

    /** One rendering: layout and the SVG being written. */
    private final class Drawing {

        private final Input input;
        private final List<Bar> bars;
        private final NiceScale scale;
        private final double labelRight;
        private final double plotLeft;
        private final double plotRight;
        private final double top;
        private final double plotBottom;

        Drawing(Input input) {
            this.input = input;
            this.bars = sorted(input.bars(), input.order());
            this.scale = scaleOf();
            double widestLabel = bars.stream().mapToDouble(b -> Svg.textWidth(b.label(), FONT)).max().orElse(0);
            this.labelRight = Math.min(width * 0.4, widestLabel + 4);
            this.plotLeft = labelRight + 10;
            double widestValue = bars.stream().mapToDouble(b -> Svg.textWidth(valueText(b), FONT)).max().orElse(0);
            this.plotRight = width - Math.max(36, Math.min(widestValue + 12, width * 0.3));
            this.top = top(input);
            this.plotBottom = top + bars.size() * ROW + 4;
        }

        private NiceScale scaleOf() {
            List<Double> values = new ArrayList<>();
            input.bars().stream().map(Bar::value).filter(Objects::nonNull).forEach(values::add);
            if (input.reference() != null) {
                values.add(input.reference().value());
            }
            double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            return NiceScale.of(Math.min(0, min), Math.max(0, max), 6);
        }

        private double x(double value) {
            return plotLeft + scale.fraction(value) * (plotRight - plotLeft);
        }

        /** What stands at the end of the bar. */
        private String valueText(Bar bar) {
            if (bar.value() == null) {
                return bar.marker() == null ? input.noDataText() : bar.marker();
            }
            String value = input.numbers().format(bar.value());
            return bar.marker() == null ? value : value + " (" + bar.marker() + ")";
        }

        String draw() {
            Svg svg = Svg.root(idPrefix, "tp-chart tp-chart--bar", width, height(input), input.title(),
                    input.description());
            axis(svg);
            svg.open("g", "class", "tp-chart__bars");
            for (int i = 0; i < bars.size(); i++) {
                row(svg, bars.get(i), top + i * ROW);
            }
            svg.close("g");
            if (input.reference() != null) {
                reference(svg, input.reference());
            }
            return svg.finish();
        }

        private void axis(Svg svg) {
            svg.open("g", "class", "tp-chart__grid");
            for (double tick : scale.ticks()) {
                double x = x(tick);
                svg.line(x, top, x, plotBottom, tick == 0 ? Svg.AXIS_COLOUR : Svg.GRID_COLOUR, "stroke-width", "1");
                svg.text(x, plotBottom + 17, "middle", input.numbers().number(tick, scale.decimals()),
                        "font-size", "12", "fill", Svg.MUTED_COLOUR);
            }
            svg.close("g");
        }

        private void row(Svg svg, Bar bar, double rowTop) {
            String weight = bar.highlighted() ? "bold" : null;
            double baseline = rowTop + ROW / 2 + 4.5;
            svg.open("g", "class", bar.highlighted() ? "tp-chart__bar tp-chart__bar--highlighted" : "tp-chart__bar");
            svg.element("title", bar.label() + ": " + valueText(bar));
            svg.text(labelRight, baseline, "end", shortened(bar.label()), "font-weight", weight);
            double zero = x(0);
            if (bar.value() == null) {
                svg.text(valueTextX(bar), baseline, "start", valueText(bar), "font-style", "italic", "fill",
                        Svg.MUTED_COLOUR);
            } else {
                double end = x(bar.value());
                svg.empty("rect", "x", Svg.num(Math.min(zero, end)), "y", Svg.num(rowTop + (ROW - BAR) / 2),
                        "width", Svg.num(Math.abs(end - zero)), "height", Svg.num(BAR),
                        "fill", bar.highlighted() ? HIGHLIGHT_COLOUR : BAR_COLOUR);
                svg.text(valueTextX(bar), baseline, "start", valueText(bar), "font-weight", weight);
            }
            svg.close("g");
        }

        private void referenceSegment(Svg svg, double x, double from, double to) {
            svg.line(x, from, x, to, REFERENCE_COLOUR, "stroke-width", "1.5", "stroke-dasharray", REFERENCE_DASH);
        }

        /** Whether the text after the bar (or instead of it) spans {@code x}, with a little room either side. */
        private boolean valueTextCovers(Bar bar, double x) {
            double start = valueTextX(bar);
            double end = start + Svg.textWidth(valueText(bar), FONT) * (bar.highlighted() ? 1.1 : 1);
            return x >= start - 3 && x <= end + 3;
        }

        private double valueTextX(Bar bar) {
            return bar.value() == null ? x(0) + 5 : Math.max(x(0), x(bar.value())) + 5;
        }

        /** The label, cut with "…" when wider than the label column. */
        private String shortened(String label) {
            if (Svg.textWidth(label, FONT) <= labelRight) {
                return label;
            }
            int end = label.length();
            while (end > 1 && Svg.textWidth(label.substring(0, end), FONT) + ELLIPSIS_WIDTH * FONT > labelRight) {
                end--;
            }
            return label.substring(0, end).stripTrailing() + "\u2026";
        }

        /** The reference line, interrupted where it would cross a row's value text. */
        private void reference(Svg svg, Reference reference) {
            double x = x(reference.value());
            svg.open("g", "class", "tp-chart__reference");
            double from = top - 6;
            for (int i = 0; i < bars.size(); i++) {
                double rowTop = top + i * ROW;
                if (valueTextCovers(bars.get(i), x)) {
                    if (rowTop + 4 - from >= 10) {
                        referenceSegment(svg, x, from, rowTop + 4);
                    }
                    from = rowTop + ROW - 3;
                }
            }
            referenceSegment(svg, x, from, plotBottom);
            double labelWidth = Svg.textWidth(reference.label(), 12);
            String anchor = "middle";
            if (x - labelWidth / 2 < 0) {
                anchor = "start";
            } else if (x + labelWidth / 2 > width) {
                anchor = "end";
            }
            svg.text(anchor.equals("start") ? Math.max(0, x - 4) : anchor.equals("end") ? Math.min(width, x + 4) : x,
                    top - 12, anchor, reference.label(), "font-size", "12", "font-weight", "bold");
            svg.close("g");
        }
    }
}
