package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.techniekpact.importers.ImportError.Code;

/** The CBS OData v3 parser on small documents made here: one row per line, so line numbers are rows + 1. */
class CbsOData3QuirksTest {

    private static final CbsOData3Parser PARSER = new CbsOData3Parser(CbsMetadata.NONE);

    /** A page whose rows are given one per line after {@code {"value":[}. */
    private static SourceFile page(String name, String nextLink, String... rows) {
        String next = nextLink == null ? "" : ",\n\"odata.nextLink\":\"" + nextLink + "\"";
        return SourceFile.of(name, "{\"value\":[\n" + String.join(",\n", rows) + "\n]" + next + "\n}");
    }

    private static String row(String region, String period, String sbi, String value) {
        return "{\"Perioden\":\"" + period + "\",\"Sbi\":\"" + sbi + "\",\"RegioS\":\"" + region
                + "\",\"Vacatures_1\":" + value + ",\"ID\":0}";
    }

    private static ParseResult<RawObservation> parse(String... rows) {
        return PARSER.parse(List.of(page("p.json", null, rows)));
    }

    @Test
    void stripsPaddingFromCodesAndValues() {
        ParseResult<RawObservation> result = parse(row("PV20  ", "2019KW01", "301000 ", "\"   135.5\""));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(o -> {
            assertThat(o.regionCode()).isEqualTo("PV20");
            assertThat(o.breakdown()).containsExactlyEntriesOf(Map.of("Sbi", "301000"));
            assertThat(o.value()).isEqualTo(ObservationValue.of(new BigDecimal("135.5")));
            assertThat(o.measure()).isEqualTo("Vacatures_1");
            assertThat(o.line()).isEqualTo(2);
        });
    }

    @Test
    void treatsEmptyStringNullAndDotAsMissingAndXAsSuppressed() {
        ParseResult<RawObservation> result = parse(
                row("PV20", "2019KW01", "A", "\"\""),
                row("PV20", "2019KW02", "A", "null"),
                row("PV20", "2019KW03", "A", "\"     .\""),
                row("PV20", "2019KW04", "A", "\"x\""),
                row("PV20", "2019MM01", "A", "7"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.missingValues()).isEqualTo(3);
        assertThat(result.rows()).extracting(RawObservation::period, RawObservation::value).containsExactly(
                tuple("2019KW04", ObservationValue.suppressed("x")),
                tuple("2019MM01", ObservationValue.of(new BigDecimal("7"))));
    }

    @Test
    void followsPagesInOrder() {
        ParseResult<RawObservation> result = PARSER.parse(List.of(
                page("p1.json", "https://x/UntypedDataSet?$format=json&$skip=2",
                        row("NL01", "2019JJ00", "A", "1"), row("NL01", "2019JJ00", "B", "2")),
                page("p2.json", null, row("NL01", "2020JJ00", "A", "3"))));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RawObservation::value).extracting(v -> ((ObservationValue.Amount) v).number())
                .containsExactly(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"));
    }

    @Test
    void reportsAPageThatDoesNotStartWhereThePreviousEnded() {
        ParseResult<RawObservation> result = PARSER.parse(List.of(
                page("p1.json", "https://x/UntypedDataSet?$skip=5", row("NL01", "2019JJ00", "A", "1")),
                page("p2.json", null, row("NL01", "2020JJ00", "A", "3"))));

        assertThat(result.errors()).extracting(ImportError::file, ImportError::code, ImportError::line)
                .containsExactly(tuple("p1.json", Code.PAGE_GAP, 4));
        assertThat(result.errors().getFirst().message()).contains("rij 5", "1 rijen");
    }

    @Test
    void reportsEveryBadValueWithItsPosition() {
        ParseResult<RawObservation> result = parse(
                row("PV20", "2019KW01", "A", "\"12,5\""),
                row("PV20", "2019", "A", "1"),
                row("XX99", "2019KW01", "A", "1"),
                row("PV20", "2019KW01", "  ", "1"),
                row("PV20", "2019KW01", "A", "true"));

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(
                        tuple(Code.BAD_NUMBER, 2, 64),
                        tuple(Code.BAD_PERIOD, 3, 13),
                        tuple(Code.BAD_REGION_CODE, 4, 43),
                        tuple(Code.MISSING_VALUE, 5, 30),
                        tuple(Code.BAD_NUMBER, 6, 64));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void reportsTheSameCellTwice() {
        ParseResult<RawObservation> result = parse(row("PV20 ", "2019KW01", "A", "1"), row("PV20", "2019KW01", "A ", "2"));

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.DUPLICATE_ROW, 3, 1));
        assertThat(result.errors().getFirst().message()).contains("regel 2");
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void reportsARowWithoutADimensionTheFirstRowHad() {
        ParseResult<RawObservation> result = parse(row("PV20", "2019KW01", "A", "1"),
                "{\"Perioden\":\"2019KW02\",\"RegioS\":\"PV20\",\"Vacatures_1\":2}");

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.MISSING_VALUE, 3, 1));
        assertThat(result.errors().getFirst().message()).contains("'Sbi'");
    }

    @Test
    void reportsACodeMissingFromTheDimensionsCodeList() {
        var metadata = new CbsMetadata(Map.of(
                "Perioden", new CbsMetadata.Property("Perioden", CbsMetadata.Kind.TIME_DIMENSION, "Perioden", null, null),
                "Sbi", new CbsMetadata.Property("Sbi", CbsMetadata.Kind.DIMENSION, "SBI", null, null),
                "RegioS", new CbsMetadata.Property("RegioS", CbsMetadata.Kind.GEO_DIMENSION, "Regio's", null, null),
                "Vacatures_1", new CbsMetadata.Property("Vacatures_1", CbsMetadata.Kind.TOPIC, "Vacatures", "x 1 000", 1)),
                Map.of("Sbi", Map.of("A", "Landbouw")));

        ParseResult<RawObservation> result = new CbsOData3Parser(metadata).parse(List.of(page("p.json", null,
                row("PV20", "2019KW01", "A", "1"), row("PV20", "2019KW01", "Q ", "1"))));

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.UNKNOWN_CODE, 3, 30));
        assertThat(result.rows()).singleElement().satisfies(o -> assertThat(o.labels())
                .containsEntry("Sbi", "Landbouw").containsEntry("onderwerp", "Vacatures").containsEntry("eenheid", "x 1 000"));
    }

    @Test
    void reportsATruncatedDocumentAtTheEnd() {
        String truncated = "{\"value\":[\n" + row("PV20", "2019KW01", "A", "1") + ",\n{\"Perioden\":\"20";

        ParseResult<RawObservation> result = PARSER.parse(List.of(SourceFile.of("cut.json", truncated)));

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line)
                .containsExactly(tuple(Code.BAD_JSON, 3));
        assertThat(result.errors().getFirst().column()).isGreaterThan(13);
    }

    @Test
    void reportsADocumentThatIsNoDataSet() {
        ParseResult<RawObservation> result = PARSER.parse(List.of(SourceFile.of("meta.json", "{\"odata.metadata\":\"x\"}")));

        assertThat(result.errors()).extracting(ImportError::code).containsExactly(Code.NOT_A_DATASET);
    }
}
