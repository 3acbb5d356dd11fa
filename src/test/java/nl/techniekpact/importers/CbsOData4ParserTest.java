package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.techniekpact.importers.ImportError.Code;

/**
 * The CBS OData v4 parsers on small documents made here after the public description of the v4 API (no
 * recorded real v4 response was available). One row per line after the first, so a row's line is its
 * position + 1.
 */
class CbsOData4ParserTest {

    private static final String DIMENSIONS = """
            {"@odata.context":"https://odata4.cbs.nl/CBS/85000NED/$metadata#Dimensions","value":[
            {"Identifier":"Geslacht","Title":"Geslacht","Kind":"Dimension"},
            {"Identifier":"Perioden","Title":"Perioden","Kind":"TimeDimension"},
            {"Identifier":"RegioS","Title":"Regio's","Kind":"GeoDimension"}
            ]}""";
    private static final String MEASURES = """
            {"value":[
            {"Identifier":"M000123","Index":1,"Title":"Werkzame beroepsbevolking","Unit":"x 1 000","Decimals":0},
            {"Identifier":"M000124","Index":2,"Title":"Vacatures","Unit":"aantal","Decimals":0}
            ]}""";
    private static final String GESLACHT = """
            {"value":[
            {"Identifier":"T001038","Title":"Totaal mannen en vrouwen"},
            {"Identifier":"3000","Title":"Mannen"},
            {"Identifier":"4000","Title":"Vrouwen"}
            ]}""";
    private static final String PERIODEN = """
            {"value":[{"Identifier":"2019JJ00","Title":"2019"},{"Identifier":"2020JJ00","Title":"2020"},
            {"Identifier":"2020KW01","Title":"2020 1e kwartaal"}]}""";
    private static final String REGIOS = """
            {"value":[{"Identifier":"NL01","Title":"Nederland"},{"Identifier":"PV20","Title":"Groningen (PV)"},
            {"Identifier":"GM0014","Title":"Groningen (gemeente)"}]}""";

    private static CbsMetadata metadata() {
        ParseResult<CbsMetadata> result = CbsOData4MetadataParser.parse(SourceFile.of("Dimensions", DIMENSIONS),
                SourceFile.of("MeasureCodes", MEASURES), Map.of("Geslacht", SourceFile.of("GeslachtCodes", GESLACHT),
                        "Perioden", SourceFile.of("PeriodenCodes", PERIODEN),
                        "RegioS", SourceFile.of("RegioSCodes", REGIOS)));
        assertThat(result.errors()).isEmpty();
        return result.rows().getFirst();
    }

    /** A page whose rows are given one per line after the first line. */
    static SourceFile page(String name, String nextLink, String... rows) {
        String next = nextLink == null ? "" : ",\n\"@odata.nextLink\":\"" + nextLink + "\"";
        return SourceFile.of(name, "{\"@odata.context\":\"https://odata4.cbs.nl/CBS/85000NED/$metadata#Observations\","
                + "\"value\":[\n" + String.join(",\n", rows) + "\n]" + next + "\n}");
    }

    static String row(int id, String measure, String attribute, String value, String period, String region,
            String gender) {
        return "{\"Id\":" + id + ",\"Measure\":\"" + measure + "\",\"ValueAttribute\":\"" + attribute
                + "\",\"Value\":" + value + ",\"Perioden\":\"" + period + "\",\"RegioS\":\"" + region
                + "\",\"Geslacht\":\"" + gender + "\"}";
    }

    private static String row(int id, String value, String period, String region) {
        return row(id, "M000123", "None", value, period, region, "3000");
    }

    /** The 1-based column just after {@code marker} in {@code text}: where its value starts. */
    private static int after(String text, String marker) {
        return text.indexOf(marker) + marker.length() + 1;
    }

    private static ParseResult<RawObservation> parse(String... rows) {
        return new CbsOData4Parser(metadata()).parse(List.of(page("p.json", null, rows)));
    }

    private static ObservationValue number(String value) {
        return ObservationValue.of(new BigDecimal(value));
    }

