package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.techniekpact.importers.ImportError.Code;

/** The DUO parser on small files made here, one per quirk and per error code. */
class DuoCsvParserTest {

    /** Columns: 2 GEMEENTENUMMER, 13 GESLACHT, 14 "2018", 15 "2019". */
    private static final String HEADER = "PROVINCIE;GEMEENTENUMMER;GEMEENTENAAM;SOORT INSTELLING;TYPE HOGER ONDERWIJS;"
            + "BRIN NUMMER ACTUEEL;INSTELLINGSNAAM ACTUEEL;CROHO ONDERDEEL;CROHO SUBONDERDEEL;OPLEIDINGSCODE ACTUEEL;"
            + "OPLEIDINGSNAAM ACTUEEL;OPLEIDINGSVORM;GESLACHT;2018;2019";

    private static String row(String municipality, String gender, String v2018, String v2019) {
        return "Drenthe;" + municipality + ";Assen;reguliere inst.;bachelor;25BE;Hanzehogeschool;techniek;n.v.t.;34267;"
                + "B Elektrotechniek;voltijd onderwijs;" + gender + ";" + v2018 + ";" + v2019;
    }

    private static String crlf(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static ParseResult<RawObservation> hbo(String content) {
        return new DuoCsvParser(DuoDataset.HBO_EERSTEJAARS).parse(SourceFile.of("test.csv", content));
    }

    private static ObservationValue number(String value) {
        return ObservationValue.of(new BigDecimal(value));
    }

    @Test
    void findsColumnsByHeaderNameInAnyOrderAndSpelling() {
        String content = crlf("2019;Geslacht;Opleidingsvorm;Extra kolom;Opleidingscode;CROHO-onderdeel;Instellingscode actueel;"
                        + "Type_hoger_onderwijs;Gemeentenummer;2018",
                "12;vrouw;voltijd onderwijs;x;34267;techniek;25BE;bachelor;0106;7");

        ParseResult<RawObservation> result = hbo(content);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RawObservation::period, RawObservation::value, RawObservation::column)
                .containsExactly(tuple("2019/2020", number("12"), 1), tuple("2018/2019", number("7"), 10));
        assertThat(result.rows().getFirst().breakdown()).containsEntry("geslacht", "vrouw")
                .containsEntry("croho-onderdeel", "techniek").doesNotContainKey("extra kolom");
        assertThat(result.rows().getFirst().regionCode()).isEqualTo("GM0106");
    }

    @Test
    void importsDuoFileWithEmptyLinesAndQuoteOnlyLines() {
        String content = crlf(HEADER, row("0106", "man", "1", "2"), "\"\"", "", row("0106", "vrouw", "3", "4"), "\"\"");

        ParseResult<RawObservation> result = hbo(content);

        assertThat(result.errors()).isEmpty();
        assertThat(result.skippedLines()).isEqualTo(3);
        assertThat(result.rows()).extracting(RawObservation::line).containsExactly(2, 2, 5, 5);
    }

