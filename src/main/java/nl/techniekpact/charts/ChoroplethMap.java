package nl.techniekpact.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Regions coloured by class of their value. The classes come from {@link ClassBreaks} (quantiles or equal
 * intervals, the caller chooses, at most five); the colours from {@link #PALETTE}, a sequential palette from
 * light yellow to dark blue whose lightness falls step by step, also for people with red–green colour blindness.
 * The legend, right of the map, gives every class's range in text ({@code "12,0 – 15,5 %"}), lowest first.
 * Regions without a value are hatched (an SVG {@code <pattern>} with id {@code {prefix}-nodata}) and get the
 * caller's legend entry ("geen gegevens"). Every region has a tooltip ({@code <title>}) such as
 * {@code "Groningen: 14,2 %"} and a {@code data-code} attribute with its code; codes in the values that have
 * no shape are ignored and do not count for the classes.
 *
 * <p>The map keeps the layer's viewBox size; the legend adds its width on the right. Use:
 * {@code new ChoroplethMap("kaart-provincies").render(input)}.
 */
public final class ChoroplethMap {

    /** The five steps, low to high: light yellow, green, teal, blue, dark blue. */
    public static final List<String> PALETTE = List.of("#f4f1c3", "#98daa5", "#21adad", "#1870a1", "#1e3a71");

    static final String BORDER_COLOUR = "#4d4d4d";
    static final String HATCH_COLOUR = "#6b6b6b";

    private static final double LEGEND_GAP = 20;
    private static final double SWATCH_WIDTH = 22;
    private static final double SWATCH_HEIGHT = 16;
    private static final double LEGEND_ROW = 24;
    private static final double FONT = 13;

    /**
     * What to draw.
     *
     * @param title          the accessible name (the SVG {@code <title>}), localised
     * @param description    the SVG {@code <desc>}, localised
     * @param layer          the projected regions, from {@link GeoJsonShapes#project(List, double, double)}
     * @param values         value per region code; a missing key or a null value means no data
     * @param classification quantiles or equal intervals
     * @param numbers        formatting of tooltips and legend; also the rounding used for classifying
     * @param noDataText     tooltip and legend text for regions without a value, e.g. {@code "geen gegevens"}
     * @param legendTitle    heading above the legend, e.g. {@code "Aandeel vrouwen"}; may be null
     */
    public record Input(String title, String description, ShapeLayer layer, Map<String, Double> values,
            Classification classification, NumberStyle numbers, String noDataText, String legendTitle) {

        public Input {
            Svg.requireText(title, "title");
            Svg.requireText(description, "description");
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(values, "values");
            Objects.requireNonNull(classification, "classification");
            Objects.requireNonNull(numbers, "numbers");
            Svg.requireText(noDataText, "noDataText");
            values = Collections.unmodifiableMap(new HashMap<>(values));
        }
    }

    private final String idPrefix;

    /** @param idPrefix prefix of every id in the SVG (unique on the page): a letter, then letters, digits, - and _ */
    public ChoroplethMap(String idPrefix) {
        this.idPrefix = Svg.checkPrefix(idPrefix);
    }

    /** The classes this input gets: from the values of the regions in the layer. */
    public static ClassBreaks breaks(Input input) {
        List<Double> values = input.layer().paths().stream().map(p -> input.values().get(p.code()))
                .filter(Objects::nonNull).toList();
        return ClassBreaks.of(values, input.classification(), input.numbers());
    }

    /** The palette colour of class {@code index} when there are {@code classCount} classes: spread over the five. */
    static String colour(int index, int classCount) {
        if (classCount == 1) {
            return PALETTE.get(2);
        }
        return PALETTE.get((int) Math.round(index * (PALETTE.size() - 1.0) / (classCount - 1)));
    }

    /** The map as an SVG element (no XML declaration). */
    public String render(Input input) {
        return new Drawing(input).draw();
    }

    /** One rendering. */
    private final class Drawing {

        private final Input input;
        private final ClassBreaks breaks;
        private final boolean anyMissing;
        private final List<String> legendTexts = new ArrayList<>();
        private final double legendLeft;
        private final double width;
        private final double height;

        Drawing(Input input) {
            this.input = input;
            this.breaks = breaks(input);
            this.anyMissing = input.layer().paths().stream().anyMatch(p -> input.values().get(p.code()) == null);
            breaks.classes().forEach(c -> legendTexts.add(input.numbers().range(c.from(), c.to())));
            if (anyMissing) {
                legendTexts.add(input.noDataText());
            }
            double legendWidth = SWATCH_WIDTH + 8
                    + legendTexts.stream().mapToDouble(t -> Svg.textWidth(t, FONT)).max().orElse(0);
            if (input.legendTitle() != null) {
                legendWidth = Math.max(legendWidth, Svg.textWidth(input.legendTitle(), FONT));
            }
            this.legendLeft = input.layer().width() + LEGEND_GAP;
            this.width = legendLeft + legendWidth + 8;
            this.height = Math.max(input.layer().height(), legendTop() + legendTexts.size() * LEGEND_ROW + 8);
        }

        private double legendTop() {
            return input.legendTitle() == null ? 12 : 36;
        }

        String draw() {
            Svg svg = Svg.root(idPrefix, "tp-chart tp-chart--map", width, height, input.title(), input.description());
            if (anyMissing) {
                hatch(svg);
            }
            svg.open("g", "class", "tp-map__areas", "stroke", BORDER_COLOUR, "stroke-width", "0.6",
                    "stroke-linejoin", "round", "fill-rule", "evenodd");
            for (ShapePath path : input.layer().paths()) {
                area(svg, path);
            }
            svg.close("g");
            legend(svg);
            return svg.finish();
        }

        private String noDataFill() {
            return "url(#" + idPrefix + "-nodata)";
        }

        private void hatch(Svg svg) {
            svg.open("defs");
            svg.open("pattern", "id", idPrefix + "-nodata", "patternUnits", "userSpaceOnUse", "width", "6",
                    "height", "6", "patternTransform", "rotate(45)");
            svg.empty("rect", "x", "0", "y", "0", "width", "6", "height", "6", "fill", "#ffffff");
            svg.line(1.5, 0, 1.5, 6, HATCH_COLOUR, "stroke-width", "1.5");
            svg.close("pattern");
            svg.close("defs");
        }

        private void area(Svg svg, ShapePath path) {
            Double value = input.values().get(path.code());
            String fill;
            String cssClass;
            String tooltip;
            if (value == null) {
                fill = noDataFill();
                cssClass = "tp-map__area tp-map__area--nodata";
                tooltip = path.name() + ": " + input.noDataText();
            } else {
                int index = breaks.classOf(value);
                fill = colour(index, breaks.size());
                cssClass = "tp-map__area tp-map__area--c" + (index + 1);
                tooltip = path.name() + ": " + input.numbers().format(value);
            }
            svg.open("path", "d", path.d(), "fill", fill, "class", cssClass, "data-code", path.code());
            svg.element("title", tooltip);
            svg.close("path");
        }

        private void legend(Svg svg) {
            svg.open("g", "class", "tp-chart__legend");
            if (input.legendTitle() != null) {
                svg.text(legendLeft, 20, "start", input.legendTitle(), "font-weight", "bold");
            }
            for (int i = 0; i < legendTexts.size(); i++) {
                double top = legendTop() + i * LEGEND_ROW;
                boolean missing = i == breaks.size();
                svg.empty("rect", "x", Svg.num(legendLeft), "y", Svg.num(top), "width", Svg.num(SWATCH_WIDTH),
                        "height", Svg.num(SWATCH_HEIGHT), "fill", missing ? noDataFill() : colour(i, breaks.size()),
                        "stroke", BORDER_COLOUR, "stroke-width", "0.6");
                svg.text(legendLeft + SWATCH_WIDTH + 8, top + SWATCH_HEIGHT - 3.5, "start", legendTexts.get(i));
            }
            svg.close("g");
        }
    }
}
