package nl.techniekpact.importers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.techniekpact.importers.ImportError.Code;

/**
 * A catalogue of malformed source files, one per way a real file goes wrong, each with the one error
 * (code, line, column) its parser must report among its errors. Pure data: {@code MalformedFilesTest}
 * runs the cases through the parsers, and the database import can run the same cases end to end.
 *
 * <p>How to read a case by {@link Case#format()}:
 * <ul>
 * <li>{@value #DUO_HBO}, {@value #DUO_MBO}: {@link DuoCsvParser} with {@link DuoDataset#HBO_EERSTEJAARS} or
 * {@link DuoDataset#MBO_DEELNEMERS}, UTF-8 (as the downloader stores DUO files), with a municipality
 * crosswalk that holds {@link #DUO_MUNICIPALITIES} (the real crosswalk holds them too; only {@code GM9999}
 * is unknown). The header lines are the real ones of the 2019 hbo and mbo files; the data rows are made up.
 * <li>{@value #CBS_ODATA3}: {@link CbsOData3Parser} with the metadata read from
 * {@link #CBS_ODATA3_DATA_PROPERTIES} and {@link #cbsOData3CodeLists()}.
 * <li>{@value #CBS_ODATA4}: {@link CbsOData4Parser} with the metadata read from {@link #CBS_ODATA4_DIMENSIONS},
 * {@link #CBS_ODATA4_MEASURE_CODES} and {@link #cbsOData4CodeLists()}.
 * <li>For both OData formats the content may hold several pages, separated by a form feed (byte
 * {@code 0x0C}, {@link #PAGE_BREAK_BYTE}, which JSON never holds unescaped); {@link Case#files()} splits them.
 * <li>{@value #CSV}, {@value #XLSX}: {@link ColumnMapping#parse} of {@link Case#mapping()} — whose errors, if
 * any, are the result — then {@link MappedTableParser}. The xlsx files are made with POI.
 * </ul>
 * A JSON document holds one row per line, so the line of a row is its position on the page + 1; a document cut
 * off is reported just after its last character.
 */
public final class MalformedFiles {

    public static final String DUO_HBO = "duo-hbo-eerstejaars";
    public static final String DUO_MBO = "duo-mbo-deelnemers";
    public static final String CBS_ODATA3 = "cbs-odata3";
    public static final String CBS_ODATA4 = "cbs-odata4";
    public static final String CSV = "csv";
    public static final String XLSX = "xlsx";
    public static final List<String> FORMATS = List.of(DUO_HBO, DUO_MBO, CBS_ODATA3, CBS_ODATA4, CSV, XLSX);

    /** Separates the pages of an OData case's content. */
    public static final byte PAGE_BREAK_BYTE = 0x0C;

    /** The municipality codes the crosswalk for DUO cases must hold. */
    public static final List<String> DUO_MUNICIPALITIES = List.of("GM0014", "GM0106", "GM0363", "GM1900");

    /** The real header line of {@code hbo_inscriptions_2019.csv}. */
    public static final String HBO_HEADER = "PROVINCIE;GEMEENTENUMMER;GEMEENTENAAM;SOORT INSTELLING;"
            + "TYPE HOGER ONDERWIJS;BRIN NUMMER ACTUEEL;INSTELLINGSNAAM ACTUEEL;CROHO ONDERDEEL;CROHO SUBONDERDEEL;"
            + "OPLEIDINGSCODE ACTUEEL;OPLEIDINGSNAAM ACTUEEL;OPLEIDINGSVORM;GESLACHT;2015;2016;2017;2018;2019";

    /** The real header line of {@code mbo_inscriptions_2019.csv}. */
    public static final String MBO_HEADER = "BRIN NUMMER;SOORTINS;INSTELLINGSNAAM;PLAATSNAAM;TYPE MBO;"
            + "KWALIFICATIENIVEAU;KWALIFICATIE CODE;KWALIFICATIE NAAM;MBO SECTOR;DOMEIN;SECTORUNIT SBB;"
            + "BRIN NUMMER KENNISCENTRUM;NAAM KENNISCENTRUM;MAN2015;VROUW2015;TOTAAL2015;MAN2016;VROUW2016;"
            + "TOTAAL2016;MAN2017;VROUW2017;TOTAAL2017;MAN2018;VROUW2018;TOTAAL2018;MAN2019;VROUW2019;TOTAAL2019";

