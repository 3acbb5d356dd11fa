package nl.techniekpact.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The four real CBS/PDOK boundary files (cartomap/nl, 2023), read from ../shared, never copied. */
class GeoJsonShapesRealFilesTest {

    @ParameterizedTest(name = "{0}: {1} regions")
    @CsvSource({
            "provincie_2023.geojson, 12, PV",
            "landsdeel_2023.geojson, 4, LD",
            "arbeidsmarktregio_2023.geojson, 35, AM",
            "gemeente_2023.geojson, 342, GM",
    })
    void readsEveryRegionAndProjectsItInsideTheViewBox(String file, int count, String codePrefix) {
        GeoJsonShapes.Result result = GeoJsonShapes.read(Boundaries.file(file));

        assertThat(result.errors()).isEmpty();
        assertThat(result.shapes()).hasSize(count);
        assertThat(result.shapes()).allSatisfy(s -> {
            assertThat(s.code()).startsWith(codePrefix);
            assertThat(s.name()).isNotBlank().isNotEqualTo(s.code());
            assertThat(s.positionCount()).isGreaterThanOrEqualTo(3);
        });

        ShapeLayer layer = GeoJsonShapes.project(result.shapes(), 400, 480);

        assertThat(layer.paths()).hasSize(count);
        assertThat(layer.paths()).allSatisfy(p -> assertThat(p.d()).matches("(M[-\\d.]+,[-\\d.]+(L[-\\d.]+,[-\\d.]+)*Z)+"));
        double[][] points = GeoJsonShapesTest.points(layer);
        assertThat(List.of(points)).hasSizeGreaterThan(count * 3).allSatisfy(p -> {
            assertThat(p[0]).isBetween(0.0, 400.0);
            assertThat(p[1]).isBetween(0.0, 480.0);
        });
    }

    @Test
    void theProvincesAreTheTwelveOf2023AndTheNetherlandsIsNorthUp() {
        List<Shape> shapes = GeoJsonShapes.read(Boundaries.file("provincie_2023.geojson")).shapes();

        assertThat(shapes).extracting(Shape::code).containsExactlyInAnyOrder("PV20", "PV21", "PV22", "PV23", "PV24",
                "PV25", "PV26", "PV27", "PV28", "PV29", "PV30", "PV31");
        assertThat(shapes).filteredOn(s -> s.code().equals("PV21")).singleElement()
                .extracting(Shape::name).isEqualTo("Fryslân");
        assertThat(shapes).filteredOn(s -> s.code().equals("PV28")).singleElement()
                .satisfies(s -> assertThat(s.rings()).as("Zuid-Holland has islands or a hole").hasSizeGreaterThan(1));

        ShapeLayer layer = GeoJsonShapes.project(shapes, 400, 480);
        double groningenY = centreY(layer, "PV20");
        double limburgY = centreY(layer, "PV31");
        double zeelandX = centreX(layer, "PV29");
        double groningenX = centreX(layer, "PV20");
        assertThat(groningenY).as("Groningen north of Limburg").isLessThan(limburgY);
        assertThat(zeelandX).as("Zeeland west of Groningen").isLessThan(groningenX);
    }

    @Test
    void projectingTheSameFileTwiceGivesTheSamePaths() {
        List<Shape> shapes = GeoJsonShapes.read(Boundaries.file("gemeente_2023.geojson")).shapes();

        assertThat(GeoJsonShapes.project(shapes, 400, 480)).isEqualTo(GeoJsonShapes.project(shapes, 400, 480));
    }

    private static double centreX(ShapeLayer layer, String code) {
        return centre(layer, code)[0];
    }

    private static double centreY(ShapeLayer layer, String code) {
        return centre(layer, code)[1];
    }

    private static double[] centre(ShapeLayer layer, String code) {
        ShapeLayer one = new ShapeLayer(layer.width(), layer.height(),
                layer.paths().stream().filter(p -> p.code().equals(code)).toList());
        double[][] points = GeoJsonShapesTest.points(one);
        double x = 0;
        double y = 0;
        for (double[] p : points) {
            x += p[0];
            y += p[1];
        }
        return new double[] {x / points.length, y / points.length};
    }
}
