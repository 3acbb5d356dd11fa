package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.techniekpact.importers.ImportError.Code;
import org.junit.jupiter.api.Test;

/**
 * StatLine's CSV download gives exactly the observations of the OData v3 data set of the same table: the
 * recorded responses of 80137NED (with metadata) and 83599NED (data only), written in the CSV layout by
 * {@link CbsCsvFixtures}.
 */
class CbsCsvParserTest {

    /** What identifies an observation and its value, without positions (which differ between formats). */
    private static List<String> essence(ParseResult<RawObservation> result) {
        return result.rows().stream().map(r -> r.regionCode() + "|" + r.period() + "|" + r.measure() + "|"
                + new java.util.TreeMap<>(r.breakdown()) + "|" + (r.value() instanceof ObservationValue.Amount a
                ? a.number().stripTrailingZeros().toPlainString() : r.value().toString()) + "|" + new java.util.TreeMap<>(r.labels())).toList();
    }

    @Test
    void jobsTableFromTheCsvDownloadEqualsTheTypedDataSet() {
        ParseResult<CbsMetadata> odataMetadata = CbsMetadataParser.parse(ExternalData.file(CbsCsvFixtures.DIR, "meta_7.json"),
                Map.of("Persoonskenmerken", ExternalData.file(CbsCsvFixtures.DIR, "meta_4.json"),
                        "BedrijfstakkenSBI93", ExternalData.file(CbsCsvFixtures.DIR, "meta_5.json"),
                        "Perioden", ExternalData.file(CbsCsvFixtures.DIR, "meta_6.json")));
        ParseResult<RawObservation> odata = new CbsOData3Parser(odataMetadata.rows().getFirst())
                .parse(List.of(ExternalData.file(CbsCsvFixtures.DIR, "meta_8.json")));

        ParseResult<CbsCsvParser.Metadata> metadata = CbsCsvParser.metadata(
                SourceFile.of("80137ned_metadata.csv", CbsCsvFixtures.jobsMetadata()));
        assertThat(metadata.errors()).isEmpty();
        assertThat(metadata.rows().getFirst().identifier()).isEqualTo("80137NED");
        assertThat(metadata.rows().getFirst().metadata()).isEqualTo(odataMetadata.rows().getFirst());
        ParseResult<RawObservation> csv = new CbsCsvParser(metadata.rows().getFirst().metadata())
                .parse(SourceFile.of("80137ned_UntypedDataSet_01122026_120000.csv", CbsCsvFixtures.jobsData()));

        assertThat(csv.errors()).isEmpty();
        assertThat(odata.errors()).isEmpty();
        assertThat(csv.rows()).hasSize(odata.rows().size()).hasSizeGreaterThan(5000);
        assertThat(essence(csv)).containsExactlyInAnyOrderElementsOf(essence(odata));
        assertThat(csv.missingValues()).isEqualTo(odata.missingValues());
    }

    @Test
    void vacancyTableWithoutMetadataEqualsTheUntypedDataSet() {
        ParseResult<RawObservation> odata = new CbsOData3Parser(CbsMetadata.NONE).parse(List.of(
                ExternalData.file(CbsCsvFixtures.DIR, "tables_2.json"), ExternalData.file(CbsCsvFixtures.DIR, "tables_3.json")));
        ParseResult<RawObservation> csv = new CbsCsvParser(CbsMetadata.NONE)
                .parse(SourceFile.of("83599NED_UntypedDataSet_12062020_141055.csv", CbsCsvFixtures.vacanciesData()));
        assertThat(csv.errors()).isEmpty();
        assertThat(essence(csv)).hasSize(15_503).containsExactlyElementsOf(essence(odata));
        assertThat(csv.missingValues()).isEqualTo(1).isEqualTo(odata.missingValues());
        assertThat(CbsCsvParser.tableOf("83599NED_UntypedDataSet_12062020_141055.csv")).isEqualTo("83599NED");
        assertThat(CbsCsvParser.tableOf("80137ned_TypedDataSet_01122026_120000.csv")).isEqualTo("80137NED");
    }

    @Test
    void paddedValuesDotsAndSecretsAreReadAsCbsMeansThem() {
        String data = """
                "ID";"Geslacht";"RegioS";"Perioden";"Werkzamen_1"\r
                "0";"T001038";"NL01  ";"2019JJ00";"    8811.5"\r
                "1";"3000   ";"PV20  ";"2019JJ00";"         ."\r
                "2";"4000   ";"PV20  ";"2019JJ00";"         x"\r
                """;
        ParseResult<RawObservation> result = new CbsCsvParser(CbsMetadata.NONE)
                .parse(SourceFile.of("12345NED_UntypedDataSet_x.csv", data.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.errors()).isEmpty();
        assertThat(result.missingValues()).isEqualTo(1);
        assertThat(result.rows()).hasSize(2);
        assertThat(result.rows().get(0).value()).isEqualTo(ObservationValue.of(new java.math.BigDecimal("8811.5")));
        assertThat(result.rows().get(0).breakdown()).containsEntry("Geslacht", "T001038");
        assertThat(result.rows().get(1).regionCode()).isEqualTo("PV20");
        assertThat(result.rows().get(1).value()).isInstanceOf(ObservationValue.Suppressed.class);
    }

    @Test
    void reportsBadCellsWithLineAndColumn() {
        String data = "\"ID\";\"Perioden\";\"Waarde_1\"\r\n\"0\";\"2019\";\"12\"\r\n\"1\";\"2019JJ00\";\"veel\"\r\n\"2\";\"2019JJ00\"\r\n";
        ParseResult<RawObservation> result = new CbsCsvParser(CbsMetadata.NONE)
                .parse(SourceFile.of("t.csv", data.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.BAD_PERIOD, 2, 2),
                        org.assertj.core.groups.Tuple.tuple(Code.BAD_NUMBER, 3, 3),
                        org.assertj.core.groups.Tuple.tuple(Code.WRONG_FIELD_COUNT, 4, 3));
        ParseResult<RawObservation> commas = new CbsCsvParser(CbsMetadata.NONE)
                .parse(SourceFile.of("t.csv", "ID,Perioden,Waarde_1\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(commas.errors()).extracting(ImportError::code).containsExactly(Code.WRONG_DELIMITER);
    }
}
