package nl.techniekpact.charts;

import static nl.techniekpact.charts.ChartAssertions.assertAccessibleSvg;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The choropleth on a small hand-made layer; the real provinces are in {@link ChartSamplesTest}. */
class ChoroplethMapTest {

    private static final NumberStyle PERCENT = NumberStyle.dutch(1, "%");

    private static ShapeLayer layer() {
        List<ShapePath> paths = List.of(
                new ShapePath("R1", "Groningen", "M0.0,0.0L10.0,0.0L10.0,10.0Z"),
                new ShapePath("R2", "Fryslân", "M10.0,0.0L20.0,0.0L20.0,10.0Z"),
                new ShapePath("R3", "Drenthe", "M20.0,0.0L30.0,0.0L30.0,10.0Z"),
                new ShapePath("R4", "Overijssel", "M30.0,0.0L40.0,0.0L40.0,10.0Z"),
                new ShapePath("R5", "Flevoland", "M40.0,0.0L50.0,0.0L50.0,10.0Z"),
                new ShapePath("R6", "\"Zee\" & <land>", "M50.0,0.0L60.0,0.0L60.0,10.0Z"));
        return new ShapeLayer(200, 240, paths);
    }

    private static ChoroplethMap.Input input(Map<String, Double> values, Classification classification) {
        return new ChoroplethMap.Input("Aandeel techniek per provincie", "Hoogst in Flevoland; Drenthe onbekend.",
                layer(), values, classification, PERCENT, "geen gegevens", "Aandeel techniek");
    }

    private static Map<String, Double> values() {
        Map<String, Double> values = new HashMap<>();
        values.put("R1", 14.24);
        values.put("R2", 12.0);
        values.put("R3", null);
        values.put("R4", 13.1);
        values.put("R5", 17.5);
        values.put("R6", 15.5);
        values.put("ELSEWHERE", 99.0);
        return values;
    }

    private static String render(Map<String, Double> values) {
        return new ChoroplethMap("kaart").render(input(values, Classification.QUANTILES));
    }

    @Test
    void isAnAccessibleWellFormedSvgWithATooltipPerRegion() {
        String svg = render(values());

        SvgDocument document = assertAccessibleSvg(svg, "kaart", "Aandeel techniek per provincie",
                "Hoogst in Flevoland; Drenthe onbekend.");
        List<Element> areas = document.withClass("path", "tp-map__area");
        assertThat(areas).hasSize(6);
        assertThat(areas).map(a -> SvgDocument.titleOf(a).orElseThrow()).containsExactly(
                "Groningen: 14,2 %", "Fryslân: 12,0 %", "Drenthe: geen gegevens", "Overijssel: 13,1 %",
                "Flevoland: 17,5 %", "\"Zee\" & <land>: 15,5 %");
        assertThat(areas).extracting(a -> a.getAttribute("data-code"))
                .containsExactly("R1", "R2", "R3", "R4", "R5", "R6");
        assertThat(svg).contains("&quot;Zee&quot; &amp; &lt;land&gt;");
        assertThat(document.withClass("g", "tp-map__areas").getFirst().getAttribute("fill-rule")).isEqualTo("evenodd");
    }

    @Test
    void rendersTheSameBytesTwice() {
        assertThat(render(values())).isEqualTo(render(new HashMap<>(values())));
    }

    @Test
    void colorsByClassFromLightToDarkWithATextRangePerClass() {
        SvgDocument document = SvgDocument.parse(render(values()));

        List<Element> areas = document.withClass("path", "tp-map__area");
        // five values, five quantile classes: 12,0 | 13,1 | 14,2 | 15,5 | 17,5
        assertThat(areas).extracting(a -> a.getAttribute("fill")).containsExactly(ChoroplethMap.PALETTE.get(2),
                ChoroplethMap.PALETTE.get(0), "url(#kaart-nodata)", ChoroplethMap.PALETTE.get(1),
                ChoroplethMap.PALETTE.get(4), ChoroplethMap.PALETTE.get(3));
        assertThat(document.inGroup("tp-chart__legend", "text")).extracting(Element::getTextContent).containsExactly(
                "Aandeel techniek", "12,0 %", "13,1 %", "14,2 %", "15,5 %", "17,5 %", "geen gegevens");
        assertThat(document.inGroup("tp-chart__legend", "rect")).extracting(r -> r.getAttribute("fill"))
                .containsExactly(ChoroplethMap.PALETTE.get(0), ChoroplethMap.PALETTE.get(1),
                        ChoroplethMap.PALETTE.get(2), ChoroplethMap.PALETTE.get(3), ChoroplethMap.PALETTE.get(4),
                        "url(#kaart-nodata)");
    }

