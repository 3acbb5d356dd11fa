package nl.techniekpact.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** GeoJSON reading and projection on small hand-written documents. */
class GeoJsonShapesTest {

    /** A square with a square hole, and a two-island region east of it. */
    private static final String SQUARES = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"statcode":"PV90","statnaam":"Gat & <Gaten>"},
             "geometry":{"type":"Polygon","coordinates":[
               [[4.0,52.0],[4.0,53.0],[5.0,53.0],[5.0,52.0],[4.0,52.0]],
               [[4.4,52.4],[4.6,52.4],[4.6,52.6],[4.4,52.6],[4.4,52.4]]]}},
            {"type":"Feature","properties":{"statcode":"PV91"},
             "geometry":{"type":"MultiPolygon","coordinates":[
               [[[5.0,52.0],[5.0,52.5],[6.0,52.5],[6.0,52.0],[5.0,52.0]]],
               [[[6.2,52.6],[6.2,53.0],[6.6,53.0],[6.2,52.6]]]]}}
            ]}
            """;

    @Test
    void readsPolygonsWithHolesAndMultiPolygons() {
        GeoJsonShapes.Result result = GeoJsonShapes.parse(SQUARES);

        assertThat(result.errors()).isEmpty();
        assertThat(result.shapes()).extracting(Shape::code).containsExactly("PV90", "PV91");
        Shape holed = result.shapes().getFirst();
        assertThat(holed.name()).isEqualTo("Gat & <Gaten>");
        assertThat(holed.rings()).hasSize(2);
        assertThat(holed.rings().getFirst()).hasSize(4);
        assertThat(holed.rings().getFirst().getFirst()).containsExactly(4.0, 52.0);
        Shape islands = result.shapes().getLast();
        assertThat(islands.name()).as("no statnaam: the code").isEqualTo("PV91");
        assertThat(islands.rings()).hasSize(2);
        assertThat(islands.positionCount()).isEqualTo(4 + 3);
    }

    @Test
    void projectsNorthUpIntoTheViewBoxKeepingTheAspectRatio() {
        List<Shape> shapes = GeoJsonShapes.parse(SQUARES).shapes();

        ShapeLayer layer = GeoJsonShapes.project(shapes, 400, 300, 0);

        assertThat(layer.width()).isEqualTo(400);
        ShapePath holed = layer.paths().getFirst();
        assertThat(holed.d()).startsWith("M").endsWith("Z");
        assertThat(holed.d().split("Z")).hasSize(2);
        double[][] points = points(layer);
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        double minY = Double.MAX_VALUE;
        double maxY = 0;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double expectedRatio = (2.6 * GeoJsonShapes.LONGITUDE_SCALE) / 1.0;
        assertThat(minX).isZero();
        assertThat(maxX).isEqualTo(400);
        assertThat((maxX - minX) / (maxY - minY)).isCloseTo(expectedRatio, org.assertj.core.data.Offset.offset(0.01));
        assertThat(minY).isGreaterThan(0);
        assertThat(maxY).isLessThan(300);
        // north up: the first corner (4.0, 52.0) is at the bottom, (4.0, 53.0) at the top
        String[] firstTwo = holed.d().substring(1).split("L", 3);
        double southY = Double.parseDouble(firstTwo[0].split(",")[1]);
        double northY = Double.parseDouble(firstTwo[1].split(",")[1]);
        assertThat(northY).isLessThan(southY);
    }

    @Test
    void leavesOutPositionsThatRoundOntoThePreviousOne() {
        String json = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"X1"},
                 "geometry":{"type":"Polygon","coordinates":[[[4,52],[4.0000001,52],[5,52],[5,53],[4,52]]]}}]}
                """;

        ShapeLayer layer = GeoJsonShapes.project(GeoJsonShapes.parse(json).shapes(), 100, 100);

        assertThat(layer.paths().getFirst().d().split("L")).hasSize(3);
    }

    @Test
    void reportsWhatIsNotGeoJsonWithoutThrowing() {
        assertThat(GeoJsonShapes.parse("{\"type\": ").errors()).singleElement().asString().startsWith("Not JSON");
        assertThat(GeoJsonShapes.parse("").errors()).singleElement().asString().startsWith("Not");
        assertThat(GeoJsonShapes.parse("[1,2]").errors()).containsExactly("Not GeoJSON: the document is not a JSON object");
        assertThat(GeoJsonShapes.parse("{\"type\":\"Feature\"}").errors())
                .containsExactly("Not a GeoJSON FeatureCollection: type is \"Feature\"");
        assertThat(GeoJsonShapes.parse("{\"type\":\"FeatureCollection\"}").errors())
                .containsExactly("The FeatureCollection has no \"features\" array");
        assertThat(GeoJsonShapes.parse("{\"type\":\"FeatureCollection\",\"features\":[]}").errors())
                .containsExactly("The FeatureCollection has no features");
        assertThat(GeoJsonShapes.read(Path.of("does-not-exist.geojson")).errors()).singleElement().asString()
                .startsWith("Cannot read does-not-exist.geojson");
    }

    @Test
    void reportsEveryBadFeatureAndKeepsTheGoodOnes() {
        String json = """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"statnaam":"Zonder code"},"geometry":{"type":"Polygon","coordinates":[[[4,52],[5,52],[5,53],[4,52]]]}},
                {"type":"Feature","properties":{"statcode":"PT01"},"geometry":{"type":"Point","coordinates":[4,52]}},
                {"type":"Feature","properties":{"statcode":"NG01"},"geometry":null},
                {"type":"Feature","properties":{"statcode":"OK01","statnaam":"Goed"},"geometry":{"type":"Polygon","coordinates":[[[4,52],[5,52],[5,53],[4,52]]]}},
                {"type":"Feature","properties":{"statcode":"OK01"},"geometry":{"type":"Polygon","coordinates":[[[4,52],[5,52],[5,53],[4,52]]]}},
                {"type":"Feature","properties":{"statcode":"BAD1"},"geometry":{"type":"Polygon","coordinates":[[[4,52],[5,"x"],[5,53],[4,52]]]}},
                {"type":"Feature","properties":{"statcode":"BAD2"},"geometry":{"type":"MultiPolygon","coordinates":[[[[4,52],[5,52],[4,52]]]]}},
                {"type":"Feature","properties":{"statcode":"BAD3"},"geometry":{"type":"Polygon","coordinates":[[[400,52],[5,52],[5,53],[4,52]]]}},
                "geen feature"
                ]}
                """;

        GeoJsonShapes.Result result = GeoJsonShapes.parse(json);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.shapes()).extracting(Shape::code).containsExactly("OK01");
        assertThat(result.errors()).containsExactly(
                "feature 1 has no properties.statcode",
                "feature 2 (PT01) has geometry type \"Point\"; only Polygon and MultiPolygon are supported",
                "feature 3 (NG01) has no geometry",
                "feature 5: statcode OK01 occurs more than once",
                "feature 6 (BAD1) has in ring 1 at position 2 no [longitude, latitude] within -180..180, -90..90",
                "feature 7 (BAD2) has a polygon 1 ring 1 with fewer than 3 distinct positions",
                "feature 8 (BAD3) has in ring 1 at position 1 no [longitude, latitude] within -180..180, -90..90",
                "feature 9 is not a JSON object");
    }

    @Test
    void readsFromAStream() {
        GeoJsonShapes.Result result = GeoJsonShapes.read(new ByteArrayInputStream(SQUARES.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.shapes()).hasSize(2);
    }

    @Test
    void projectingNothingGivesAnEmptyLayer() {
        assertThat(GeoJsonShapes.project(List.of(), 100, 100).paths()).isEmpty();
    }

    @Test
    void shapesCopyTheirPositions() {
        double[] position = {4, 52};
        Shape shape = new Shape("A", "A", List.of(List.of(position, new double[] {5, 52}, new double[] {5, 53})));
        position[0] = 99;

        assertThat(shape.rings().getFirst().getFirst()[0]).isEqualTo(4);
    }

    /** Every x,y pair of every path of the layer. */
    static double[][] points(ShapeLayer layer) {
        return layer.paths().stream()
                .flatMap(p -> java.util.Arrays.stream(p.d().split("[MLZ]")))
                .filter(s -> !s.isEmpty())
                .map(s -> s.split(","))
                .map(xy -> new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])})
                .toArray(double[][]::new);
    }
}