    @Test
    void readsLfLineEndsAndAByteOrderMarkLikeCrlf() {
        String content = "\uFEFF" + HEADER + "\n" + row("0106", "man", "1", "2") + "\n";

        ParseResult<RawObservation> result = hbo(content);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RawObservation::value).containsExactly(number("1"), number("2"));
    }

    @Test
    void blankCellIsMissingAndYieldsNoRow() {
        ParseResult<RawObservation> result = hbo(crlf(HEADER, row("0106", "man", "", "  ")));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).isEmpty();
        assertThat(result.missingValues()).isEqualTo(2);
    }

    @Test
    void keepsSuppressedValuesAsSuppressedNeverAsNumbers() {
        ParseResult<RawObservation> result = hbo(crlf(HEADER, row("0106", "man", "<5", "< 10")));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RawObservation::value)
                .containsExactly(ObservationValue.suppressed("<5"), ObservationValue.suppressed("< 10"));
    }

    @Test
    void readsDutchDecimalCommasAndTrimsPaddedCells() {
        ParseResult<RawObservation> result = hbo(crlf(HEADER, row(" 106 ", " Vrouw ", " 2,5 ", "0")));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RawObservation::value).containsExactly(number("2.5"), number("0"));
        assertThat(result.rows().getFirst().regionCode()).isEqualTo("GM0106");
        assertThat(result.rows().getFirst().breakdown()).containsEntry("geslacht", "vrouw");
    }

    @Test
    void readsIso88591WhenAskedTo() {
        String content = crlf(HEADER, row("0106", "man", "1", "2").replace("Hanzehogeschool", "Hogeschool Fryslân"));
        var parser = new DuoCsvParser(DuoDataset.HBO_EERSTEJAARS, null, StandardCharsets.ISO_8859_1);

        ParseResult<RawObservation> result = parser.parse(
                SourceFile.of("latin1.csv", content.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().getFirst().labels()).containsEntry("instellingsnaam", "Hogeschool Fryslân");
    }

    @Test
    void splitsGenderColumnsIntoRowsAndChecksTheirTotal() {
        String header = "BRIN NUMMER;TYPE MBO;KWALIFICATIENIVEAU;KWALIFICATIE CODE;MBO SECTOR;MAN2019;VROUW2019;TOTAAL2019";
        ParseResult<RawObservation> result = new DuoCsvParser(DuoDataset.MBO_DEELNEMERS).parse(SourceFile.of("mbo.csv",
                crlf(header, "00GT;BBL;2;25250;techniek;5;;5", "00GT;BOLVT;2;25250;techniek;5;1;7")));

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.TOTAL_MISMATCH, 3, 8));
        assertThat(result.errors().getFirst().message()).contains("TOTAAL2019", "7", "6");
        assertThat(result.rows()).extracting(o -> o.breakdown().get("geslacht"), RawObservation::value)
                .containsExactly(tuple("man", number("5")));
        assertThat(result.missingValues()).isEqualTo(1);
    }

    @Test
    void collectsEveryErrorWithLineAndColumnInsteadOfStoppingAtTheFirst() {
        String content = crlf(HEADER,
                row("0106", "man", "12a", "1"),
                row("0106", "vrouw", "1", "2"),
                row("Assen", "man", "1", "-3"),
                row("0106", "onbekend", "1.234", "2"));

        ParseResult<RawObservation> result = hbo(content);

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(
                        tuple(Code.BAD_NUMBER, 2, 14),
                        tuple(Code.BAD_REGION_CODE, 4, 2),
                        tuple(Code.BAD_NUMBER, 4, 15),
                        tuple(Code.UNKNOWN_CODE, 5, 13),
                        tuple(Code.BAD_NUMBER, 5, 14));
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.file()).isEqualTo("test.csv"));
        assertThat(result.rows()).extracting(RawObservation::line).containsOnly(3);
    }

    @Test
    void reportsAnEmptyFile() {
        assertError(hbo(""), Code.EMPTY_FILE, 1, 0);
        assertError(hbo(crlf("\"\"", "")), Code.EMPTY_FILE, 1, 0);
    }

    @Test
    void reportsACommaSeparatedFile() {
        ParseResult<RawObservation> result = hbo(HEADER.replace(';', ',') + "\r\n");

        assertError(result, Code.WRONG_DELIMITER, 1, 0);
        assertThat(result.errors().getFirst().message()).contains("','");
    }

    @Test
    void reportsEachMissingRequiredColumnByName() {
        String header = HEADER.replace(";GESLACHT", ";SEKSE").replace("CROHO ONDERDEEL", "CROHO?");

        ParseResult<RawObservation> result = hbo(crlf(header, row("0106", "man", "1", "2")));

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.MISSING_HEADER, 1, 0), tuple(Code.MISSING_HEADER, 1, 0));
        assertThat(result.errors()).extracting(ImportError::message)
                .anySatisfy(m -> assertThat(m).contains("'CROHO ONDERDEEL'"))
                .anySatisfy(m -> assertThat(m).contains("'GESLACHT'"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void reportsADuplicateHeader() {
        assertError(hbo(crlf(HEADER + ";2019", row("0106", "man", "1", "2") + ";3")), Code.DUPLICATE_HEADER, 1, 16);
        assertError(hbo(crlf(HEADER + ";Geslacht", row("0106", "man", "1", "2") + ";man")), Code.DUPLICATE_HEADER, 1, 16);
    }

    @Test
    void reportsAHeaderWithoutValueColumns() {
        assertError(hbo(crlf(HEADER.replace(";2018;2019", ""))), Code.NO_VALUE_COLUMNS, 1, 0);
    }

    @Test
    void reportsATruncatedLine() {
        String truncated = row("0106", "man", "1", "2").substring(0, 40);

        ParseResult<RawObservation> result = hbo(crlf(HEADER, row("0106", "vrouw", "1", "2"), truncated));

        assertError(result, Code.WRONG_FIELD_COUNT, 3, 6);
        assertThat(result.errors().getFirst().message()).contains("5 cellen", "kopregel 15");
    }

    @Test
    void reportsAQuoteThatDoesNotClose() {
        String broken = row("0106", "man", "1", "2").replace("Hanzehogeschool", "\"Hanze;hogeschool");

        assertError(hbo(crlf(HEADER, broken)), Code.UNCLOSED_QUOTE, 2, 50);
    }

    @Test
    void readsQuotedCellsHoldingTheDelimiter() {
        String quoted = row("0106", "man", "1", "2").replace("Hanzehogeschool", "\"Hanze;hogeschool\"");

        ParseResult<RawObservation> result = hbo(crlf(HEADER, quoted));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows().getFirst().labels()).containsEntry("instellingsnaam", "Hanze;hogeschool");
    }

    @Test
    void reportsABlankRequiredCell() {
        assertError(hbo(crlf(HEADER, row("0106", " ", "1", "2"))), Code.MISSING_VALUE, 2, 13);
        assertError(hbo(crlf(HEADER, row("", "man", "1", "2"))), Code.MISSING_VALUE, 2, 2);
    }

    @Test
    void reportsAMunicipalityTheCrosswalkDoesNotKnow() {
        var crosswalk = MunicipalityCrosswalk.of(List.of(new MunicipalityRegions(2, "GM0106", "Assen", 2026, "PV22",
                "Drenthe", "AM01", "Groningen", "CR07", "Noord-Drenthe")));
        var parser = new DuoCsvParser(DuoDataset.HBO_EERSTEJAARS, crosswalk, StandardCharsets.UTF_8);

        ParseResult<RawObservation> result = parser.parse(SourceFile.of("t.csv",
                crlf(HEADER, row("0106", "man", "1", "2"), row("9999", "man", "1", "2"))));

        assertError(result, Code.UNKNOWN_REGION, 3, 2);
        assertThat(result.errors().getFirst().message()).contains("GM9999");
        assertThat(result.rows()).extracting(RawObservation::line).containsOnly(2);
    }

    @Test
    void reportsTheSameCellTwice() {
        ParseResult<RawObservation> result = hbo(crlf(HEADER, row("0106", "man", "1", "2"),
                row("0106", "vrouw", "1", "2"), row("106", "man", "5", "6")));

        assertError(result, Code.DUPLICATE_ROW, 4, 0);
        assertThat(result.errors().getFirst().message()).contains("regel 2");
    }

    @Test
    void reportsBytesThatAreNotUtf8() {
        byte[] latin1 = crlf(HEADER, row("0106", "man", "1", "2").replace("Assen", "Fryslân"))
                .getBytes(StandardCharsets.ISO_8859_1);

        ParseResult<RawObservation> result = new DuoCsvParser(DuoDataset.HBO_EERSTEJAARS)
                .parse(SourceFile.of("latin1.csv", latin1));

        assertError(result, Code.BAD_ENCODING, 2, 19);
        assertThat(result.rows()).isEmpty();
    }

    private static void assertError(ParseResult<RawObservation> result, Code code, int line, int column) {
        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(code, line, column));
        assertThat(result.errors().getFirst().message()).isNotBlank().doesNotContain("monitor.import");
    }
}