    @Test
    void regionsWithoutDataAreHatchedWithAPatternNamedAfterThePrefix() {
        SvgDocument document = SvgDocument.parse(render(values()));

        Element pattern = document.byId("kaart-nodata");
        assertThat(pattern.getLocalName()).isEqualTo("pattern");
        assertThat(pattern.getAttribute("patternTransform")).isEqualTo("rotate(45)");
        assertThat(document.withClass("path", "tp-map__area--nodata")).singleElement()
                .extracting(e -> e.getAttribute("data-code")).isEqualTo("R3");
    }

    @Test
    void withoutMissingRegionsThereIsNoPatternAndNoNoDataEntry() {
        Map<String, Double> values = values();
        values.put("R3", 11.0);

        SvgDocument document = SvgDocument.parse(render(values));

        assertThat(document.all("pattern")).isEmpty();
        assertThat(document.texts()).doesNotContain("geen gegevens");
    }

    @Test
    void equalIntervalsLabelTheBoundsAndSpreadFewerClassesOverThePalette() {
        Map<String, Double> values = Map.of("R1", 10.0, "R2", 10.0, "R3", 20.0, "R4", 20.0, "R5", 20.0, "R6", 20.0);

        String svg = new ChoroplethMap("gelijk").render(input(values, Classification.QUANTILES));
        SvgDocument document = SvgDocument.parse(svg);
        assertThat(document.inGroup("tp-chart__legend", "rect")).extracting(r -> r.getAttribute("fill"))
                .containsExactly(ChoroplethMap.PALETTE.get(0), ChoroplethMap.PALETTE.get(4));

        String intervals = new ChoroplethMap("gelijk").render(input(values, Classification.EQUAL_INTERVALS));
        assertThat(SvgDocument.parse(intervals).inGroup("tp-chart__legend", "text")).extracting(Element::getTextContent)
                .containsExactly("Aandeel techniek", "10,0 \u2013 12,0 %", "12,0 \u2013 14,0 %", "14,0 \u2013 16,0 %",
                        "16,0 \u2013 18,0 %", "18,0 \u2013 20,0 %");
    }

    @Test
    void noValuesAtAllGivesAHatchedMapWithOneLegendEntry() {
        String svg = new ChoroplethMap("leeg").render(input(Map.of(), Classification.QUANTILES));

        SvgDocument document = SvgDocument.parse(svg);
        assertThat(document.withClass("path", "tp-map__area")).extracting(a -> a.getAttribute("fill"))
                .containsOnly("url(#leeg-nodata)");
        assertThat(document.inGroup("tp-chart__legend", "text")).extracting(Element::getTextContent)
                .containsExactly("Aandeel techniek", "geen gegevens");
    }

    @Test
    void classesIgnoreCodesWithoutShape() {
        ClassBreaks breaks = ChoroplethMap.breaks(input(values(), Classification.EQUAL_INTERVALS));

        assertThat(breaks.classes().getLast().to()).isEqualTo(17.5);
    }

    @Test
    void paletteIsSequentialFromLightToDark() {
        List<Double> luminance = ChoroplethMap.PALETTE.stream().map(ChoroplethMapTest::relativeLuminance).toList();

        assertThat(luminance).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(ChoroplethMap.colour(0, 3)).isEqualTo(ChoroplethMap.PALETTE.get(0));
        assertThat(ChoroplethMap.colour(1, 3)).isEqualTo(ChoroplethMap.PALETTE.get(2));
        assertThat(ChoroplethMap.colour(2, 3)).isEqualTo(ChoroplethMap.PALETTE.get(4));
        assertThat(ChoroplethMap.colour(0, 1)).isEqualTo(ChoroplethMap.PALETTE.get(2));
    }

    @Test
    void linesAndBarsContrastAtLeastThreeToOneWithWhite() {
        for (String colour : List.of(LineChart.SERIES_COLOUR, LineChart.TARGET_COLOUR, LineChart.BASELINE_COLOUR,
                BarChart.BAR_COLOUR, BarChart.HIGHLIGHT_COLOUR, BarChart.REFERENCE_COLOUR, Svg.AXIS_COLOUR)) {
            assertThat(1.05 / (relativeLuminance(colour) + 0.05)).as(colour).isGreaterThanOrEqualTo(3);
        }
        for (String text : List.of(Svg.TEXT_COLOUR, Svg.MUTED_COLOUR, LineChart.TARGET_COLOUR)) {
            assertThat(1.05 / (relativeLuminance(text) + 0.05)).as(text).isGreaterThanOrEqualTo(4.5);
        }
    }

    /** WCAG 2.1 relative luminance of {@code #rrggbb}. */
    static double relativeLuminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
