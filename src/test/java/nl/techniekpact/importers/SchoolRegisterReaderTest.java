package nl.techniekpact.importers;

import static nl.techniekpact.importers.SchoolRegisters.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import nl.techniekpact.importers.ImportError.Code;
import nl.techniekpact.importers.SchoolLocation.HolidayRegion;
import nl.techniekpact.importers.SchoolLocation.Level;
import nl.techniekpact.importers.SchoolRegisterReader.Sector;
import org.junit.jupiter.api.Test;

/** The DUO school registers in every layout, as small files made here (see {@link SchoolRegisters}). */
class SchoolRegisterReaderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The first three data rows of the real 2026 po register, decoded. */
    private static final String PO_ROW_1 = "Drenthe;20091;32JK;32JK00;BBS de Verwondering;Melkweg;13;9306 TC;"
            + "ALTEVEER GEM NOORDENVELD;1699;NOORDENVELD;Algemeen bijzonder; ; ;Melkweg;13;9306 TC;ALTEVEER GEM NOORDENVELD;"
            + "01;Groningen;03;Centraal-Groningen;07;Noord- en Midden-Drenthe;07;Noord-Drenthe;01;Groningen en omstreken;07;"
            + "Noord- en Midden Drenthe;Noord";
    private static final String PO_ROW_3 = "Drenthe;32073;04LY;04LY00;Christelijk Kindcentrum De Borgh;Molenstraat;3-A;"
            + "9531 CH;BORGER;1681;BORGER-ODOORN;Protestants-Christelijk;0599234254;www.cbsdeborgh.nl;Molenstraat;3-A;"
            + "9531 CH;BORGER;12;Emmen;05;Zuid- en Midden-Drenthe;08;Zuidoost-Drenthe;08;Zuidoost-Drenthe;04;"
            + "Assen-Hoogeveen-Emmen;08;Zuid-Oost Drenthe;Noord";

    /** Rows of the older vo register as a public printout of the file shows them (phone numbers with their 0). */
    private static final String VO_ROW_WITHOUT_ADDRESS = ";41152;23HC;23HC04;RSG Lingecollege;;;;;;;Openbaar;;;"
            + "VBO/MAVO;Postbus;56;4000 AB;TIEL;;;;;;;;;;;;";
    private static final String VO_ROW_PRO = "Drenthe;10053;18BR;18BR00;School voor Praktijkonderwijs Assen;"
            + "Zwartwatersweg;202;9406 NN;ASSEN;106;ASSEN;Openbaar;0592340973;www.pro-assen.nl;PRO;Zwartwatersweg;202;"
            + "9406 NN;ASSEN;11;Assen;3;Centraal-Groningen;7;Noord- en Midden-Drenthe;7;Noord-Drenthe;4;"
            + "Assen-Hoogeveen-Emmen;7;Noord- en Midden Drenthe";
    private static final String VO_ROW_COMBINED = "Drenthe;13273;20LO;20LO00;Openbare Scholengemeenschap Dr Nassau "
            + "College voor Vwo Havo Mavo Vbo Lwoo;Mr Groen v Prinstererln;98;9402 KG;ASSEN;0106;ASSEN;Openbaar;0592333111;"
            + "www.dr.nassaucollege.nl;VBO/HAVO/VWO;Postbus;186;9400 AD;ASSEN;11;Assen;3;Centraal-Groningen;7;"
            + "Noord- en Midden-Drenthe;7;Noord-Drenthe;4;Assen-Hoogeveen-Emmen;7;Noord- en Midden Drenthe";

    private static ParseResult<SchoolLocation> read(Sector sector, Charset charset, String... lines) {
        byte[] bytes = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        return new SchoolRegisterReader(sector).parse(SourceFile.of("register.csv", bytes));
    }

    private static ParseResult<SchoolLocation> read(String... lines) {
        return read(null, WINDOWS_1252, lines);
    }

    @Test
    void readsTheCurrentPoLayoutInWindows1252() {
        var result = read(SchoolRegisters.PO_CURRENT, PO_ROW_1, PO_ROW_3);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(2);
        SchoolLocation first = result.rows().getFirst();
        assertThat(first).isEqualTo(new SchoolLocation(2, "32JK", "32JK00", "BBS de Verwondering", "Melkweg", "13",
                "9306 TC", "ALTEVEER GEM NOORDENVELD", "1699", "NOORDENVELD", "Drenthe", null, null,
                "Algemeen bijzonder", HolidayRegion.NOORD, Set.of(Level.PO)));
        SchoolLocation third = result.rows().get(1);
        assertThat(third.houseNumber()).isEqualTo("3-A");
        assertThat(third.website()).isEqualTo("www.cbsdeborgh.nl");
        assertThat(third.phone()).isEqualTo("0599234254");
        assertThat(third.line()).isEqualTo(3);
        assertThat(third.key()).isEqualTo("04LY00");
    }

    @Test
    void readsTheOlderPoLayoutWithBrinNumberAndATrailingSpaceInAHeader() {
        var result = read(SchoolRegisters.PO_OLD,
                row(SchoolRegisters.PO_OLD, "PROVINCIE", "Utrecht", "BRIN NUMMER", "12AB", "VESTIGINGSNUMMER", "12AB01",
                        "VESTIGINGSNAAM", "De Regenboog ", "POSTCODE", "3511AB", "PLAATSNAAM", "UTRECHT",
                        "GEMEENTENUMMER", "344", "GEMEENTENAAM", "UTRECHT", "INTERNETADRES", "  www.regenboog.nl "));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(school -> {
            assertThat(school.institutionCode()).isEqualTo("12AB");
            assertThat(school.locationCode()).isEqualTo("12AB01");
            assertThat(school.name()).isEqualTo("De Regenboog");
            assertThat(school.postcode()).isEqualTo("3511 AB");
            assertThat(school.municipalityCode()).isEqualTo("0344");
            assertThat(school.website()).isEqualTo("www.regenboog.nl");
            assertThat(school.holidayRegion()).isNull();
            assertThat(school.street()).isNull();
            assertThat(school.levels()).containsExactly(Level.PO);
        });
    }

    @Test
    void readsTheOlderVoLayoutIntoSchoolTypesAndKeepsALocationWithoutAddress() {
        var result = read(SchoolRegisters.VO_OLD, VO_ROW_WITHOUT_ADDRESS, VO_ROW_PRO, VO_ROW_COMBINED);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(SchoolLocation::locationCode, SchoolLocation::levels)
                .containsExactly(tuple("23HC04", Set.of(Level.VMBO)), tuple("18BR00", Set.of(Level.PRO)),
                        tuple("20LO00", Set.of(Level.VMBO, Level.HAVO, Level.VWO)));
        SchoolLocation withoutAddress = result.rows().getFirst();
        assertThat(withoutAddress.province()).isNull();
        assertThat(withoutAddress.postcode()).isNull();
        assertThat(withoutAddress.municipalityCode()).isNull();
        assertThat(withoutAddress.place()).isNull();
        assertThat(result.rows().get(1).municipalityCode()).isEqualTo("0106");
        assertThat(result.rows().get(2).levels()).containsExactly(Level.VMBO, Level.HAVO, Level.VWO);
    }

    @Test
    void readsTheCurrentVoLayoutWithHolidayRegion() {
        String header = SchoolRegisters.VO_CURRENT;
        var result = read(header,
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "00AH00", "VESTIGINGSNAAM", "Stedelijk Lyceum",
                        "POSTCODE", "7511 AB", "GEMEENTENUMMER", "0153", "ONDERWIJSSTRUCTUUR", "VMBO/HAVO/VWO",
                        "VAKANTIEREGIO", "Noord"),
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "00AH01", "VESTIGINGSNAAM", "Praktijkschool",
                        "ONDERWIJSSTRUCTUUR", " pro ", "VAKANTIEREGIO", "ZUID"),
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "00AH02", "VESTIGINGSNAAM", "Nieuwe locatie",
                        "VAKANTIEREGIO", "midden"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(SchoolLocation::locationCode, SchoolLocation::levels,
                        SchoolLocation::holidayRegion)
                .containsExactly(tuple("00AH00", Set.of(Level.VMBO, Level.HAVO, Level.VWO), HolidayRegion.NOORD),
                        tuple("00AH01", Set.of(Level.PRO), HolidayRegion.ZUID),
                        tuple("00AH02", Set.of(), HolidayRegion.MIDDEN));
    }

    @Test
    void appendsAOneOrTwoDigitSequenceNumberToTheInstitutionCode() {
        String header = SchoolRegisters.VO_OLD;
        var result = read(header,
                row(header, "BRIN NUMMER", "00ah", "VESTIGINGSNUMMER", "0", "VESTIGINGSNAAM", "A", "ONDERWIJSSTRUCTUUR", "VWO"),
                row(header, "BRIN NUMMER", "00AH", "VESTIGINGSNUMMER", "01", "VESTIGINGSNAAM", "B", "ONDERWIJSSTRUCTUUR", "HAVO"),
                row(header, "BRIN NUMMER", "00AH", "VESTIGINGSNUMMER", "00ah12", "VESTIGINGSNAAM", "C",
                        "ONDERWIJSSTRUCTUUR", "MAVO"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(SchoolLocation::institutionCode, SchoolLocation::locationCode)
                .containsExactly(tuple("00AH", "00AH00"), tuple("00AH", "00AH01"), tuple("00AH", "00AH12"));
    }

    @Test
    void readsRegistersOfInstitutionsWithoutLocationColumn() {
        var vo = read(SchoolRegisters.VO_INSTITUTIONS, row(SchoolRegisters.VO_INSTITUTIONS, "BRIN NUMMER", "18BR",
                "INSTELLINGSNAAM", "School voor Praktijkonderwijs Assen", "ONDERWIJSSTRUCTUUR", "PRO"));
        var mboOld = read(SchoolRegisters.MBO_OLD, row(SchoolRegisters.MBO_OLD, "BRIN NUMMER", "25LH",
                "INSTELLINGSNAAM", "ROC Noorderpoort", "MBO INSTELLINGSSOORT - CODE", "ROC",
                "MBO INSTELLINGSSOORT - NAAM", "Regionaal opleidingencentrum", "POSTCODE", "9728 XH"));
        var mboCurrent = read(SchoolRegisters.MBO_CURRENT, row(SchoolRegisters.MBO_CURRENT, "INSTELLINGSCODE", "25LH",
                "INSTELLINGSNAAM", "ROC Noorderpoort", "MBO INSTELLINGSSOORT - CODE", "ROC"));

        assertThat(vo.errors()).isEmpty();
        assertThat(vo.rows()).singleElement().satisfies(school -> {
            assertThat(school.locationCode()).isNull();
            assertThat(school.key()).isEqualTo("18BR");
            assertThat(school.name()).isEqualTo("School voor Praktijkonderwijs Assen");
            assertThat(school.levels()).containsExactly(Level.PRO);
        });
        assertThat(mboOld.errors()).isEmpty();
        assertThat(mboCurrent.errors()).isEmpty();
        assertThat(mboOld.rows()).extracting(SchoolLocation::key, SchoolLocation::levels, SchoolLocation::postcode)
                .containsExactly(tuple("25LH", Set.of(Level.MBO), "9728 XH"));
        assertThat(mboCurrent.rows()).extracting(SchoolLocation::key, SchoolLocation::levels)
                .containsExactly(tuple("25LH", Set.of(Level.MBO)));
    }

    @Test
    void takesTheSectorTheCallerNamesOverTheHeader() {
        var asMbo = read(Sector.MBO, WINDOWS_1252, SchoolRegisters.PO_CURRENT, PO_ROW_1);
        var asVo = read(Sector.VO, WINDOWS_1252, SchoolRegisters.PO_CURRENT, PO_ROW_1);

        assertThat(asMbo.errors()).isEmpty();
        assertThat(asMbo.rows()).singleElement().extracting(SchoolLocation::levels).isEqualTo(Set.of(Level.MBO));
        assertThat(asVo.rows()).isEmpty();
        assertThat(asVo.errors()).extracting(ImportError::code, ImportError::line, ImportError::column, ImportError::message)
                .containsExactly(tuple(Code.MISSING_HEADER, 1, 0, "Kolom 'ONDERWIJSSTRUCTUUR' ontbreekt in de kopregel."));
    }

    @Test
    void reportsEveryBadRowWithFileLineAndColumnAndKeepsNoneOfThem() {
        String header = SchoolRegisters.VO_CURRENT;
        var result = read(header,
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "00AH00", "VESTIGINGSNAAM", "Goed",
                        "ONDERWIJSSTRUCTUUR", "HAVO"),
                row(header, "VESTIGINGSCODE", "00AH01", "VESTIGINGSNAAM", "Geen instelling"),
                row(header, "INSTELLINGSCODE", "AH00", "VESTIGINGSCODE", "AH0001", "VESTIGINGSNAAM", "Verkeerde code"),
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "01XX02", "VESTIGINGSNAAM", "Andere instelling"),
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "00AH03"),
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "00AH04", "VESTIGINGSNAAM", "A", "POSTCODE", "0123 AB"),
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "00AH05", "VESTIGINGSNAAM", "B", "POSTCODE", "1234 SS"),
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "00AH06", "VESTIGINGSNAAM", "C",
                        "GEMEENTENUMMER", "GM0363"),
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "00AH07", "VESTIGINGSNAAM", "D",
                        "VAKANTIEREGIO", "Oost"),
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "00AH08", "VESTIGINGSNAAM", "E",
                        "ONDERWIJSSTRUCTUUR", "HAVO/LWOO"),
                "00AH;00AH09;te kort",
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "00AH00", "VESTIGINGSNAAM", "Dubbel"),
                row(header, "INSTELLINGSCODE", "00AH", "VESTIGINGSCODE", "", "VESTIGINGSNAAM", "Geen vestiging"));

        assertThat(result.errors()).allSatisfy(e -> assertThat(e.file()).isEqualTo("register.csv"))
                .extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(
                        tuple(Code.MISSING_VALUE, 3, 3),
                        tuple(Code.UNKNOWN_CODE, 4, 3),
                        tuple(Code.UNKNOWN_CODE, 5, 4),
                        tuple(Code.MISSING_VALUE, 6, 5),
                        tuple(Code.UNKNOWN_CODE, 7, 8),
                        tuple(Code.UNKNOWN_CODE, 8, 8),
                        tuple(Code.BAD_REGION_CODE, 9, 10),
                        tuple(Code.UNKNOWN_CODE, 10, 32),
                        tuple(Code.UNKNOWN_CODE, 11, 15),
                        tuple(Code.WRONG_FIELD_COUNT, 12, 4),
                        tuple(Code.DUPLICATE_ROW, 13, 4),
                        tuple(Code.MISSING_VALUE, 14, 4));
        assertThat(result.rows()).extracting(SchoolLocation::line).containsExactly(2);
        assertThat(result.errors().get(4).message()).isEqualTo("'0123 AB' is geen bekende waarde voor 'POSTCODE'.");
        assertThat(result.errors().get(8).message()).isEqualTo("'LWOO' is geen bekende waarde voor 'ONDERWIJSSTRUCTUUR'.");
        assertThat(result.errors().get(10).message()).isEqualTo("Deze rij staat al eerder in het bestand (regel 2).");
        assertThat(result.errors().get(11).message())
                .isEqualTo("De verplichte waarde 'VESTIGINGSCODE' is leeg of ontbreekt.");
    }

    @Test
    void refusesAHeaderWithoutTheRequiredColumnsOrWithAColumnTwice() {
        var missing = read("PROVINCIE;VESTIGINGSCODE;POSTCODE", "Drenthe;32JK00;9306 TC");
        var twice = read("INSTELLINGSCODE;VESTIGINGSNAAM;POSTCODE;Postcode", "32JK;BBS;9306 TC;9306 TC");

        assertThat(missing.rows()).isEmpty();
        assertThat(missing.errors()).extracting(ImportError::code, ImportError::message).containsExactly(
                tuple(Code.MISSING_HEADER, "Kolom 'INSTELLINGSCODE' ontbreekt in de kopregel."),
                tuple(Code.MISSING_HEADER, "Kolom 'VESTIGINGSNAAM' ontbreekt in de kopregel."));
        assertThat(twice.rows()).isEmpty();
        assertThat(twice.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.DUPLICATE_HEADER, 1, 4));
    }

    @Test
    void reportsAnEmptyFileAndAWrongDelimiter() {
        var empty = read("", "");
        var commas = read("INSTELLINGSCODE,VESTIGINGSCODE,VESTIGINGSNAAM", "32JK,32JK00,BBS");

        assertThat(empty.errors()).extracting(ImportError::code).containsExactly(Code.EMPTY_FILE);
        assertThat(empty.skippedLines()).isEqualTo(2);
        assertThat(commas.errors()).extracting(ImportError::code, ImportError::line).containsExactly(
                tuple(Code.WRONG_DELIMITER, 1));
    }

    @Test
    void skipsBlankLinesBetweenRows() {
        var result = read(SchoolRegisters.PO_CURRENT, "", PO_ROW_1, "\"\"", PO_ROW_3, "");

        assertThat(result.errors()).isEmpty();
        assertThat(result.skippedLines()).isEqualTo(3);
        assertThat(result.rows()).extracting(SchoolLocation::line).containsExactly(3, 5);
    }

    @Test
    void decodesUtf8WithOrWithoutByteOrderMarkAndWindows1252Alike() {
        String header = "INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;PLAATSNAAM";
        String line = "10UN;10UN00;IKC 't Oelebröd;RUINEN";
        String curly = "05OC;05OC00;Dalton Kindcentrum \u2019t Kompas;GASSELTERNIJVEEN";

        var cp1252 = read(null, WINDOWS_1252, header, line, curly);
        var utf8 = read(null, StandardCharsets.UTF_8, header, line, curly);
        var bom = read(null, StandardCharsets.UTF_8, "\uFEFF" + header, line, curly);

        for (var result : List.of(cp1252, utf8, bom)) {
            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).extracting(SchoolLocation::name)
                    .containsExactly("IKC 't Oelebröd", "Dalton Kindcentrum \u2019t Kompas");
        }
    }

    @Test
    void reportsBytesThatAreNotUtf8AfterAByteOrderMark() {
        byte[] head = "\uFEFFINSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM\r\n10UN;10UN00;IKC 't Oelebr"
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "d\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xF6;
        System.arraycopy(tail, 0, content, head.length + 1, tail.length);

        var result = new SchoolRegisterReader().parse(SourceFile.of("bom.csv", content));

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.BAD_ENCODING, 2, 26));
    }

    @Test
    void refusesAFileLargerThanItsLimitBeforeReadingIt() {
        byte[] content = (SchoolRegisters.PO_CURRENT + "\r\n" + PO_ROW_1 + "\r\n").getBytes(WINDOWS_1252);
        var atLimit = new SchoolRegisterReader(null, null, content.length);
        var belowLimit = new SchoolRegisterReader(null, null, content.length - 1);

        assertThat(atLimit.parse(SourceFile.of("po.csv", content)).rows()).hasSize(1);
        assertThatThrownBy(() -> belowLimit.parse(SourceFile.of("po.csv", content)))
                .isInstanceOfSatisfying(SourceTooLarge.class, e -> {
                    assertThat(e.file()).isEqualTo("po.csv");
                    assertThat(e.limitBytes()).isEqualTo(content.length - 1);
                });
    }
}
