package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.techniekpact.importers.MalformedFiles.Case;

/** Every case of the malformed-file catalogue, through the parser its format names. */
class MalformedFilesTest {

    static List<Case> cases() {
        return MalformedFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheExpectedErrorAndNoRowFromItsLine(Case c) {
        ParseResult<RawObservation> result = parse(c);

        assertThat(result.errors()).as(c.name())
                .extracting(ImportError::code, ImportError::line, ImportError::column)
                .contains(tuple(c.expectedCode(), c.expectedLine(), c.expectedColumn()));
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank()
                .doesNotContain("monitor.import").doesNotContain("{0}"));
        if (c.expectedLine() > 0) {
            assertThat(result.rows()).extracting(RawObservation::line).doesNotContain(c.expectedLine());
        }
        if (c.format().equals(MalformedFiles.XLSX) && c.expectedColumn() > 0) {
            String cell = MappedTable.cellName(c.expectedLine(), c.expectedColumn());
            assertThat(result.errors()).anySatisfy(e -> assertThat(e.message()).startsWith("Cel " + cell + ": "));
        }
    }

    @Test
    void coversEveryFormatWithDistinctlyNamedCases() {
        List<Case> cases = MalformedFiles.all();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(35);
        assertThat(cases).extracting(Case::name).doesNotHaveDuplicates();
        assertThat(cases).extracting(Case::format).containsOnly(MalformedFiles.FORMATS.toArray(String[]::new));
        Set<String> formats = cases.stream().map(Case::format).collect(Collectors.toSet());
        assertThat(formats).containsExactlyInAnyOrderElementsOf(MalformedFiles.FORMATS);
        assertThat(cases).allSatisfy(c -> assertThat(c.mapping() != null)
                .isEqualTo(c.format().equals(MalformedFiles.CSV) || c.format().equals(MalformedFiles.XLSX)));
    }

    @Test
    void startsFromTheRealDuoHeaders() {
        assertThat(MalformedFiles.HBO_HEADER).isEqualTo(realHeader("duo-hbo-eerstejaars-2019",
                "hbo_inscriptions_2019.csv"));
        assertThat(MalformedFiles.MBO_HEADER).isEqualTo(realHeader("duo-mbo-deelnemers-2015-2019",
                "mbo_inscriptions_2019.csv"));
    }

    private static String realHeader(String folder, String name) {
        SourceFile file = ExternalData.file(folder, name);
        StringBuilder header = new StringBuilder();
        CsvLines.read(file, StandardCharsets.UTF_8, line -> {
            if (line.number() == 1) {
                header.append(line.text());
            }
        });
        return header.toString();
    }

    /** The catalogue's dispatch: each format to its parser, as the {@link MalformedFiles} Javadoc describes. */
    static ParseResult<RawObservation> parse(Case c) {
        return switch (c.format()) {
            case MalformedFiles.DUO_HBO -> new DuoCsvParser(DuoDataset.HBO_EERSTEJAARS, crosswalk(),
                    StandardCharsets.UTF_8).parse(c.files().getFirst());
            case MalformedFiles.DUO_MBO -> new DuoCsvParser(DuoDataset.MBO_DEELNEMERS, crosswalk(),
                    StandardCharsets.UTF_8).parse(c.files().getFirst());
            case MalformedFiles.CBS_ODATA3 -> new CbsOData3Parser(odata3Metadata()).parse(c.files());
            case MalformedFiles.CBS_ODATA4 -> new CbsOData4Parser(odata4Metadata()).parse(c.files());
            case MalformedFiles.CSV, MalformedFiles.XLSX -> mapped(c);
            default -> throw new IllegalArgumentException("Unknown format " + c.format());
        };
    }

    private static ParseResult<RawObservation> mapped(Case c) {
        ParseResult<ColumnMapping> mapping = ColumnMapping.parse(c.mapping());
        if (mapping.hasErrors()) {
            return new ParseResult<>(List.of(), mapping.errors(), 0, 0);
        }
        return new MappedTableParser(mapping.rows().getFirst()).parse(c.files().getFirst());
    }

    private static MunicipalityCrosswalk crosswalk() {
        return MunicipalityCrosswalk.of(MalformedFiles.DUO_MUNICIPALITIES.stream()
                .map(code -> new MunicipalityRegions(2, code, code, 2026, "PV20", "Groningen", "AM01", "Groningen",
                        "CR01", "Oost-Groningen"))
                .toList());
    }

    private static CbsMetadata odata3Metadata() {
        Map<String, SourceFile> lists = new HashMap<>();
        MalformedFiles.cbsOData3CodeLists().forEach((key, json) -> lists.put(key, SourceFile.of(key + ".json", json)));
        ParseResult<CbsMetadata> result = CbsMetadataParser.parse(
                SourceFile.of("DataProperties.json", MalformedFiles.CBS_ODATA3_DATA_PROPERTIES), lists);
        assertThat(result.errors()).isEmpty();
        return result.rows().getFirst();
    }

    private static CbsMetadata odata4Metadata() {
        Map<String, SourceFile> lists = new HashMap<>();
        MalformedFiles.cbsOData4CodeLists().forEach((key, json) -> lists.put(key, SourceFile.of(key + "Codes", json)));
        ParseResult<CbsMetadata> result = CbsOData4MetadataParser.parse(
                SourceFile.of("Dimensions", MalformedFiles.CBS_ODATA4_DIMENSIONS),
                SourceFile.of("MeasureCodes", MalformedFiles.CBS_ODATA4_MEASURE_CODES), lists);
        assertThat(result.errors()).isEmpty();
        return result.rows().getFirst();
    }
}
