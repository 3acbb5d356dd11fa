package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.techniekpact.charts.GeoJsonShapes;

/**
 * Every parser of outside files under a coverage-guided fuzzer (Jazzer): whatever the bytes, a parser answers with
 * rows or with import errors that name a line — it never throws, hangs or runs out of memory. An exception is a
 * finding.
 *
 * <p>In the normal test run each method replays its corpus ({@code src/test/resources/nl/techniekpact/importers/
 * ParserFuzzTestInputs/<method>}: seeds made by {@link FuzzSeeds} from the real files, plus inputs the fuzzer found
 * that reach new code). {@code bench/fuzz/run.sh} fuzzes each for real ({@code -Pfuzz}, {@code JAZZER_FUZZ=1}),
 * one method per JVM, for 1,000,000 executions; its figures are in docs/benchmarks.md.
 */
class ParserFuzzTest {

    static final String MAPPING = """
            {"indicator": "mbo-deelnemers-techniek", "region": "Gemeentecode", "period": "Jaar",
             "value": "Aantal", "breakdowns": {"geslacht": "Geslacht"}}""";
    private static final CbsMetadata JOBS = jobsMetadata();
    private static final MappedTableParser MAPPED =
            new MappedTableParser(ColumnMapping.parse(MAPPING).rows().getFirst());
    private static final long EXECUTIONS = 1_000_000;

    /** The first byte picks the data set (its layout), the rest is the file. */
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "2h")
    void duoCsv(byte[] input) {
        if (input.length == 0) {
            return;
        }
        DuoDataset dataset = DuoDataset.values()[Byte.toUnsignedInt(input[0]) % DuoDataset.values().length];
        byte[] content = java.util.Arrays.copyOfRange(input, 1, input.length);
        answers(new DuoCsvParser(dataset).parse(SourceFile.of("bestand.csv", content)));
    }

    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "2h")
    void cbsOData3(byte[] content) {
        SourceFile page = SourceFile.of("TypedDataSet.json", content);
        answers(new CbsOData3Parser(CbsMetadata.NONE).parse(List.of(page)));
        answers(new CbsOData3Parser(JOBS).parse(List.of(page)));
        answers(CbsMetadataParser.parse(SourceFile.of("DataProperties.json", content), Map.of()));
    }

    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "2h")
    void cbsOData4(byte[] content) {
        SourceFile page = SourceFile.of("Observations.json", content);
        answers(new CbsOData4Parser(CbsMetadata.NONE).parse(List.of(page)));
        answers(new CbsOData4Parser(JOBS).parse(List.of(page)));
        answers(CbsOData4MetadataParser.parse(SourceFile.of("Dimensions.json", content),
                SourceFile.of("MeasureCodes.json", content), Map.of("Perioden", page)));
    }

    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "2h")
    void cbsCsv(byte[] content) {
        SourceFile file = SourceFile.of("80137ned_UntypedDataSet.csv", content);
        CbsCsvParser.isMetadata(content);
        answers(CbsCsvParser.metadata(SourceFile.of("80137ned_metadata.csv", content)));
        answers(new CbsCsvParser(CbsMetadata.NONE).parse(file));
        answers(new CbsCsvParser(JOBS).parse(file));
    }

    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "2h")
    void mappedCsv(byte[] content) {
        answers(MAPPED.parse(SourceFile.of("tabel.csv", content)));
    }

    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "4h")
    void mappedXlsx(byte[] content) {
        answers(MAPPED.parse(SourceFile.of("tabel.xlsx", content)));
    }

    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "2h")
    void columnMapping(byte[] content) {
        answers(ColumnMapping.parse(new String(content, StandardCharsets.UTF_8)));
    }

    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = "2h")
    void geoJson(byte[] content) {
        GeoJsonShapes.Result result = GeoJsonShapes.parse(new String(content, StandardCharsets.UTF_8));
        if (!result.hasErrors()) {
            assertThat(GeoJsonShapes.project(result.shapes(), 600, 800)).isNotNull();
        }
    }

    /** A parser's answer: rows, or errors each with a code, a message and a line (0: the file as a whole). */
    private static void answers(ParseResult<?> result) {
        for (ImportError error : result.errors()) {
            assertThat(error.code()).isNotNull();
            assertThat(error.message()).isNotBlank();
            assertThat(error.line()).isNotNegative();
        }
    }

    private static CbsMetadata jobsMetadata() {
        ParseResult<CbsMetadata> parsed = CbsMetadataParser.parse(
                ExternalData.file(CbsCsvFixtures.DIR, "meta_7.json"), Map.of());
        return parsed.rows().isEmpty() ? CbsMetadata.NONE : parsed.rows().getFirst();
    }
}