    public static final String CBS_ODATA3_DATA_PROPERTIES = """
            {"odata.metadata":"https://opendata.cbs.nl/ODataApi/OData/85000NED/$metadata#Cbs.OData.WebAPI.DataProperties","value":[
            {"ID":0,"Position":0,"ParentID":null,"Type":"Dimension","Key":"Geslacht","Title":"Geslacht","Description":null},
            {"ID":1,"Position":1,"ParentID":null,"Type":"GeoDimension","Key":"RegioS","Title":"Regio's","Description":null},
            {"ID":2,"Position":2,"ParentID":null,"Type":"TimeDimension","Key":"Perioden","Title":"Perioden","Description":null},
            {"ID":3,"Position":0,"ParentID":null,"Type":"Topic","Key":"WerkzameBeroepsbevolking_1","Title":"Werkzame beroepsbevolking","Description":null,"Datatype":"Double","Unit":"x 1 000","Decimals":0,"Default":"Impossible"}
            ]}""";

    public static final String CBS_ODATA4_DIMENSIONS = """
            {"@odata.context":"https://odata4.cbs.nl/CBS/85000NED/$metadata#Dimensions","value":[
            {"Identifier":"Geslacht","Title":"Geslacht","Description":null,"Kind":"Dimension"},
            {"Identifier":"RegioS","Title":"Regio's","Description":null,"Kind":"GeoDimension"},
            {"Identifier":"Perioden","Title":"Perioden","Description":null,"Kind":"TimeDimension"}
            ]}""";

    public static final String CBS_ODATA4_MEASURE_CODES = """
            {"@odata.context":"https://odata4.cbs.nl/CBS/85000NED/$metadata#MeasureCodes","value":[
            {"Identifier":"M001607","Index":1,"Title":"Werkzame beroepsbevolking","Description":null,"MeasureGroupId":null,"DataType":"Long","Unit":"x 1 000","Decimals":0,"PresentationType":"Absolute"},
            {"Identifier":"M001608","Index":2,"Title":"Werkloze beroepsbevolking","Description":null,"MeasureGroupId":null,"DataType":"Long","Unit":"x 1 000","Decimals":0,"PresentationType":"Absolute"}
            ]}""";

    private static final String HBO_FILE = "hbo_inscriptions_2019.csv";
    private static final String MBO_FILE = "mbo_inscriptions_2019.csv";
    private static final String ODATA3_FILE = "TypedDataSet.json";
    private static final String ODATA4_FILE = "Observations.json";
    private static final String MAPPING = """
            {"indicator": "mbo-deelnemers-techniek", "region": "Gemeentecode", "period": "Schooljaar",
             "value": "Aantal", "breakdowns": {"niveau": "Niveau", "geslacht": "Geslacht"}}""";
    private static final String TABLE_HEADER = "Gemeentecode;Gemeente;Schooljaar;Niveau;Geslacht;Aantal";
    private static final String XLSX_MAPPING = MAPPING.replace("}}", "}, \"sheet\": \"Deelnemers\"}");
    private static final String[] XLSX_HEADER = {"Gemeentecode", "Gemeente", "Schooljaar", "Niveau", "Geslacht",
            "Aantal"};

