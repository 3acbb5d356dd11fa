package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.techniekpact.importers.ImportError.Code;
import org.junit.jupiter.api.Test;

/** The GeoNames PC4 file: the real 2017 one (values from its SOURCE.md, means computed outside Java) and small files. */
class PostcodeAreaReaderTest {

    private static ParseResult<PostcodeArea> real() {
        return new PostcodeAreaReader().parse(ExternalData.file("geonames-postcodes-nl-pc4-2017", "NL.txt"));
    }

    private static Map<String, PostcodeArea> byPc4(ParseResult<PostcodeArea> result) {
        return result.rows().stream().collect(Collectors.toMap(PostcodeArea::pc4, Function.identity()));
    }

    private static ParseResult<PostcodeArea> read(String... lines) {
        return new PostcodeAreaReader().parse(SourceFile.of("NL.txt", String.join("\n", lines) + "\n"));
    }

    private static String row(String pc4, String place, String municipality, String latitude, String longitude) {
        return String.join("\t", "NL", pc4, place, "Drenthe", "01", "Emmen", municipality, "", "", latitude, longitude);
    }

    @Test
    void readsOneAreaPerPc4OfTheRealFile() {
        var result = real();

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(4064);
        assertThat(result.rows()).extracting(PostcodeArea::pc4).doesNotHaveDuplicates();
        assertThat(result.rows().stream().map(PostcodeArea::municipalityCode).distinct()).hasSize(388);
        assertThat(result.rows()).allSatisfy(area -> {
            assertThat(area.latitude()).isBetween(50.7, 53.6);
            assertThat(area.longitude()).isBetween(3.3, 7.3);
        });
        assertThat(result.rows().getFirst().pc4()).isEqualTo("9401");
        assertThat(result.rows().getLast().pc4()).isEqualTo("8245");
    }

    @Test
    void givesTheRealCentroidsOfSingleRowAreas() {
        Map<String, PostcodeArea> areas = byPc4(real());

        assertThat(areas.get("1011")).isEqualTo(new PostcodeArea("1011", "Amsterdam", "0363", 52.371, 4.9041));
        assertThat(areas.get("3511")).isEqualTo(new PostcodeArea("3511", "Utrecht", "0344", 52.0884, 5.1175));
        assertThat(areas.get("5611")).isEqualTo(new PostcodeArea("5611", "Eindhoven", "0772", 51.4367, 5.4801));
        assertThat(areas.get("9401")).isEqualTo(new PostcodeArea("9401", "Assen", "0106", 52.9936, 6.5621));
        assertThat(areas.get("1011").distanceKm(areas.get("3511"))).isCloseTo(34.622, within(0.1));
    }

    @Test
    void mergesTheRowsOfAPc4IntoTheirMeanWithTheFirstRowsPlaceAndMunicipality() {
        Map<String, PostcodeArea> areas = byPc4(real());

        PostcodeArea schoonebeek = areas.get("7766");
        assertThat(schoonebeek.place()).isEqualTo("Schoonebeek");
        assertThat(schoonebeek.municipalityCode()).isEqualTo("0114");
        assertThat(schoonebeek.latitude()).isCloseTo(52.6613, within(1e-9));
        assertThat(schoonebeek.longitude()).isCloseTo(6.9559333333, within(1e-9));
        PostcodeArea heusden = areas.get("5256");
        assertThat(heusden.place()).isEqualTo("Oudheusden");
        assertThat(heusden.latitude()).isCloseTo(51.7258428571, within(1e-9));
        assertThat(heusden.longitude()).isCloseTo(5.1441285714, within(1e-9));
        PostcodeArea acrossBorder = areas.get("7881");
        assertThat(acrossBorder.place()).isEqualTo("Nieuw-Weerdinge");
        assertThat(acrossBorder.municipalityCode()).isEqualTo("0114");
    }

    @Test
    void readsTheTwelveFieldLayoutAndPadsMunicipalityNumbers() {
        var result = read(row("7766", "Schoonebeek", "114", "52.6629", "6.8827") + "\t4",
                row("7766", "Weiteveen", "0114", "52.6733", "6.9957") + "\t4");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(area -> {
            assertThat(area.municipalityCode()).isEqualTo("0114");
            assertThat(area.latitude()).isCloseTo(52.6681, within(1e-9));
            assertThat(area.longitude()).isCloseTo(6.9392, within(1e-9));
        });
    }

    @Test
    void reportsEveryBadRowWithLineAndColumnAndLeavesItOutOfTheMean() {
        var result = read(row("7766", "Schoonebeek", "0114", "52.6629", "6.8827"),
                row("7766", "Weiteveen", "0114", "52,6733", "6.9957"),
                row("0766", "Nergens", "0114", "52.6", "6.9"),
                row("7767", "", "0114", "52.6", "6.9"),
                row("7768", "Ergens", "GM0114", "52.6", "6.9"),
                row("7769", "Ergens", "0114", "", "1e1"),
                row("7770", "Ergens", "0114", "91", "6.9"),
                "BE\t7771\tErgens\tDrenthe\t01\tEmmen\t0114\t\t\t52.6\t6.9",
                "NL\t7772\tTe kort",
                "",
                row("7773", "Ergens", "", "52.6", "NaN"));

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column).containsExactly(
                tuple(Code.BAD_NUMBER, 2, 10),
                tuple(Code.UNKNOWN_CODE, 3, 2),
                tuple(Code.MISSING_VALUE, 4, 3),
                tuple(Code.BAD_REGION_CODE, 5, 7),
                tuple(Code.MISSING_VALUE, 6, 10),
                tuple(Code.BAD_NUMBER, 6, 11),
                tuple(Code.BAD_NUMBER, 7, 10),
                tuple(Code.UNKNOWN_CODE, 8, 1),
                tuple(Code.WRONG_FIELD_COUNT, 9, 4),
                tuple(Code.MISSING_VALUE, 11, 7),
                tuple(Code.BAD_NUMBER, 11, 11));
        assertThat(result.errors().getFirst().message()).isEqualTo("'52,6733' in kolom 'latitude' is geen geldig getal.");
        assertThat(result.skippedLines()).isEqualTo(1);
        assertThat(result.rows()).containsExactly(new PostcodeArea("7766", "Schoonebeek", "0114", 52.6629, 6.8827));
    }

    @Test
    void reportsAnEmptyFileAndRefusesOneOverItsLimit() {
        byte[] content = (row("7766", "Schoonebeek", "0114", "52.6629", "6.8827") + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(read("").errors()).extracting(ImportError::code).containsExactly(Code.EMPTY_FILE);
        assertThat(new PostcodeAreaReader(null, content.length).parse(SourceFile.of("NL.txt", content)).rows()).hasSize(1);
        assertThatThrownBy(() -> new PostcodeAreaReader(null, content.length - 1).parse(SourceFile.of("NL.txt", content)))
                .isInstanceOf(SourceTooLarge.class);
    }
}