    @Test
    void readsMetadataDocuments() {
        CbsMetadata metadata = metadata();

        assertThat(metadata.property("Perioden")).get().extracting(CbsMetadata.Property::kind)
                .isEqualTo(CbsMetadata.Kind.TIME_DIMENSION);
        assertThat(metadata.property("RegioS")).get().extracting(CbsMetadata.Property::kind)
                .isEqualTo(CbsMetadata.Kind.GEO_DIMENSION);
        assertThat(metadata.property("M000123")).get().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(CbsMetadata.Kind.TOPIC);
            assertThat(p.unit()).isEqualTo("x 1 000");
            assertThat(p.decimals()).isZero();
        });
        assertThat(metadata.codeLists().get(CbsOData4MetadataParser.MEASURE)).containsOnlyKeys("M000123", "M000124");
        assertThat(metadata.codeLists().get("Geslacht")).containsEntry("4000", "Vrouwen").hasSize(3);
    }

    @Test
    void readsObservationsIntoMeasureRegionPeriodAndBreakdown() {
        String first = row(0, "8.5", "2019JJ00", "GM0014");

        ParseResult<RawObservation> result = parse(first, row(1, "M000124", "None", "120", "2020KW01", "PV20", "4000"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(2);
        RawObservation observation = result.rows().getFirst();
        assertThat(observation.measure()).isEqualTo("M000123");
        assertThat(observation.regionCode()).isEqualTo("GM0014");
        assertThat(observation.period()).isEqualTo("2019JJ00");
        assertThat(observation.breakdown()).containsExactlyEntriesOf(Map.of("Geslacht", "3000"));
        assertThat(observation.value()).isEqualTo(number("8.5"));
        assertThat(observation.line()).isEqualTo(2);
        assertThat(observation.column()).isEqualTo(after(first, "\"Value\":"));
        assertThat(observation.labels()).containsEntry("Geslacht", "Mannen")
                .containsEntry("RegioS", "Groningen (gemeente)")
                .containsEntry("onderwerp", "Werkzame beroepsbevolking").containsEntry("eenheid", "x 1 000");
        assertThat(observation.sourceColumns()).containsExactly("Perioden", "RegioS", "Geslacht", "Measure", "Value");
        assertThat(result.rows().get(1).breakdown()).containsEntry("Geslacht", "4000");
    }

    @Test
    void readsValueAttributes() {
        ParseResult<RawObservation> result = parse(
                row(0, "M000123", "None", "null", "2019JJ00", "GM0014", "3000"),
                row(1, "M000123", "Impossible", "null", "2020JJ00", "GM0014", "3000"),
                row(2, "M000123", ".", "null", "2019JJ00", "GM0014", "4000"),
                row(3, "M000123", "x", "null", "2020JJ00", "GM0014", "4000"),
                "{\"Id\":4,\"Measure\":\"M000124\",\"Value\":7,\"Perioden\":\"2019JJ00\",\"RegioS\":\"NL01\","
                        + "\"Geslacht\":\"T001038\"}",
                "{\"Id\":5,\"Measure\":\"M000124\",\"ValueAttribute\":\"None\",\"Perioden\":\"2020JJ00\","
                        + "\"RegioS\":\"NL01\",\"Geslacht\":\"T001038\"}");

        assertThat(result.errors()).isEmpty();
        assertThat(result.missingValues()).isEqualTo(3);
        assertThat(result.rows()).extracting(RawObservation::line, RawObservation::value).containsExactly(
                tuple(4, ObservationValue.suppressed(".")),
                tuple(5, ObservationValue.suppressed("x")),
                tuple(6, number("7")));
    }

    @Test
    void reportsAnUnknownValueAttributeAndATextValue() {
        String unknown = row(0, "M000123", "Secret?", "null", "2019JJ00", "GM0014", "3000");
        String text = row(1, "M000123", "None", "\"12\"", "2020JJ00", "GM0014", "3000");
        String number = row(3, "M000123", "None", "1", "2020JJ00", "PV20", "3000").replace("\"None\"", "1");
        String stringValue = "{\"Id\":2,\"Measure\":\"M000123\",\"ValueAttribute\":\"None\",\"Value\":null,"
                + "\"StringValue\":\"geheim\",\"Perioden\":\"2019JJ00\",\"RegioS\":\"PV20\",\"Geslacht\":\"3000\"}";

        ParseResult<RawObservation> result = parse(unknown, text, stringValue, number);

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(
                        tuple(Code.UNKNOWN_CODE, 2, after(unknown, "\"ValueAttribute\":")),
                        tuple(Code.BAD_NUMBER, 3, after(text, "\"Value\":")),
                        tuple(Code.BAD_NUMBER, 4, after(stringValue, "\"StringValue\":")),
                        tuple(Code.UNKNOWN_CODE, 5, after(number, "\"ValueAttribute\":")));
        assertThat(result.errors().getFirst().message()).contains("'Secret?'", "'ValueAttribute'");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void reportsCodesMissingFromTheCodeLists() {
        String region = row(0, "8", "2019JJ00", "GM9999");
        String gender = row(1, "M000123", "None", "8", "2019JJ00", "GM0014", "9999");
        String measure = row(2, "M999999", "None", "8", "2019JJ00", "GM0014", "3000");
        String period = row(3, "8", "2021JJ00", "GM0014");

        ParseResult<RawObservation> result = parse(region, gender, measure, period);

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(
                        tuple(Code.UNKNOWN_CODE, 2, after(region, "\"RegioS\":")),
                        tuple(Code.UNKNOWN_CODE, 3, after(gender, "\"Geslacht\":")),
                        tuple(Code.UNKNOWN_CODE, 4, after(measure, "\"Measure\":")),
                        tuple(Code.UNKNOWN_CODE, 5, after(period, "\"Perioden\":")));
        assertThat(result.errors().get(1).message()).contains("'9999'", "'Geslacht'");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void normalisesRegionCodesAndReadsANationalTableWithoutMetadata() {
        var parser = new CbsOData4Parser(CbsMetadata.NONE);

        ParseResult<RawObservation> regional = parser.parse(List.of(page("p.json", null,
                row(0, "1", "2019JJ00", " pv20  "), row(1, "2", "2019JJ00", "GM0014 "))));
        ParseResult<RawObservation> national = parser.parse(List.of(page("n.json", null,
                "{\"Id\":0,\"Measure\":\"M1\",\"ValueAttribute\":\"None\",\"Value\":3,\"Perioden\":\"2019MM01\","
                        + "\"Leeftijd\":\" 10000 \"}")));

        assertThat(regional.errors()).isEmpty();
        assertThat(regional.rows()).extracting(RawObservation::regionCode).containsExactly("PV20", "GM0014");
        assertThat(national.errors()).isEmpty();
        assertThat(national.rows()).singleElement().satisfies(o -> {
            assertThat(o.regionCode()).isEqualTo("NL01");
            assertThat(o.breakdown()).containsExactlyEntriesOf(Map.of("Leeftijd", "10000"));
            assertThat(o.period()).isEqualTo("2019MM01");
        });
    }

    @Test
    void reportsBadRegionsPeriodsAndMissingDimensions() {
        var parser = new CbsOData4Parser(CbsMetadata.NONE);
        String region = row(0, "1", "2019JJ00", "Groningen");
        String period = row(1, "1", "2019", "PV20");
        String noGender = "{\"Id\":2,\"Measure\":\"M000123\",\"ValueAttribute\":\"None\",\"Value\":1,"
                + "\"Perioden\":\"2020JJ00\",\"RegioS\":\"PV20\"}";
        String noMeasure = "{\"Id\":3,\"ValueAttribute\":\"None\",\"Value\":1,\"Perioden\":\"2020JJ00\","
                + "\"RegioS\":\"PV21\",\"Geslacht\":\"3000\"}";

        ParseResult<RawObservation> result = parser.parse(List.of(page("p.json", null, region, period, noGender,
                noMeasure)));

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(
                        tuple(Code.BAD_REGION_CODE, 2, after(region, "\"RegioS\":")),
                        tuple(Code.BAD_PERIOD, 3, after(period, "\"Perioden\":")),
                        tuple(Code.MISSING_VALUE, 4, 1),
                        tuple(Code.MISSING_VALUE, 5, 1));
        assertThat(result.errors()).extracting(ImportError::message)
                .anySatisfy(m -> assertThat(m).contains("'Geslacht'"))
                .anySatisfy(m -> assertThat(m).contains("'Measure'"));
    }

    @Test
    void reportsATableWithoutTimeDimensionOncePerFile() {
        ParseResult<RawObservation> result = new CbsOData4Parser(CbsMetadata.NONE).parse(List.of(page("p.json", null,
                "{\"Id\":0,\"Measure\":\"M1\",\"Value\":3,\"Jaar\":\"2019\"}",
                "{\"Id\":1,\"Measure\":\"M1\",\"Value\":4,\"Jaar\":\"2020\"}")));

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line)
                .containsExactly(tuple(Code.MISSING_VALUE, 2));
        assertThat(result.errors().getFirst().message()).contains("'Perioden'");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void reportsAPropertyTheMetadataDoesNotNameOncePerFile() {
        String extra = row(0, "1", "2019JJ00", "PV20").replace("}", ",\"Leeftijd\":\"10000\"}");

        ParseResult<RawObservation> result = parse(extra, row(1, "2", "2020JJ00", "PV20").replace("}",
                ",\"Leeftijd\":\"10000\"}"));

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.UNKNOWN_PROPERTY, 2, after(extra, "\"Leeftijd\":")));
    }

    @Test
    void reportsTheSameCellTwice() {
        ParseResult<RawObservation> result = parse(row(0, "1", "2019JJ00", "PV20"), row(1, "2", "2019JJ00", "PV20 "));

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.DUPLICATE_ROW, 3, 1));
        assertThat(result.errors().getFirst().message()).contains("regel 2");
        assertThat(result.rows()).extracting(RawObservation::line).containsExactly(2);
    }

    @Test
    void followsPagesAndReportsAGapAMissingAndASurplusPage() {
        var parser = new CbsOData4Parser(metadata());
        String next = "https://odata4.cbs.nl/CBS/85000NED/Observations?$skip=";
        SourceFile first = page("p1.json", next + "2", row(0, "1", "2019JJ00", "PV20"),
                row(1, "2", "2020JJ00", "PV20"));
        SourceFile last = page("p2.json", null, row(2, "3", "2019JJ00", "GM0014"));

        ParseResult<RawObservation> chained = parser.parse(List.of(first, last));
        ParseResult<RawObservation> gap = parser.parse(List.of(page("p1.json", next + "3",
                row(0, "1", "2019JJ00", "PV20"), row(1, "2", "2020JJ00", "PV20")), last));

        assertThat(chained.errors()).isEmpty();
        assertThat(chained.rows()).extracting(RawObservation::value)
                .containsExactly(number("1"), number("2"), number("3"));
        assertThat(gap.errors())
                .extracting(ImportError::file, ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple("p1.json", Code.PAGE_GAP, 5, 19));
        assertThat(parser.parse(List.of(first)).errors()).extracting(ImportError::code)
                .containsExactly(Code.MISSING_PAGE);
        assertThat(parser.parse(List.of(last, first)).errors()).extracting(ImportError::code, ImportError::file)
                .containsExactly(tuple(Code.UNEXPECTED_PAGE, "p1.json"), tuple(Code.MISSING_PAGE, "p1.json"));
    }

    @Test
    void reportsAnErrorResponseAndATruncatedPage() {
        var parser = new CbsOData4Parser(metadata());
        String error = "{\"error\":{\"code\":\"404\",\"message\":\"Dataset not found\"}}";
        String truncated = "{\"value\":[\n" + row(0, "1", "2019JJ00", "PV20") + ",\n{\"Id\":1,\"Measure\":\"M0";

        assertThat(parser.parse(List.of(SourceFile.of("e.json", error))).errors()).extracting(ImportError::code)
                .containsExactly(Code.NOT_A_DATASET);
        assertThat(parser.parse(List.of(SourceFile.of("t.json", truncated))).errors())
                .extracting(ImportError::code, ImportError::line).containsExactly(tuple(Code.BAD_JSON, 3));
    }

    @Test
    void derivesDimensionsFromCodeListsWithoutADimensionsDocument() {
        ParseResult<CbsMetadata> result = CbsOData4MetadataParser.parse(null, null,
                Map.of("Perioden", SourceFile.of("PeriodenCodes", PERIODEN),
                        "RegioS", SourceFile.of("RegioSCodes", REGIOS)));

        assertThat(result.errors()).isEmpty();
        CbsMetadata metadata = result.rows().getFirst();
        assertThat(metadata.property("Perioden")).get().extracting(CbsMetadata.Property::kind)
                .isEqualTo(CbsMetadata.Kind.TIME_DIMENSION);
        assertThat(metadata.property("RegioS")).get().extracting(CbsMetadata.Property::kind)
                .isEqualTo(CbsMetadata.Kind.GEO_DIMENSION);
        assertThat(metadata.knows(CbsOData4MetadataParser.MEASURE, "anything")).isTrue();
    }

    @Test
    void reportsBadMetadataDocuments() {
        String dimensions = DIMENSIONS.replace("\"TimeDimension\"", "\"Tijd\"");
        String measures = MEASURES.replace("M000124", "M000123");

        ParseResult<CbsMetadata> result = CbsOData4MetadataParser.parse(SourceFile.of("Dimensions", dimensions),
                SourceFile.of("MeasureCodes", measures), Map.of("Leeftijd", SourceFile.of("LeeftijdCodes", GESLACHT)));

        assertThat(result.errors()).extracting(ImportError::file, ImportError::code, ImportError::line)
                .containsExactlyInAnyOrder(tuple("Dimensions", Code.UNKNOWN_CODE, 3),
                        tuple("MeasureCodes", Code.DUPLICATE_ROW, 3),
                        tuple("LeeftijdCodes", Code.UNKNOWN_PROPERTY, 1));
        assertThat(result.rows()).isEmpty();
    }
}
