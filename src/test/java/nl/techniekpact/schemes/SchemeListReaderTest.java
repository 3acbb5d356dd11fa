package nl.techniekpact.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.techniekpact.OpenDataFiles;
import nl.techniekpact.importers.ImportError.Code;
import nl.techniekpact.importers.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The City Deals scheme lists of 2022, read from the real files: each file's layout, US dates, the day-first rows
 * of the smart-city file, month names, "Doorlopend", and that nothing a file does not state is filled in.
 */
class SchemeListReaderTest {

    private static final String FOLDER = "subsidieregelingen-citydeals-2022/";
    private static final LocalDate CHANGED = LocalDate.of(2023, 1, 11);

    private static Map<String, Scheme> read(String file) {
        Path path = OpenDataFiles.path(FOLDER + file);
        SchemeListReader.Result result = new SchemeListReader(file + " (test)", CHANGED).read(SourceFile.of(path));
        assertThat(result.errors()).isEmpty();
        return result.rows().stream().map(SchemeListReader.Row::scheme)
                .collect(Collectors.toMap(Scheme::abbreviation, Function.identity()));
    }

    @Test
    void readsTheSmartCityFileWithItsUsDatesAndStatedFacts() {
        Map<String, Scheme> schemes = read("Database-ready-Slimme-stad.csv");
        assertThat(schemes).hasSize(12);
        Scheme oit = schemes.get("OIT");
        assertThat(oit.name()).isEqualTo("Omscholing naar kansrijke beroepen in de ICT en techniek");
        assertThat(oit.slug()).isEqualTo("omscholing-naar-kansrijke-beroepen-in-de-ict-en-techniek");
        assertThat(oit.level()).isEqualTo(SchemeLevel.NATIONAL);
        assertThat(oit.organiser()).isEqualTo("RVO");
        assertThat(oit.origin()).isEqualTo("IMPORT");
        assertThat(oit.fact(Fact.BUDGET).orElseThrow().amount()).isEqualByComparingTo("10000000");
        assertThat(oit.fact(Fact.MAX_AMOUNT).orElseThrow().amount()).isEqualByComparingTo("22500");
        assertThat(oit.fact(Fact.RATE).orElseThrow().stated()).isEqualTo("n.v.t.");
        assertThat(oit.fact(Fact.RATE).orElseThrow().amount()).isNull();
        assertThat(oit.fact(Fact.ASSESSMENT).orElseThrow().stated()).isEqualTo("Volgorde van binnenkomst");
        assertThat(oit.fact(Fact.DURATION)).as("'Onbekend' is not a fact").isEmpty();
        assertThat(oit.fact(Fact.MIN_AMOUNT)).as("the file has no minimum").isEmpty();
        assertThat(oit.fact(Fact.BUDGET).orElseThrow().source()).isEqualTo("Database-ready-Slimme-stad.csv (test)");
        assertThat(oit.fact(Fact.BUDGET).orElseThrow().sourceDate()).isEqualTo(CHANGED);
        ApplicationWindow window = oit.windows().getFirst();
        assertThat(window.opens()).isEqualTo(LocalDate.of(2022, 9, 26));
        assertThat(window.closes()).isEqualTo(LocalDate.of(2022, 12, 1));
        assertThat(window.closesStated()).isEqualTo("12/1/2022");
        assertThat(oit.purposes()).containsKeys(Purpose.TRAINING, Purpose.RETRAINING_TECH_ICT);
        assertThat(oit.applicants()).containsOnlyKeys(Applicant.SCHOOL, Applicant.EMPLOYER_SME,
                Applicant.EMPLOYER_LARGE, Applicant.KNOWLEDGE_INSTITUTION, Applicant.FOUNDATION);
        assertThat(oit.officialUrl()).as("the file gives no link").isNull();

        // a month-first row whose opening day alone is ambiguous: its closing day settles it
        assertThat(schemes.get("SMH").windows().getFirst().opens()).isEqualTo(LocalDate.of(2022, 6, 10));
        // the day-first rows: 31/12/2022 settles 1/9/2018
        ApplicationWindow leader = schemes.get("LEADER").windows().getFirst();
        assertThat(leader.opens()).isEqualTo(LocalDate.of(2018, 9, 1));
        assertThat(leader.closes()).isEqualTo(LocalDate.of(2022, 12, 31));
        // nothing settles 1/9/2022 in a file that mixes both orders: the date is not guessed
        ApplicationWindow kic = schemes.get("KIC VGVV").windows().getFirst();
        assertThat(kic.opens()).isNull();
        assertThat(kic.opensStated()).isEqualTo("1/9/2022");
        assertThat(kic.status(LocalDate.of(2022, 6, 1))).isEqualTo(SchemeStatus.UNKNOWN);
    }

