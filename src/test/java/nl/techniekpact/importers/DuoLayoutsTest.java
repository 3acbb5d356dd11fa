package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Every published variant of DUO's headers that the parser knows, each header copied from a real file or
 * from public code that reads the real file (cited per test); the rows under them are made here.
 */
class DuoLayoutsTest {

    private static ParseResult<RawObservation> parse(DuoDataset dataset, Integer fileYear, String... lines) {
        return new DuoCsvParser(dataset, null, java.nio.charset.StandardCharsets.UTF_8, fileYear)
                .parse(SourceFile.of("test.csv", String.join("\r\n", lines) + "\r\n"));
    }

    /**
     * Graduates hbo, years as columns, with SOORT DIPLOMA and without TYPE HOGER ONDERWIJS: the columns a public
     * C# program reads from DUO's "gediplomeerden hbo" file 2014–2018 (found with the code search for
     * "SOORT DIPLOMA"; the class maps PROVINCIE … GESLACHT and the year columns 2014–2018).
     */
    @Test
    void readsGraduatesWithSoortDiplomaAndWithoutTypeHogerOnderwijs() {
        ParseResult<RawObservation> result = parse(DuoDataset.HBO_GEDIPLOMEERDEN, null,
                "PROVINCIE;GEMEENTENUMMER;GEMEENTENAAM;SOORT INSTELLING;BRIN NUMMER ACTUEEL;INSTELLINGSNAAM ACTUEEL;"
                        + "CROHO ONDERDEEL;CROHO SUBONDERDEEL;OPLEIDINGSCODE ACTUEEL;OPLEIDINGSNAAM ACTUEEL;"
                        + "OPLEIDINGSVORM;SOORT DIPLOMA;GESLACHT;2014;2015;2016;2017;2018",
                "Drenthe;0106;Assen;reguliere inst.;25BE;Hanzehogeschool Groningen;techniek;n.v.t. (techniek);34267;"
                        + "B Elektrotechniek;voltijd onderwijs;hbo bachelor;man;5;6;;7;8");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RawObservation::period).containsExactly("2014/2015", "2015/2016",
                "2017/2018", "2018/2019");
        assertThat(result.rows().getFirst().breakdown()).containsEntry("soort-diploma", "hbo bachelor")
                .containsEntry("geslacht", "man").containsEntry("croho-onderdeel", "techniek");
    }

    /**
     * Graduates hbo with years as rows, as DUO's open-data portal serves them now (datastore of "p04hogdipl",
     * file gediplomeerdenhbo.csv): DIPLOMAJAAR, INSTELLINGSCODE_ACTUEEL, ONDERDEEL, SOORT_DIPLOMA and
     * AANTAL_GEDIPLOMEERDEN with -1 for a withheld count; columns as documented in a public data-model
     * description of that dataset (code search "AANTAL_GEDIPLOMEERDEN").
     */
    @Test
    void readsGraduatesWithYearsAsRowsAndMinusOneAsWithheld() {
        String header = "DIPLOMAJAAR;PROVINCIENAAM;GEMEENTENUMMER;GEMEENTENAAM;SOORT_INSTELLING;INSTELLINGSCODE_ACTUEEL;"
                + "INSTELLINGSNAAM_ACTUEEL;ONDERDEEL;SUBONDERDEEL;SOORT_DIPLOMA;AANTAL_GEDIPLOMEERDEN";
        ParseResult<RawObservation> result = parse(DuoDataset.HBO_GEDIPLOMEERDEN, null, header,
                "2019;Drenthe;0106;Assen;reguliere inst.;25BE;Hanzehogeschool Groningen;TECHNIEK;n.v.t. (techniek);"
                        + "hbo bachelor;42",
                "2020;Drenthe;0106;Assen;reguliere inst.;25BE;Hanzehogeschool Groningen;TECHNIEK;n.v.t. (techniek);"
                        + "hbo bachelor;-1");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RawObservation::period, RawObservation::value)
                .containsExactly(tuple("2019/2020", ObservationValue.of(new BigDecimal("42"))),
                        tuple("2020/2021", ObservationValue.suppressed("-1")));
        assertThat(result.rows().getFirst().breakdown()).containsEntry("croho-onderdeel", "TECHNIEK")
                .containsEntry("instelling", "25BE");
    }

    /**
     * The same datastore read by a public notebook (code search "AANTAL_GEDIPLOMEERDEN"; the DUO datastore dumps
     * it loads are linked from esrajoo/Esrajoo's README): BRINNUMMER_ACTUEEL, CROHO_ONDERDEEL, GESLACHT.
     */
    @Test
    void readsTheOlderDatastoreNamesAndRejectsABadYearWithItsCell() {
        String header = "DIPLOMAJAAR;PROVINCIENAAM;GEMEENTENUMMER;GEMEENTENAAM;SOORT_INSTELLING;BRINNUMMER_ACTUEEL;"
                + "INSTELLINGSNAAM_ACTUEEL;CROHO_ONDERDEEL;CROHO_SUBONDERDEEL;OPLEIDINGSCODE_ACTUEEL;"
                + "OPLEIDINGSNAAM_ACTUEEL;SOORT_DIPLOMA;OPLEIDINGSVORM;GESLACHT;AANTAL_GEDIPLOMEERDEN";
        String row = "Drenthe;0106;Assen;reguliere inst.;25BE;Hanzehogeschool;techniek;n.v.t.;34267;B Elektrotechniek;"
                + "hbo bachelor;voltijd onderwijs;vrouw;3";

        assertThat(parse(DuoDataset.HBO_GEDIPLOMEERDEN, null, header, "2018;" + row).rows())
                .singleElement().satisfies(r -> assertThat(r.breakdown()).containsEntry("geslacht", "vrouw")
                        .containsEntry("instelling", "25BE"));
        ParseResult<RawObservation> bad = parse(DuoDataset.HBO_GEDIPLOMEERDEN, null, header, "2018;" + row,
                "'18;" + row);
        assertThat(bad.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.BAD_YEAR, 3, 1));
    }

    /** First-years still need the sex (share of women); graduates do not, and neither needs the institution. */
    @Test
    void requiresOnlyTheColumnsTheDatasetNeeds() {
        String header = "GEMEENTENUMMER;CROHO ONDERDEEL;2019";
        assertThat(parse(DuoDataset.HBO_GEDIPLOMEERDEN, null, header, "0106;techniek;4").errors()).isEmpty();
        assertThat(parse(DuoDataset.HBO_EERSTEJAARS, null, header, "0106;techniek;4").errors())
                .extracting(ImportError::code, ImportError::message)
                .containsExactly(tuple(Code.MISSING_HEADER, "Kolom 'GESLACHT' ontbreekt in de kopregel."));
        assertThat(parse(DuoDataset.HBO_EERSTEJAARS, null, "GEMEENTENUMMER;CROHO ONDERDEEL;MAN2019;VROUW2019",
                "0106;techniek;4;5").errors()).isEmpty();
    }

    /** The real header of DUO's "01. Leerlingen vo per vestiging naar onderwijstype" 2019 (its SOURCE.md). */
    @Test
    void readsVoPupilsPerLeerjaarAndSexInTheYearOfTheFile() {
        String header = "BRIN NUMMER;VESTIGINGSNUMMER;INSTELLINGSNAAM VESTIGING;PLAATSNAAM VESTIGING;PROVINCIE VESTIGING;"
                + "ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR;VMBO SECTOR;AFDELING;ELEMENTCODE;OPLEIDINGSNAAM;"
                + "LEER- OF VERBLIJFSJAAR 1 - MAN;LEER- OF VERBLIJFSJAAR 1 - VROUW;LEER- OF VERBLIJFSJAAR 2 - MAN;"
                + "LEER- OF VERBLIJFSJAAR 2 - VROUW;LEER- OF VERBLIJFSJAAR 3 - MAN;LEER- OF VERBLIJFSJAAR 3 - VROUW;"
                + "LEER- OF VERBLIJFSJAAR 4 - MAN;LEER- OF VERBLIJFSJAAR 4 - VROUW;LEER- OF VERBLIJFSJAAR 5 - MAN;"
                + "LEER- OF VERBLIJFSJAAR 5 - VROUW;LEER- OF VERBLIJFSJAAR 6 - MAN;LEER- OF VERBLIJFSJAAR 6 - VROUW";
        String row = "00AH;00;Opb SGM t Stedelijk Lyceum;ENSCHEDE;Overijssel;VMBO KL lj 3-4;Techniek;"
                + "Produceren, installeren en energie;0123;VMBO PIE KL;0;0;0;0;11;2;9;1;0;0;0;0";

        ParseResult<RawObservation> result = parse(DuoDataset.VO_ONDERWIJSTYPE, 2019, header, row);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(12).allMatch(r -> r.period().equals("2019/2020"))
                .allMatch(r -> r.regionCode() == null);
        RawObservation third = result.rows().get(4);
        assertThat(third.breakdown()).containsEntry("leerjaar", "3").containsEntry("geslacht", "man")
                .containsEntry("onderwijstype", "VMBO KL lj 3-4").containsEntry("vmbo-sector", "Techniek");
        assertThat(third.value()).isEqualTo(ObservationValue.of(new BigDecimal("11")));
        assertThat(third.labels()).containsEntry("plaatsnaam", "ENSCHEDE").containsEntry("provincie", "Overijssel");
        assertThat(parse(DuoDataset.VO_ONDERWIJSTYPE, null, header, row).errors())
                .extracting(ImportError::code).containsExactly(Code.NO_SCHOOL_YEAR);
    }

    /**
     * The register "02. Alle schoolvestigingen basisonderwijs" with its new names INSTELLINGSCODE/VESTIGINGSCODE
     * (header of the 2026 file, its SOURCE.md, shortened to the first columns), and the old names BRIN NUMMER /
     * VESTIGINGSNUMMER without a province column (as in DUO's 2020 vo register, SOURCE.md of the vo file).
     */
    @Test
    void countsEveryRegisterRowOnceUnderNewAndOldNames() {
        ParseResult<RawObservation> current = parse(DuoDataset.PO_VESTIGINGEN, 2026,
                "PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;"
                        + "HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE",
                "Drenthe;20091;32JK;32JK00;BBS de Verwondering;Melkweg;13;9306 TC;ALTEVEER GEM NOORDENVELD;1699;"
                        + "NOORDENVELD;Algemeen bijzonder",
                "Drenthe;32073;03WU;03WU00;Kindcentrum De Wegwijzer;Harm Tiesingstraat;74;9571 AZ;2E EXLOERMOND;1681;"
                        + "BORGER-ODOORN;Protestants-Christelijk");
        assertThat(current.errors()).isEmpty();
        assertThat(current.rows()).extracting(RawObservation::regionCode, RawObservation::period, RawObservation::value)
                .containsExactly(tuple("GM1699", "2026/2027", ObservationValue.of(BigDecimal.ONE)),
                        tuple("GM1681", "2026/2027", ObservationValue.of(BigDecimal.ONE)));

        ParseResult<RawObservation> old = parse(DuoDataset.PO_VESTIGINGEN, 2020,
                "BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE",
                "32JK;00;BBS de Verwondering;ALTEVEER GEM NOORDENVELD;1699;NOORDENVELD;Algemeen bijzonder",
                "32JK;01;BBS de Verwondering dependance;ALTEVEER GEM NOORDENVELD;1699;NOORDENVELD;Algemeen bijzonder");
        assertThat(old.errors()).isEmpty();
        assertThat(old.rows()).hasSize(2).extracting(r -> r.breakdown().get("vestiging")).containsExactly("00", "01");
        assertThat(parse(DuoDataset.PO_VESTIGINGEN, null, "GEMEENTENUMMER;VESTIGINGSCODE", "1699;32JK00").errors())
                .extracting(ImportError::code).containsExactly(Code.NO_SCHOOL_YEAR);
    }

    /** The real header of "06. Historisch overzicht aantal leerlingen per schoolvestiging" (its SOURCE.md). */
    @Test
    void readsThePupilHistoryWithUnpaddedCodesUnknownMunicipalityAndWithheldCounts() {
        String header = "\uFEFFINSTELLINGSCODE;VESTIGINGSCODE;NAAM_VESTIGING;SOORT_VESTIGING;DENOMINATIE_VESTIGING;"
                + "BEVOEGD_GEZAG_NUMMER;GEMEENTECODE_VESTIGING;GEMEENTENAAM_VESTIGING;LEERLINGEN_2024;LEERLINGEN_2025";
        ParseResult<RawObservation> result = parse(DuoDataset.PO_LEERLINGEN, null, header,
                "00AO;00AO00;De Bolster VSO ZMOK;VSO;Protestants-Christelijk;40631;285;VOORST;94;86",
                "50AB;50AB00;onbekend;SO;onbekend;0;9999;ONBEKEND;0;<5");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(RawObservation::regionCode, RawObservation::period, RawObservation::value)
                .containsExactly(tuple("GM0285", "2024/2025", ObservationValue.of(new BigDecimal("94"))),
                        tuple("GM0285", "2025/2026", ObservationValue.of(new BigDecimal("86"))),
                        tuple(null, "2024/2025", ObservationValue.of(BigDecimal.ZERO)),
                        tuple(null, "2025/2026", ObservationValue.suppressed("<5")));
        assertThat(result.rows().getFirst().breakdown()).containsEntry("soort-vestiging", "VSO");
    }
}
