package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import nl.techniekpact.importers.ImportError.Code;

/** The mapped-table parser on small CSV and xlsx files made here. */
class MappedTableParserTest {

    private static final String MAPPING = """
            {"indicator": "mbo-deelnemers-techniek", "region": "Gemeentecode", "period": "Jaar",
             "value": "Aantal", "breakdowns": {"geslacht": "Geslacht"}}""";

    private static ColumnMapping mapping(String json) {
        ParseResult<ColumnMapping> result = ColumnMapping.parse(json);
        assertThat(result.errors()).isEmpty();
        return result.rows().getFirst();
    }

    private static ParseResult<RawObservation> csv(String content) {
        return new MappedTableParser(mapping(MAPPING)).parse(SourceFile.of("tabel.csv", content));
    }

    /** Lines under the header {@code Gemeentecode;Jaar;Geslacht;Aantal}, LF-terminated. */
    private static ParseResult<RawObservation> rows(String... lines) {
        return csv("Gemeentecode;Jaar;Geslacht;Aantal\n" + String.join("\n", lines) + "\n");
    }

    private static ParseResult<RawObservation> xlsx(String mappingJson, byte[] content) {
        return new MappedTableParser(mapping(mappingJson)).parse(SourceFile.of("tabel.xlsx", content));
    }

    private static ObservationValue number(String value) {
        return ObservationValue.of(new BigDecimal(value));
    }

