package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.techniekpact.importers.ImportError.Code;

/** The CBS OData v3 parsers on the recorded real responses and on small documents made here. */
class CbsOData3ParserTest {

    private static final String FOLDER = "cbs-odata3-80137ned-83599ned";

    private static SourceFile real(String name) {
        return ExternalData.file(FOLDER, name);
    }

    private static CbsMetadata realMetadata() {
        ParseResult<CbsMetadata> result = CbsMetadataParser.parse(real("meta_7.json"), Map.of(
                "Persoonskenmerken", real("meta_4.json"), "BedrijfstakkenSBI93", real("meta_5.json"),
                "Perioden", real("meta_6.json")));
        assertThat(result.errors()).isEmpty();
        return result.rows().getFirst();
    }

    private static ObservationValue number(String value) {
        return ObservationValue.of(new BigDecimal(value));
    }

    @Test
    void readsTheRealMetadata() {
        CbsMetadata metadata = realMetadata();

        assertThat(metadata.properties()).hasSize(15);
        assertThat(metadata.properties().values()).filteredOn(p -> p.kind() == CbsMetadata.Kind.TOPIC).hasSize(12);
        assertThat(metadata.property("Perioden")).get().extracting(CbsMetadata.Property::kind)
                .isEqualTo(CbsMetadata.Kind.TIME_DIMENSION);
        assertThat(metadata.property("Totaal_4")).get().satisfies(p -> {
            assertThat(p.unit()).isEqualTo("1 000 arbeidsjaren");
            assertThat(p.decimals()).isEqualTo(1);
        });
        assertThat(metadata.codeLists().get("Persoonskenmerken")).hasSize(9).containsEntry("3", "Vrouwen");
        assertThat(metadata.codeLists().get("BedrijfstakkenSBI93")).hasSize(15).containsEntry("03", "D Industrie");
        assertThat(metadata.codeLists().get("Perioden")).hasSize(5).containsEntry("2005JJ00", "2005");
    }

    @Test
    void readsTheRealTypedDataSetWithItsMetadata() {
        ParseResult<RawObservation> result = new CbsOData3Parser(realMetadata()).parse(List.of(real("meta_8.json")));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(675 * 12);
        assertThat(result.missingValues()).isZero();
        assertThat(result.rows()).extracting(RawObservation::regionCode).containsOnly("NL01");
        RawObservation women = result.rows().stream()
                .filter(o -> o.period().equals("2005JJ00") && o.measure().equals("Totaal_1")
                        && o.breakdown().equals(Map.of("Persoonskenmerken", "3", "BedrijfstakkenSBI93", "03")))
                .findFirst().orElseThrow();
        assertThat(women.value()).isEqualTo(number("216.0"));
        assertThat(women.labels()).containsEntry("Persoonskenmerken", "Vrouwen")
                .containsEntry("BedrijfstakkenSBI93", "D Industrie").containsEntry("eenheid", "1 000 banen");
        assertThat(women.sourceColumns()).contains("Persoonskenmerken", "Totaal_1");
        BigDecimal menAndWomen2005 = result.rows().stream()
                .filter(o -> o.period().equals("2005JJ00") && o.measure().equals("Totaal_1")
                        && o.breakdown().get("BedrijfstakkenSBI93").equals("99")
                        && List.of("2", "3").contains(o.breakdown().get("Persoonskenmerken")))
                .map(o -> ((ObservationValue.Amount) o.value()).number()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(menAndWomen2005).isEqualByComparingTo("8769");
    }

    @Test
    void readsBothRealUntypedPagesWithoutMetadata() {
        ParseResult<RawObservation> result = new CbsOData3Parser(CbsMetadata.NONE)
                .parse(List.of(real("tables_2.json"), real("tables_3.json")));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(10_000 + 5_504 - 1);
        assertThat(result.missingValues()).isEqualTo(1);
        assertThat(result.rows().stream().map(RawObservation::regionCode).distinct().toList()).hasSize(17)
                .contains("NL01", "LD04", "PV20", "PV31");
        RawObservation first = result.rows().getFirst();
        assertThat(first.period()).isEqualTo("2011KW01");
        assertThat(first.breakdown()).containsExactlyEntriesOf(Map.of("BedrijfstakkenBranchesSBI2008", "T001081"));
        assertThat(first.value()).isEqualTo(number("135.5"));
        assertThat(result.rows()).filteredOn(o -> o.regionCode().equals("PV28") && o.period().equals("2020KW02")
                        && o.breakdown().get("BedrijfstakkenBranchesSBI2008").equals("300010"))
                .extracting(RawObservation::value).containsExactly(number("7.3"));
        assertThat(result.rows()).noneMatch(o -> o.regionCode().equals("PV31") && o.period().equals("2014KW03")
                && o.breakdown().get("BedrijfstakkenBranchesSBI2008").equals("300013"));
    }

    @Test
    void reportsAMissingOrSurplusPageOfTheRealDataSet() {
        var parser = new CbsOData3Parser(CbsMetadata.NONE);

        assertThat(parser.parse(List.of(real("tables_2.json"))).errors())
                .extracting(ImportError::code, ImportError::file).containsExactly(tuple(Code.MISSING_PAGE, "tables_2.json"));
        assertThat(parser.parse(List.of(real("tables_3.json"), real("tables_2.json"))).errors())
                .extracting(ImportError::code, ImportError::file)
                .containsExactly(tuple(Code.UNEXPECTED_PAGE, "tables_2.json"), tuple(Code.MISSING_PAGE, "tables_2.json"));
    }

    @Test
    void reportsColumnsTheMetadataDoesNotName() {
        ParseResult<RawObservation> result = new CbsOData3Parser(realMetadata())
                .parse(List.of(real("tables_3.json")));

        assertThat(result.errors()).extracting(ImportError::code)
                .contains(Code.UNKNOWN_PROPERTY, Code.MISSING_VALUE);
        assertThat(result.rows()).isEmpty();
    }
}