    @Test
    void readsTheCircularConstructionLayoutAsMonthFirst() {
        Map<String, Scheme> schemes = read("Circulair-Bouwen.csv");
        assertThat(schemes).containsOnlyKeys("RNSB", "DEI+", "CKP", "KIA CE", "EUI", "LIFE");
        Scheme dei = schemes.get("DEI+");
        assertThat(dei.windows().getFirst().opens()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(dei.windows().getFirst().closes()).isEqualTo(LocalDate.of(2023, 1, 10));
        assertThat(dei.fact(Fact.MIN_RATE).orElseThrow().stated()).isEqualTo("28%");
        assertThat(dei.fact(Fact.MAX_RATE).orElseThrow().amount()).isEqualByComparingTo(new BigDecimal(80));
        assertThat(dei.fact(Fact.DURATION).orElseThrow().stated()).isEqualTo("4 jaar");
        Scheme rnsb = schemes.get("RNSB");
        assertThat(rnsb.windows().getFirst().opens()).isEqualTo(LocalDate.of(2022, 9, 5));
        assertThat(rnsb.windows().getFirst().closes()).isNull();
        assertThat(rnsb.windows().getFirst().ongoing()).as("'Datum is doorlopend'").isTrue();
        assertThat(rnsb.applicants()).containsOnlyKeys(Applicant.EMPLOYER_SME);
        assertThat(schemes.get("CKP").applicants()).containsOnlyKeys(Applicant.PARTNERSHIP);
        assertThat(schemes.get("LIFE").level()).isEqualTo(SchemeLevel.EUROPEAN);
    }

    @Test
    void readsTheFoodFileWithMonthNamesAndOngoingWindows() {
        Map<String, Scheme> schemes = read("Database-ready-Gezonde-en-Duurzame-Voedselomgeving.csv");
        assertThat(schemes).hasSize(6);
        assertThat(schemes.get("KIC VGVV").windows().getFirst().opens()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(schemes.get("KIC VGVV").windows().getFirst().closes()).as("free text").isNull();
        assertThat(schemes.get("KIC VGVV").windows().getFirst().closesStated())
                .isEqualTo("Vooraanmelding 1-1-23; Aanvraag 15-6-23");
        ApplicationWindow vlas = schemes.get("VLAS").windows().getFirst();
        assertThat(vlas.ongoing()).isTrue();
        assertThat(vlas.opens()).isNull();
        assertThat(schemes.get("SEKT Noord-Brabant").windows().getFirst().closes()).isEqualTo(LocalDate.of(2022, 10, 1));
    }

    @Test
    void aBrokenFileNamesTheLineAndGivesNoSchemes() {
        String csv = """
                Naam,Afkorting,Niveau,Subsidieverstrekker,Datum open,Datum sluiting
                Goede regeling,GR,Nationaal,RVO,9/26/2022,12/1/2022
                Kapotte regeling,KR,Nationaal,RVO,2/30/2022,12/1/2022
                Omgekeerde regeling,OR,Nationaal,RVO,12/1/2022,9/26/2022
                ,ZN,Nationaal,RVO,,
                """;
        SchemeListReader.Result result = new SchemeListReader("t.csv (test)", null).read(SourceFile.of("t.csv", csv));
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).extracting(e -> e.line() + " " + e.code())
                .containsExactly("3 BAD_DATE", "4 DATE_ORDER", "5 MISSING_VALUE");
        assertThat(result.errors().getFirst().message()).contains("2/30/2022");
    }

    @Test
    void aFileWithoutTheDateColumnsIsRefusedAtItsHeader() {
        SchemeListReader.Result result = new SchemeListReader("t.csv", null)
                .read(SourceFile.of("t.csv", "Naam,Niveau\nRegeling,Nationaal\n"));
        assertThat(result.errors()).extracting(e -> e.line() + " " + e.code() + " " + e.arguments())
                .containsExactly("1 MISSING_HEADER [Datum open]", "1 MISSING_HEADER [Datum sluiting]");
    }

    @Test
    void settlesTheOrderOfNumericDatesPerRowAndFile() {
        assertThat(ListDates.ofFile(List.of(ListDates.Order.OPEN))).isEqualTo(ListDates.Order.MONTH_FIRST);
        assertThat(ListDates.ofFile(List.of(ListDates.Order.DAY_FIRST, ListDates.Order.MONTH_FIRST)))
                .isEqualTo(ListDates.Order.OPEN);
        assertThat(ListDates.settles("31/12/2022")).isEqualTo(ListDates.Order.DAY_FIRST);
        assertThat(ListDates.settles("11/30/2022")).isEqualTo(ListDates.Order.MONTH_FIRST);
        assertThat(ListDates.settles("1/9/2022")).isEqualTo(ListDates.Order.OPEN);
    }
}