    /**
     * One malformed file.
     *
     * @param format   one of {@link #FORMATS}
     * @param mapping  the column mapping JSON for {@value #CSV} and {@value #XLSX}; null for the others
     * @param expectedLine   0 for an error in the mapping or in a workbook as a whole
     * @param expectedColumn 0 for an error that concerns a whole line or file
     */
    public record Case(String name, String format, String fileName, byte[] content, String mapping,
            Code expectedCode, int expectedLine, int expectedColumn) {

        public Case {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(fileName, "fileName");
            content = content.clone();
            Objects.requireNonNull(expectedCode, "expectedCode");
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        /**
         * The files to give the parser: for the OData formats the pages of {@link #content()} (split at
         * {@link #PAGE_BREAK_BYTE}; the first named {@code fileName}, the next {@code fileName#2}, …), else
         * one file.
         */
        public List<SourceFile> files() {
            if (!format.equals(CBS_ODATA3) && !format.equals(CBS_ODATA4)) {
                return List.of(SourceFile.of(fileName, content));
            }
            List<SourceFile> pages = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= content.length; i++) {
                if (i == content.length || content[i] == PAGE_BREAK_BYTE) {
                    String name = pages.isEmpty() ? fileName : fileName + "#" + (pages.size() + 1);
                    pages.add(SourceFile.of(name, Arrays.copyOfRange(content, start, i)));
                    start = i + 1;
                }
            }
            return pages;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private MalformedFiles() {
    }

    /** Code lists of the OData v3 table: dimension key → document. */
    public static Map<String, String> cbsOData3CodeLists() {
        return Map.of("Geslacht", """
                {"odata.metadata":"https://opendata.cbs.nl/ODataApi/OData/85000NED/$metadata#Cbs.OData.WebAPI.Geslacht","value":[
                {"Key":"T001038","Title":"Totaal mannen en vrouwen","Description":null},
                {"Key":"3000   ","Title":"Mannen","Description":null},
                {"Key":"4000   ","Title":"Vrouwen","Description":null}
                ]}""");
    }

    /** Code lists of the OData v4 table: dimension identifier → its {@code <Dimension>Codes} document. */
    public static Map<String, String> cbsOData4CodeLists() {
        return Map.of(
                "Geslacht", """
                        {"value":[
                        {"Identifier":"T001038","Index":1,"Title":"Totaal mannen en vrouwen","DimensionGroupId":null},
                        {"Identifier":"3000","Index":2,"Title":"Mannen","DimensionGroupId":null},
                        {"Identifier":"4000","Index":3,"Title":"Vrouwen","DimensionGroupId":null}
                        ]}""",
                "RegioS", """
                        {"value":[
                        {"Identifier":"NL01","Index":1,"Title":"Nederland","DimensionGroupId":"0"},
                        {"Identifier":"PV20","Index":2,"Title":"Groningen (PV)","DimensionGroupId":"1"},
                        {"Identifier":"GM0014","Index":3,"Title":"Groningen","DimensionGroupId":"2"}
                        ]}""",
                "Perioden", """
                        {"value":[
                        {"Identifier":"2019JJ00","Index":1,"Title":"2019","Status":"Definitief"},
                        {"Identifier":"2020JJ00","Index":2,"Title":"2020","Status":"Voorlopig"}
                        ]}""");
    }

    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(hbo());
        cases.addAll(mbo());
        cases.addAll(odata3());
        cases.addAll(odata4());
        cases.addAll(csv());
        cases.addAll(xlsx());
        return List.copyOf(cases);
    }

    // DUO hbo: columns 2 GEMEENTENUMMER, 13 GESLACHT, 14–18 the years 2015–2019.

    private static String hboRow(String municipality, String gender, String... years) {
        String[] values = years.length == 0 ? new String[] {"4", "6", "5", "7", "9"} : years;
        return "Groningen;" + municipality + ";Groningen;reguliere inst.;bachelor;25BE;Hanzehogeschool Groningen;"
                + "techniek;n.v.t. (techniek);34267;B Elektrotechniek;voltijd onderwijs;" + gender + ";"
                + String.join(";", values);
    }

    private static List<Case> hbo() {
        String row = hboRow("0014", "vrouw");
        String quoted = row.replace("Hanzehogeschool Groningen", "\"Hanzehogeschool;Groningen");
        String latin1 = hboRow("1900", "man").replace("Groningen;1900;Groningen", "Fryslân;1900;Súdwest-Fryslân");
        return List.of(
                duo(DUO_HBO, "hbo-comma-separated", crlf(HBO_HEADER.replace(';', ','), row.replace(';', ',')),
                        Code.WRONG_DELIMITER, 1, 0),
                duo(DUO_HBO, "hbo-missing-column", crlf(HBO_HEADER.replace(";GESLACHT", ""),
                        row.replace(";vrouw", "")), Code.MISSING_HEADER, 1, 0),
                duo(DUO_HBO, "hbo-duplicate-header", crlf(HBO_HEADER + ";2019", row + ";9"),
                        Code.DUPLICATE_HEADER, 1, 19),
                duo(DUO_HBO, "hbo-no-year-columns", crlf(HBO_HEADER.replaceAll(";20(\\d\\d)", ";'$1"), row),
                        Code.NO_VALUE_COLUMNS, 1, 0),
                duo(DUO_HBO, "hbo-text-in-number", crlf(HBO_HEADER, hboRow("0014", "man", "4", "6", "12a", "7", "9")),
                        Code.BAD_NUMBER, 2, 16),
                duo(DUO_HBO, "hbo-negative-count", crlf(HBO_HEADER, hboRow("0014", "man", "4", "6", "5", "7", "-3")),
                        Code.BAD_NUMBER, 2, 18),
                duo(DUO_HBO, "hbo-decimal-point", crlf(HBO_HEADER, hboRow("0014", "man", "4", "6", "1.234", "7", "9")),
                        Code.BAD_NUMBER, 2, 16),
                duo(DUO_HBO, "hbo-truncated-mid-row", HBO_HEADER + "\r\n" + row + "\r\n"
                        + hboRow("0014", "man").substring(0, 45), Code.WRONG_FIELD_COUNT, 3, 6),
                duo(DUO_HBO, "hbo-unclosed-quote", crlf(HBO_HEADER, quoted), Code.UNCLOSED_QUOTE, 2,
                        quoted.indexOf('"') + 1),
                duo(DUO_HBO, "hbo-duplicate-row", crlf(HBO_HEADER, row, hboRow("0106", "man"), hboRow("14", "vrouw")),
                        Code.DUPLICATE_ROW, 4, 0),
                duo(DUO_HBO, "hbo-region-name-as-code", crlf(HBO_HEADER, hboRow("Groningen", "man")),
                        Code.BAD_REGION_CODE, 2, 2),
                duo(DUO_HBO, "hbo-unknown-municipality", crlf(HBO_HEADER, hboRow("9999", "man")),
                        Code.UNKNOWN_REGION, 2, 2),
                duo(DUO_HBO, "hbo-unknown-gender", crlf(HBO_HEADER, hboRow("0014", "onbekend")),
                        Code.UNKNOWN_CODE, 2, 13),
                duo(DUO_HBO, "hbo-blank-gender", crlf(HBO_HEADER, hboRow("0014", " ")), Code.MISSING_VALUE, 2, 13),
                duo(DUO_HBO, "hbo-empty-file", "", Code.EMPTY_FILE, 1, 0),
                new Case("hbo-bom-and-latin1-in-utf8", DUO_HBO, HBO_FILE, concat(utf8("\uFEFF" + HBO_HEADER + "\r\n"),
                        (latin1 + "\r\n").getBytes(StandardCharsets.ISO_8859_1)), null, Code.BAD_ENCODING, 2,
                        latin1.indexOf('â') + 1));
    }

    // DUO mbo: columns 1 BRIN NUMMER, 5 TYPE MBO, 14–28 MAN/VROUW/TOTAAL per year 2015–2019.

    private static String mboRow(String type, String... counts) {
        String[] values = counts.length == 0
                ? new String[] {"3", "0", "3", "", "", "", "1", "1", "2", "4", "0", "4", "5", "1", "6"} : counts;
        return "25PZ;ROC;ROC Friese Poort;LEEUWARDEN;" + type + ";4;25187;Technicus engineering;techniek;"
                + "Techniek en procesindustrie;Techniek en procesindustrie;    ;                        ;"
                + String.join(";", values);
    }

    private static List<Case> mbo() {
        return List.of(
                duo(DUO_MBO, "mbo-total-not-men-plus-women", crlf(MBO_HEADER, mboRow("BOL-VT",
                        "3", "0", "3", "", "", "", "1", "1", "2", "4", "0", "4", "5", "1", "7")),
                        Code.TOTAL_MISMATCH, 2, 28),
                duo(DUO_MBO, "mbo-missing-column", crlf(MBO_HEADER.replace(";TYPE MBO", ""),
                        mboRow("BOL-VT").replace(";BOL-VT", "")), Code.MISSING_HEADER, 1, 0),
                duo(DUO_MBO, "mbo-text-in-number", crlf(MBO_HEADER, mboRow("BBL",
                        "3", "0", "3", "vijf", "", "5", "1", "1", "2", "4", "0", "4", "5", "1", "6")),
                        Code.BAD_NUMBER, 2, 17),
                duo(DUO_MBO, "mbo-extra-cell", crlf(MBO_HEADER, mboRow("BBL") + ";"), Code.WRONG_FIELD_COUNT, 2, 29),
                duo(DUO_MBO, "mbo-duplicate-row", crlf(MBO_HEADER, mboRow("BBL"), mboRow("BBL")),
                        Code.DUPLICATE_ROW, 3, 0));
    }

    // CBS OData v3: TypedDataSet rows with Geslacht, RegioS, Perioden and one topic.

    private static String odata3Row(int id, String gender, String region, String period, String value) {
        return "{\"ID\":" + id + ",\"Geslacht\":\"" + gender + "\",\"RegioS\":\"" + region + "\",\"Perioden\":\""
                + period + "\",\"WerkzameBeroepsbevolking_1\":" + value + "}";
    }

    private static String odata3Page(String nextLink, String... rows) {
        String next = nextLink == null ? "" : ",\n\"odata.nextLink\":\"" + nextLink + "\"";
        return "{\"odata.metadata\":\"https://opendata.cbs.nl/ODataApi/OData/85000NED/$metadata#Cbs.OData.WebAPI."
                + "TypedDataSet\",\"value\":[\n" + String.join(",\n", rows) + "\n]" + next + "\n}";
    }

    private static List<Case> odata3() {
        String ok = odata3Row(0, "3000   ", "GM0014  ", "2019JJ00", "112");
        String unknownGender = odata3Row(0, "5000   ", "GM0014  ", "2019JJ00", "112");
        String badPeriod = odata3Row(0, "3000   ", "GM0014  ", "2019", "112");
        String badRegion = odata3Row(0, "3000   ", "Groningen", "2019JJ00", "112");
        String textValue = odata3Row(0, "3000   ", "GM0014  ", "2019JJ00", "\"1.234,5\"");
        String extra = ok.replace("}", ",\"Leeftijd\":\"52052   \"}");
        String next = "https://opendata.cbs.nl/ODataApi/OData/85000NED/TypedDataSet?$format=json&$skip=";
        String error = "{\"odata.error\":{\"code\":\"\",\"message\":{\"lang\":\"en-US\",\"value\":\"Resource not found "
                + "for the segment 'TypedDataSett'.\"}}}";
        String cut = "{\"ID\":1,\"Geslacht\":\"40";
        String truncated = "{\"odata.metadata\":\"x\",\"value\":[\n" + ok + ",\n" + cut;
        return List.of(
                odata(CBS_ODATA3, "odata3-truncated-mid-json", truncated, Code.BAD_JSON, 3, cut.length() + 1),
                odata(CBS_ODATA3, "odata3-error-response", error, Code.NOT_A_DATASET, 1, error.length()),
                odata(CBS_ODATA3, "odata3-page-gap", pages(odata3Page(next + "3", ok,
                        odata3Row(1, "4000   ", "GM0014  ", "2019JJ00", "98")),
                        odata3Page(null, odata3Row(2, "3000   ", "GM0014  ", "2020JJ00", "114"))),
                        Code.PAGE_GAP, 5, 18),
                odata(CBS_ODATA3, "odata3-missing-page", odata3Page(next + "1", ok), Code.MISSING_PAGE, 4, 18),
                odata(CBS_ODATA3, "odata3-code-not-in-code-list", odata3Page(null, unknownGender), Code.UNKNOWN_CODE, 2,
                        after(unknownGender, "\"Geslacht\":")),
                odata(CBS_ODATA3, "odata3-year-without-period-type", odata3Page(null, badPeriod), Code.BAD_PERIOD, 2,
                        after(badPeriod, "\"Perioden\":")),
                odata(CBS_ODATA3, "odata3-region-name-as-code", odata3Page(null, badRegion), Code.BAD_REGION_CODE, 2,
                        after(badRegion, "\"RegioS\":")),
                odata(CBS_ODATA3, "odata3-dutch-text-value", odata3Page(null, textValue), Code.BAD_NUMBER, 2,
                        after(textValue, "\"WerkzameBeroepsbevolking_1\":")),
                odata(CBS_ODATA3, "odata3-duplicate-row", odata3Page(null, ok,
                        odata3Row(1, "3000", "GM0014", "2019JJ00", "113")), Code.DUPLICATE_ROW, 3, 1),
                odata(CBS_ODATA3, "odata3-property-not-in-metadata", odata3Page(null, extra), Code.UNKNOWN_PROPERTY, 2,
                        after(extra, "\"Leeftijd\":")),
                odata(CBS_ODATA3, "odata3-row-without-region", odata3Page(null, ok,
                        "{\"ID\":1,\"Geslacht\":\"4000\",\"Perioden\":\"2019JJ00\",\"WerkzameBeroepsbevolking_1\":98}"),
                        Code.MISSING_VALUE, 3, 1));
    }

    // CBS OData v4: Observations rows with Measure, ValueAttribute, Value and the dimensions.

    private static String odata4Row(int id, String measure, String attribute, String value, String gender,
            String region, String period) {
        return "{\"Id\":" + id + ",\"Measure\":\"" + measure + "\",\"ValueAttribute\":\"" + attribute + "\",\"Value\":"
                + value + ",\"Geslacht\":\"" + gender + "\",\"RegioS\":\"" + region + "\",\"Perioden\":\"" + period
                + "\"}";
    }

    private static String odata4Row(int id, String value, String region, String period) {
        return odata4Row(id, "M001607", "None", value, "3000", region, period);
    }

    private static String odata4Page(String nextLink, String... rows) {
        String next = nextLink == null ? "" : ",\n\"@odata.nextLink\":\"" + nextLink + "\"";
        return "{\"@odata.context\":\"https://odata4.cbs.nl/CBS/85000NED/$metadata#Observations\",\"value\":[\n"
                + String.join(",\n", rows) + "\n]" + next + "\n}";
    }

    private static List<Case> odata4() {
        String ok = odata4Row(0, "112", "GM0014", "2019JJ00");
        String attribute = odata4Row(0, "M001607", "Geheim", "null", "3000", "GM0014", "2019JJ00");
        String region = odata4Row(0, "112", "GM9999", "2019JJ00");
        String period = odata4Row(0, "112", "GM0014", "2021JJ00");
        String measure = odata4Row(0, "M999999", "None", "112", "3000", "GM0014", "2019JJ00");
        String text = odata4Row(0, "\"112\"", "GM0014", "2019JJ00");
        String noMeasure = ok.replace("\"Measure\":\"M001607\",", "");
        String next = "https://odata4.cbs.nl/CBS/85000NED/Observations?$skip=";
        String error = "{\"error\":{\"code\":\"NotFound\",\"message\":\"Dataset 85000NEDD not found.\"}}";
        String cut = "{\"Id\":1,\"Measure\":\"M0016";
        String truncated = "{\"value\":[\n" + ok + ",\n" + cut;
        return List.of(
                odata(CBS_ODATA4, "odata4-unknown-value-attribute", odata4Page(null, attribute), Code.UNKNOWN_CODE, 2,
                        after(attribute, "\"ValueAttribute\":")),
                odata(CBS_ODATA4, "odata4-region-not-in-code-list", odata4Page(null, region), Code.UNKNOWN_CODE, 2,
                        after(region, "\"RegioS\":")),
                odata(CBS_ODATA4, "odata4-period-not-in-code-list", odata4Page(null, period), Code.UNKNOWN_CODE, 2,
                        after(period, "\"Perioden\":")),
                odata(CBS_ODATA4, "odata4-measure-not-in-measure-codes", odata4Page(null, measure),
                        Code.UNKNOWN_CODE, 2, after(measure, "\"Measure\":")),
                odata(CBS_ODATA4, "odata4-value-as-text", odata4Page(null, text), Code.BAD_NUMBER, 2,
                        after(text, "\"Value\":")),
                odata(CBS_ODATA4, "odata4-row-without-measure", odata4Page(null, noMeasure), Code.MISSING_VALUE, 2, 1),
                odata(CBS_ODATA4, "odata4-duplicate-row", odata4Page(null, ok,
                        odata4Row(1, "113", "GM0014", "2019JJ00")), Code.DUPLICATE_ROW, 3, 1),
                odata(CBS_ODATA4, "odata4-page-gap", pages(odata4Page(next + "3", ok,
                        odata4Row(1, "98", "PV20", "2019JJ00")), odata4Page(null, odata4Row(2, "114", "GM0014",
                        "2020JJ00"))), Code.PAGE_GAP, 5, 19),
                odata(CBS_ODATA4, "odata4-page-after-the-last", pages(odata4Page(null, ok),
                        odata4Page(null, odata4Row(1, "114", "GM0014", "2020JJ00"))), Code.UNEXPECTED_PAGE, 1, 0),
                odata(CBS_ODATA4, "odata4-truncated-mid-json", truncated, Code.BAD_JSON, 3, cut.length() + 1),
                odata(CBS_ODATA4, "odata4-error-response", error, Code.NOT_A_DATASET, 1, error.length()));
    }

    // Mapped CSV: columns 1 Gemeentecode, 2 Gemeente, 3 Schooljaar, 4 Niveau, 5 Geslacht, 6 Aantal.

    private static String tableRow(String code, String period, String gender, String value) {
        return code + ";Groningen;" + period + ";4;" + gender + ";" + value;
    }

    private static List<Case> csv() {
        String row = tableRow("GM0014", "2019/2020", "vrouw", "12");
        String latin1 = "GM1900;Súdwest-Fryslân;2019/2020;4;man;7";
        return List.of(
                table("csv-pipe-separated", crlf(TABLE_HEADER.replace(';', '|'), row.replace(';', '|')), MAPPING,
                        Code.WRONG_DELIMITER, 1, 0),
                table("csv-mapping-names-missing-column", crlf(TABLE_HEADER, row),
                        MAPPING.replace("\"Aantal\"", "\"Aantal deelnemers\""), Code.MISSING_HEADER, 1, 0),
                table("csv-duplicate-header", crlf(TABLE_HEADER + ";aantal", row + ";13"), MAPPING,
                        Code.DUPLICATE_HEADER, 1, 7),
                table("csv-text-in-number", crlf(TABLE_HEADER, tableRow("GM0014", "2019/2020", "vrouw", "ca. 40")),
                        MAPPING, Code.BAD_NUMBER, 2, 6),
                table("csv-ambiguous-thousands", crlf(TABLE_HEADER, tableRow("GM0014", "2019/2020", "vrouw", "1.250")),
                        MAPPING, Code.AMBIGUOUS_NUMBER, 2, 6),
                table("csv-region-name-as-code", crlf(TABLE_HEADER, tableRow("Groningen", "2019/2020", "vrouw", "12")),
                        MAPPING, Code.BAD_REGION_CODE, 2, 1),
                table("csv-school-year-not-consecutive", crlf(TABLE_HEADER, tableRow("GM0014", "2019-2021", "vrouw",
                        "12")), MAPPING, Code.BAD_PERIOD, 2, 3),
                table("csv-implausible-year", crlf(TABLE_HEADER, tableRow("GM0014", "1019/1020", "vrouw", "12")),
                        MAPPING, Code.BAD_YEAR, 2, 3),
                table("csv-blank-breakdown", crlf(TABLE_HEADER, tableRow("GM0014", "2019/2020", "", "12")), MAPPING,
                        Code.MISSING_VALUE, 2, 5),
                table("csv-duplicate-row", crlf(TABLE_HEADER, row, tableRow("GM0014", "2019/2020", "man", "30"),
                        tableRow("0014", "2019-2020", "vrouw", "12")), MAPPING, Code.DUPLICATE_ROW, 4, 0),
                table("csv-unclosed-quote", crlf(TABLE_HEADER, row.replace(";Groningen;", ";\"Groningen;")), MAPPING,
                        Code.UNCLOSED_QUOTE, 2, 2),
                table("csv-truncated-mid-row", TABLE_HEADER + "\r\n" + row + "\r\nGM0014;Groningen;2020/20", MAPPING,
                        Code.WRONG_FIELD_COUNT, 3, 4),
                table("csv-empty-file", "", MAPPING, Code.EMPTY_FILE, 1, 0),
                new Case("csv-bom-and-latin1-in-utf8", CSV, "deelnemers.csv", concat(utf8("\uFEFF" + TABLE_HEADER
                        + "\n"), (latin1 + "\n").getBytes(StandardCharsets.ISO_8859_1)), MAPPING,
                        Code.BAD_ENCODING, 2, 2),
                table("csv-mapping-cut-off", crlf(TABLE_HEADER, row), MAPPING.substring(0, 60), Code.BAD_MAPPING_JSON,
                        0, 0),
                table("csv-mapping-without-value", crlf(TABLE_HEADER, row),
                        MAPPING.replace("\"value\": \"Aantal\", ", ""), Code.BAD_MAPPING, 0, 0),
                table("csv-mapping-dutch-key", crlf(TABLE_HEADER, row), MAPPING.replace("\"region\"", "\"regio\""),
                        Code.UNKNOWN_MAPPING_KEY, 0, 0),
                table("csv-mapping-column-twice", crlf(TABLE_HEADER, row),
                        MAPPING.replace("\"Niveau\"", "\"Gemeentecode\""), Code.MAPPING_COLUMN_TWICE, 0, 0));
    }

    // Mapped xlsx, sheet "Deelnemers": columns A Gemeentecode … F Aantal.

    private static Object[] xlsxRow(Object code, Object period, Object value) {
        return new Object[] {code, "Groningen", period, 4, "vrouw", value};
    }

    private static List<Case> xlsx() {
        byte[] good = Workbooks.xlsx("Deelnemers", XLSX_HEADER, xlsxRow("GM0014", "2019/2020", 12),
                xlsxRow("GM0363", "2019/2020", 30));
        return List.of(
                workbook("xlsx-text-in-value-cell", Workbooks.xlsx("Deelnemers", XLSX_HEADER,
                        xlsxRow("GM0014", "2019/2020", 12), xlsxRow("GM0363", "2019/2020", "veertig")),
                        Code.BAD_NUMBER, 3, 6),
                workbook("xlsx-title-row-instead-of-header", Workbooks.xlsx("Deelnemers",
                        new Object[] {"Deelnemers mbo techniek 2019/2020"}, XLSX_HEADER,
                        xlsxRow("GM0014", "2019/2020", 12)), Code.MISSING_HEADER, 1, 0),
                workbook("xlsx-date-in-period", Workbooks.xlsx("Deelnemers", XLSX_HEADER,
                        xlsxRow("GM0014", LocalDate.of(2019, 10, 1), 12)), Code.BAD_PERIOD, 2, 3),
                workbook("xlsx-formula-error-in-value", Workbooks.xlsx("Deelnemers", XLSX_HEADER,
                        xlsxRow("GM0014", "2019/2020", new Workbooks.Formula("1/0"))), Code.BAD_NUMBER, 2, 6),
                workbook("xlsx-number-too-long-for-municipality", Workbooks.xlsx("Deelnemers", XLSX_HEADER,
                        xlsxRow(123456, "2019/2020", 12)), Code.BAD_REGION_CODE, 2, 1),
                workbook("xlsx-duplicate-row", Workbooks.xlsx("Deelnemers", XLSX_HEADER,
                        xlsxRow("GM0014", "2019/2020", 12), xlsxRow(14, "2019-2020", 13)), Code.DUPLICATE_ROW, 3, 0),
                workbook("xlsx-empty-sheet", Workbooks.xlsx("Deelnemers"), Code.EMPTY_FILE, 1, 0),
                workbook("xlsx-truncated", Arrays.copyOf(good, good.length / 2), Code.BAD_WORKBOOK, 0, 0),
                new Case("xlsx-sheet-not-in-workbook", XLSX, "deelnemers.xlsx", Workbooks.xlsx("Blad1", XLSX_HEADER,
                        xlsxRow("GM0014", "2019/2020", 12)), XLSX_MAPPING, Code.MISSING_SHEET, 0, 0),
                new Case("xlsx-old-excel-format", XLSX, "deelnemers.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
                        (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0}, XLSX_MAPPING,
                        Code.BAD_WORKBOOK, 0, 0));
    }

    private static Case duo(String format, String name, String content, Code code, int line, int column) {
        return new Case(name, format, format.equals(DUO_HBO) ? HBO_FILE : MBO_FILE, utf8(content), null, code, line,
                column);
    }

    private static Case odata(String format, String name, byte[] content, Code code, int line, int column) {
        return new Case(name, format, format.equals(CBS_ODATA3) ? ODATA3_FILE : ODATA4_FILE, content, null, code,
                line, column);
    }

    private static Case odata(String format, String name, String content, Code code, int line, int column) {
        return odata(format, name, utf8(content), code, line, column);
    }

    private static Case table(String name, String content, String mapping, Code code, int line, int column) {
        return new Case(name, CSV, "deelnemers.csv", utf8(content), mapping, code, line, column);
    }

    private static Case workbook(String name, byte[] content, Code code, int line, int column) {
        return new Case(name, XLSX, "deelnemers.xlsx", content, XLSX_MAPPING, code, line, column);
    }

    /** OData pages joined by {@link #PAGE_BREAK_BYTE}. */
    private static byte[] pages(String... pages) {
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < pages.length; i++) {
            if (i > 0) {
                out.write(PAGE_BREAK_BYTE);
            }
            out.writeBytes(utf8(pages[i]));
        }
        return out.toByteArray();
    }

    private static String crlf(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** The 1-based column just after {@code marker} in a one-line JSON row: where its value starts. */
    private static int after(String row, String marker) {
        return row.indexOf(marker) + marker.length() + 1;
    }
}
