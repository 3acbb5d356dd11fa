package nl.techniekpact.charts;

import static nl.techniekpact.charts.ChartAssertions.assertAccessibleSvg;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Writes sample charts to {@code target/} for looking at (a browser, or {@code rsvg-convert}): a province map with
 * dummy values, a municipality map, a line chart and a bar chart. The values are made up.
 */
class ChartSamplesTest {

    private static final Path TARGET = Path.of("target");

    private static void write(String name, String svg) throws IOException {
        Files.createDirectories(TARGET);
        Files.writeString(TARGET.resolve(name), svg, StandardCharsets.UTF_8);
    }

    @Test
    void provinceChoroplethWithDummyValues() throws IOException {
        List<Shape> shapes = GeoJsonShapes.read(Boundaries.file("provincie_2023.geojson")).shapes();
        ShapeLayer layer = GeoJsonShapes.project(shapes, 400, 470);
        Map<String, Double> values = new HashMap<>(Map.of("PV20", 14.2, "PV21", 12.8, "PV22", 11.0, "PV23", 13.5,
                "PV24", 17.5, "PV25", 15.1, "PV26", 19.9, "PV27", 15.1, "PV28", 16.3, "PV30", 14.9));
        values.put("PV31", 13.0);
        values.put("PV29", null);

        String svg = new ChoroplethMap("kaart-provincies").render(new ChoroplethMap.Input(
                "Aandeel techniek in het hbo per provincie, 2019 (voorbeeldwaarden)",
                "Kaart van de twaalf provincies in vijf klassen; Utrecht het hoogst, Zeeland zonder gegevens.",
                layer, values, Classification.QUANTILES, NumberStyle.dutch(1, "%"), "geen gegevens",
                "Aandeel techniek"));
        write("charts-sample.svg", svg);

        SvgDocument document = assertAccessibleSvg(svg, "kaart-provincies",
                "Aandeel techniek in het hbo per provincie, 2019 (voorbeeldwaarden)",
                "Kaart van de twaalf provincies in vijf klassen; Utrecht het hoogst, Zeeland zonder gegevens.");
        assertThat(document.withClass("path", "tp-map__area")).hasSize(12)
                .allSatisfy(p -> assertThat(p.getAttribute("d")).isNotEmpty());
        assertThat(document.withClass("path", "tp-map__area--nodata")).hasSize(1);
    }

    @Test
    void municipalityChoropleth() throws IOException {
        List<Shape> shapes = GeoJsonShapes.read(Boundaries.file("gemeente_2023.geojson")).shapes();
        ShapeLayer layer = GeoJsonShapes.project(shapes, 400, 470);
        Map<String, Double> values = new HashMap<>();
        for (int i = 0; i < shapes.size(); i++) {
            if (i % 29 != 0) {
                values.put(shapes.get(i).code(), (double) ((i * 37) % 100) / 4);
            }
        }

        String svg = new ChoroplethMap("kaart-gemeenten").render(new ChoroplethMap.Input(
                "Voorbeeld: gemeenten", "342 gemeenten in vijf gelijke intervallen.", layer, values,
                Classification.EQUAL_INTERVALS, NumberStyle.dutch(1, "%"), "geen gegevens", null));
        write("gemeenten-sample.svg", svg);

        assertThat(SvgDocument.parse(svg).withClass("path", "tp-map__area")).hasSize(342);
    }

    @Test
    void lineChart() throws IOException {
        String svg = new LineChart("trend-hbo", 640, 360).render(LineChartTest.sample());
        write("line-sample.svg", svg);

        assertThat(SvgDocument.parse(svg).root().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void denseLineChartFarFromZero() throws IOException {
        List<LineChart.Point> points = new java.util.ArrayList<>();
        for (int year = 2000; year <= 2024; year++) {
            points.add(new LineChart.Point(year + "/" + (year + 1), year, 95961.0 + (year - 2000) * 700 + (year % 3) * 900));
        }
        String svg = new LineChart("trend-dicht", 480, 300).render(LineChart.Input.of("Studenten per jaar",
                "Van 96 duizend naar 114 duizend.", "Studenten", NumberStyle.dutch(0, ""), null, points));
        write("line-dense-sample.svg", svg);

        assertThat(SvgDocument.parse(svg).inGroup("tp-chart__grid", "text").getFirst().getTextContent())
                .isEqualTo("95.000");
    }

    @Test
    void barChart() throws IOException {
        String svg = new BarChart("regio-vergelijking", 720).render(BarChartTest.sample());
        write("bar-sample.svg", svg);

        assertThat(SvgDocument.parse(svg).root().getAttribute("role")).isEqualTo("img");
    }
}