    private static void assertErrors(ParseResult<RawObservation> result, Object[]... codeLineColumn) {
        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(Arrays.stream(codeLineColumn).map(t -> tuple(t)).toArray(Tuple[]::new));
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank().doesNotContain("monitor."));
    }

    @Test
    void readsTheMappedColumnsInAnyOrderAndCase() {
        ParseResult<RawObservation> result = csv("Toelichting;AANTAL; jaar ;geslacht;GemeenteCode\r\n"
                + "eerste;12;2019;vrouw;GM0014\r\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(o -> {
            assertThat(o.line()).isEqualTo(2);
            assertThat(o.column()).isEqualTo(2);
            assertThat(o.regionCode()).isEqualTo("GM0014");
            assertThat(o.period()).isEqualTo("2019JJ00");
            assertThat(o.measure()).isEqualTo("mbo-deelnemers-techniek");
            assertThat(o.breakdown()).containsExactlyEntriesOf(Map.of("geslacht", "vrouw"));
            assertThat(o.value()).isEqualTo(number("12"));
            assertThat(o.sourceColumns()).containsExactly("GemeenteCode", "jaar", "geslacht", "AANTAL");
        });
    }

    @Test
    void detectsSemicolonCommaAndTabAsDelimiter() {
        String semicolon = "Gemeentecode;Jaar;Geslacht;Aantal\nGM0014;2019;man;\"1,5\"\nGM0014;2020;man;2\n";

        for (String content : List.of(semicolon, semicolon.replace(';', ','), semicolon.replace(';', '\t'))) {
            ParseResult<RawObservation> result = csv(content);

            assertThat(result.errors()).as(content).isEmpty();
            assertThat(result.rows()).extracting(RawObservation::value)
                    .containsExactly(number("1.5"), number("2"));
        }
    }

    @Test
    void readsAByteOrderMarkCrlfAndQuotedCells() {
        ParseResult<RawObservation> result = csv("\uFEFF\"Gemeentecode\",\"Jaar\",\"Geslacht\",\"Aantal\"\r\n"
                + "\"GM0014\",\"2019\",\"man, \"\"alle leeftijden\"\"\",\"3\"\r\n\r\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.skippedLines()).isEqualTo(1);
        assertThat(result.rows()).singleElement().satisfies(o -> assertThat(o.breakdown())
                .containsEntry("geslacht", "man, \"alle leeftijden\""));
    }

    @Test
    void acceptsDecimalCommasPointsAndUnambiguousThousands() {
        ParseResult<RawObservation> result = rows("GM0014;2001;a;1234", "GM0014;2002;a;1234,5", "GM0014;2003;a;1234.5",
                "GM0014;2004;a;0.125", "GM0014;2005;a;1.234.567", "GM0014;2006;a;1.234,5", "GM0014;2007;a;-3",
                "GM0014;2008;a;12.50", "GM0014;2009;a;0,125");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(o -> ((ObservationValue.Amount) o.value()).number().toPlainString())
                .containsExactly("1234", "1234.5", "1234.5", "0.125", "1234567", "1234.5", "-3", "12.50", "0.125");
    }

    @Test
    void refusesAmbiguousAndForeignNumbers() {
        ParseResult<RawObservation> result = rows("GM0014;2001;a;1.234", "GM0014;2002;a;1,234.5",
                "GM0014;2003;a;12 345", "GM0014;2004;a;12a", "GM0014;2005;a;5%", "GM0014;2006;a;+5");

        assertErrors(result, new Object[] {Code.AMBIGUOUS_NUMBER, 2, 4}, new Object[] {Code.BAD_NUMBER, 3, 4},
                new Object[] {Code.BAD_NUMBER, 4, 4}, new Object[] {Code.BAD_NUMBER, 5, 4},
                new Object[] {Code.BAD_NUMBER, 6, 4}, new Object[] {Code.BAD_NUMBER, 7, 4});
        assertThat(result.errors().getFirst().message()).isEqualTo("'1.234' in kolom 'Aantal' is dubbelzinnig: de "
                + "punt kan duizendtallen scheiden (1234) of een decimaalteken zijn (1,234). Schrijf het getal zonder "
                + "punt, of met een decimale komma.");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void keepsSuppressionMarkersAndCountsBlankValuesAsMissing() {
        ParseResult<RawObservation> result = rows("GM0014;2001;a;<5", "GM0014;2002;a;< 10", "GM0014;2003;a;x",
                "GM0014;2004;a;X", "GM0014;2005;a;.", "GM0014;2006;a;-", "GM0014;2007;a;", "GM0014;2008;a;  ");

        assertThat(result.errors()).isEmpty();
        assertThat(result.missingValues()).isEqualTo(2);
        assertThat(result.rows()).extracting(RawObservation::value).containsExactly(
                ObservationValue.suppressed("<5"), ObservationValue.suppressed("< 10"),
                ObservationValue.suppressed("x"),
                ObservationValue.suppressed("X"), ObservationValue.suppressed("."), ObservationValue.suppressed("-"));
    }

    @Test
    void multipliesValuesByTheUnitFactor() {
        var parser = new MappedTableParser(mapping(MAPPING.replace("}}", "}, \"unitFactor\": 1000}")));

        ParseResult<RawObservation> result = parser.parse(SourceFile.of("t.csv",
                "Gemeentecode;Jaar;Geslacht;Aantal\nGM0014;2019;a;1,5\nGM0014;2020;a;<5\nGM0014;2021;a;0,0125\n"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RawObservation::value)
                .containsExactly(number("1500"), ObservationValue.suppressed("<5"), number("12.5"));
    }

    @Test
    void normalisesPeriods() {
        ParseResult<RawObservation> result = rows("GM0014;2019;a;1", "GM0014;2019jj00;b;1", "GM0014;2019KW01;a;1",
                "GM0014;2019MM12;a;1", "GM0014;2019/2020;a;1", "GM0014;2020-2021;a;1");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RawObservation::period).containsExactly(
                "2019JJ00", "2019JJ00", "2019KW01", "2019MM12", "2019/2020", "2020/2021");
    }

    @Test
    void refusesOtherPeriodsAndImplausibleYears() {
        ParseResult<RawObservation> result = rows("GM0014;2019Q1;a;1", "GM0014;2019/2021;a;1", "GM0014;2019MM13;a;1",
                "GM0014;19;a;1", "GM0014;1019;a;1", "GM0014;2119/2120;a;1");

        assertErrors(result, new Object[] {Code.BAD_PERIOD, 2, 2}, new Object[] {Code.BAD_PERIOD, 3, 2},
                new Object[] {Code.BAD_PERIOD, 4, 2}, new Object[] {Code.BAD_PERIOD, 5, 2},
                new Object[] {Code.BAD_YEAR, 6, 2}, new Object[] {Code.BAD_YEAR, 7, 2});
    }

    @Test
    void normalisesRegionCodes() {
        ParseResult<RawObservation> result = rows("GM0014;2019;a;1", "0363;2019;a;1", " pv20 ;2019;a;1",
                "AM01;2019;a;1", "NL01;2019;a;1", "LD01;2019;a;1", "NL;2020;a;1");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RawObservation::regionCode)
                .containsExactly("GM0014", "GM0363", "PV20", "AM01", "NL01", "LD01", "NL01");
    }

    @Test
    void refusesOtherRegionsAndBlankRequiredCells() {
        ParseResult<RawObservation> result = rows("14;2019;a;1", "Groningen;2019;a;1", "GM14;2019;a;1",
                "PV99;2019;a;1", ";2019;a;1", "GM0014; ;a;1", "GM0014;2019;;1");

        assertErrors(result, new Object[] {Code.BAD_REGION_CODE, 2, 1}, new Object[] {Code.BAD_REGION_CODE, 3, 1},
                new Object[] {Code.BAD_REGION_CODE, 4, 1}, new Object[] {Code.BAD_REGION_CODE, 5, 1},
                new Object[] {Code.MISSING_VALUE, 6, 1}, new Object[] {Code.MISSING_VALUE, 7, 2},
                new Object[] {Code.MISSING_VALUE, 8, 3});
        assertThat(result.errors().get(6).message()).contains("'Geslacht'");
    }

    @Test
    void reportsTheSameCellTwiceNamingTheFirstLine() {
        ParseResult<RawObservation> result = rows("GM0014;2019;man;1", "GM0014;2019;vrouw;2", "14;2019;man;3",
                "0014;2019JJ00;man;4");

        assertErrors(result, new Object[] {Code.BAD_REGION_CODE, 4, 1}, new Object[] {Code.DUPLICATE_ROW, 5, 0});
        assertThat(result.errors().get(1).message()).contains("regel 2");
        assertThat(result.rows()).extracting(RawObservation::line).containsExactly(2, 3);
    }

    @Test
    void reportsAFileSeparatedByAnotherDelimiter() {
        ParseResult<RawObservation> result = csv("Gemeentecode|Jaar|Geslacht|Aantal\nGM0014|2019|man|1\n");

        assertErrors(result, new Object[] {Code.WRONG_DELIMITER, 1, 0});
        assertThat(result.errors().getFirst().message()).contains("'|'");
    }

    @Test
    void reportsMappedColumnsMissingFromTheHeaderOrThereTwice() {
        ParseResult<RawObservation> missing = csv("Gemeente;Jaar;Sekse;Aantal\nGM0014;2019;man;1\n");
        ParseResult<RawObservation> none = csv("Regio;Periode;Waarde\nGM0014;2019;1\n");
        ParseResult<RawObservation> twice = csv("Gemeentecode;Jaar;Geslacht;Aantal;jaar\nGM0014;2019;man;1;2020\n");

        assertErrors(missing, new Object[] {Code.MISSING_HEADER, 1, 0}, new Object[] {Code.MISSING_HEADER, 1, 0});
        assertThat(missing.errors()).extracting(ImportError::message).containsExactly(
                "Kolom 'Gemeentecode' ontbreekt in de kopregel.", "Kolom 'Geslacht' ontbreekt in de kopregel.");
        assertThat(none.errors()).hasSize(4).extracting(ImportError::code).containsOnly(Code.MISSING_HEADER);
        assertErrors(twice, new Object[] {Code.DUPLICATE_HEADER, 1, 5});
        assertThat(twice.errors().getFirst().message()).contains("'jaar'", "kolom 2");
        assertThat(missing.rows()).isEmpty();
        assertThat(twice.rows()).isEmpty();
    }

    @Test
    void reportsLinesThatCannotBeSplitOrDecoded() {
        byte[] latin1 = "Gemeentecode;Jaar;Geslacht;Aantal\nGM0014;2019;mannen én vrouwen;1\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertErrors(rows("GM0014;2019;man", "GM0014;2020;man;1;2"), new Object[] {Code.WRONG_FIELD_COUNT, 2, 4},
                new Object[] {Code.WRONG_FIELD_COUNT, 3, 5});
        assertErrors(rows("GM0014;2019;\"man;1"), new Object[] {Code.UNCLOSED_QUOTE, 2, 3});
        assertErrors(new MappedTableParser(mapping(MAPPING)).parse(SourceFile.of("latin1.csv", latin1)),
                new Object[] {Code.BAD_ENCODING, 2, 3});
    }

    @Test
    void skipsRowsOfEmptyCellsAsSpreadsheetsExportThem() {
        ParseResult<RawObservation> result = rows("GM0014;2019;man;1", ";;;", " ; ;; ", "GM0014;2020;man;2");

        assertThat(result.errors()).isEmpty();
        assertThat(result.skippedLines()).isEqualTo(2);
        assertThat(result.rows()).extracting(RawObservation::line).containsExactly(2, 5);
    }

    @Test
    void reportsAnEmptyFile() {
        assertErrors(csv(""), new Object[] {Code.EMPTY_FILE, 1, 0});
        assertErrors(csv("\n\"\"\n\n"), new Object[] {Code.EMPTY_FILE, 1, 0});
    }

    @Test
    void readsTheFirstSheetOfAWorkbookFromItsFirstNonBlankRow() {
        byte[] workbook = Workbooks.xlsx("Blad1",
                null,
                new Object[] {"Tabel 3. Deelnemers"},
                new Object[] {},
                new Object[] {"Gemeentecode", "Jaar", "Geslacht", "Aantal", "Dubbel"},
                new Object[] {14, 2019, "man", 12.5, new Workbooks.Formula("D5*2")},
                new Object[] {"GM0363", "2019/2020", "vrouw", new Workbooks.Formula("D5*2")},
                new Object[] {null, null, null, null},
                new Object[] {"0014", "2020", 3, 0.1});

        ParseResult<RawObservation> result = xlsx(MAPPING.replace("\"Gemeentecode\"", "\"Tabel 3. Deelnemers\""),
                workbook);
        ParseResult<RawObservation> fromHeader = xlsx(MAPPING, Workbooks.xlsx("Blad1",
                new Object[] {"Gemeentecode", "Jaar", "Geslacht", "Aantal"},
                new Object[] {14, 2019, "man", 12.5},
                new Object[] {"GM0363", "2019/2020", "vrouw", new Workbooks.Formula("D2*2")},
                null,
                new Object[] {"0014", "2020", 3, 0.1}));

        assertErrors(result, new Object[] {Code.MISSING_HEADER, 2, 0}, new Object[] {Code.MISSING_HEADER, 2, 0},
                new Object[] {Code.MISSING_HEADER, 2, 0});
        assertThat(fromHeader.errors()).isEmpty();
        assertThat(fromHeader.rows()).extracting(RawObservation::line, RawObservation::column,
                RawObservation::regionCode,
                RawObservation::period, o -> o.breakdown().get("geslacht"), RawObservation::value).containsExactly(
                tuple(2, 4, "GM0014", "2019JJ00", "man", number("12.5")),
                tuple(3, 4, "GM0363", "2019/2020", "vrouw", number("25")),
                tuple(5, 4, "GM0014", "2020JJ00", "3", number("0.1")));
    }

    @Test
    void readsTheSheetTheMappingNames() {
        byte[] workbook = Workbooks.xlsx(new String[] {"Toelichting", "Cijfers"});
        String named = MAPPING.replace("}}", "}, \"sheet\": \"Gegevens\"}");

        assertErrors(xlsx(named, workbook), new Object[] {Code.MISSING_SHEET, 0, 0});
        assertThat(xlsx(named, workbook).errors().getFirst().message()).contains("'Gegevens'");
        assertErrors(xlsx(MAPPING.replace("}}", "}, \"sheet\": \"Cijfers\"}"), workbook),
                new Object[] {Code.EMPTY_FILE, 1, 0});
    }

    @Test
    void namesTheCellOfEveryErrorInAWorkbook() {
        byte[] workbook = Workbooks.xlsx("Blad1",
                new Object[] {"Gemeentecode", "Jaar", "Geslacht", "Aantal"},
                new Object[] {"GM0014", "2019", "man", "twaalf"},
                new Object[] {"GM0014", LocalDate.of(2019, 1, 1), "man", 1},
                new Object[] {"GM0014", "2020", "man", new Workbooks.Formula("1/0")},
                new Object[] {123456, "2021", "man", 1},
                new Object[] {"GM0014", 2022.5, "man", LocalDate.of(2022, 3, 4)},
                new Object[] {"GM0014", "2023", "man", 1},
                new Object[] {"GM0014", 2023, "man", 2});

        ParseResult<RawObservation> result = xlsx(MAPPING, workbook);

        assertErrors(result, new Object[] {Code.BAD_NUMBER, 2, 4}, new Object[] {Code.BAD_PERIOD, 3, 2},
                new Object[] {Code.BAD_NUMBER, 4, 4}, new Object[] {Code.BAD_REGION_CODE, 5, 1},
                new Object[] {Code.BAD_PERIOD, 6, 2}, new Object[] {Code.BAD_NUMBER, 6, 4},
                new Object[] {Code.DUPLICATE_ROW, 8, 0});
        assertThat(result.errors()).extracting(ImportError::message).containsExactly(
                "Cel D2: 'twaalf' in kolom 'Aantal' is geen geldig getal.",
                "Cel B3: '2019-01-01' is geen geldige CBS-periode (zoals 2019JJ00, 2019KW01 of 2019MM01).",
                "Cel D4: '#DIV/0!' in kolom 'Aantal' is geen geldig getal.",
                "Cel A5: '123456' is geen geldige regiocode.",
                "Cel B6: '2022.5' is geen geldige CBS-periode (zoals 2019JJ00, 2019KW01 of 2019MM01).",
                "Cel D6: '2022-03-04' in kolom 'Aantal' is geen geldig getal.",
                "Deze rij staat al eerder in het bestand (rij 7).");
        assertThat(result.rows()).extracting(RawObservation::line).containsExactly(7);
    }

    @Test
    void reportsAFileThatIsNoReadableWorkbook() {
        byte[] workbook = Workbooks.xlsx("Blad1", new Object[] {"Gemeentecode", "Jaar", "Geslacht", "Aantal"},
                new Object[] {"GM0014", "2019", "man", 1});
        byte[] cut = Arrays.copyOf(workbook, workbook.length / 2);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        var parser = new MappedTableParser(mapping(MAPPING));

        assertErrors(xlsx(MAPPING, cut), new Object[] {Code.BAD_WORKBOOK, 0, 0});
        assertErrors(parser.parse(SourceFile.of("oud", xls)), new Object[] {Code.BAD_WORKBOOK, 0, 0});
        assertErrors(parser.parse(SourceFile.of("tabel.xlsx", "Gemeentecode;Jaar\n")),
                new Object[] {Code.BAD_WORKBOOK, 0, 0});
        assertErrors(parser.parse(SourceFile.of("leeg.xlsx", new byte[0])), new Object[] {Code.EMPTY_FILE, 1, 0});
        assertThat(parser.parse(SourceFile.of("tabel", workbook)).errors()).isEmpty();
    }
}
