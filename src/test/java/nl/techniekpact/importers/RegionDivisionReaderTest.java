package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import nl.techniekpact.importers.ImportError.Code;
import nl.techniekpact.importers.RegionDivisionReader.Assignment;
import nl.techniekpact.importers.RegionDivisionReader.Division;
import org.junit.jupiter.api.Test;

/** The Regioatlas 2016 division files: the three real ones the monitor uses, and small files made here. */
class RegionDivisionReaderTest {

    private static final String FOLDER = "regioatlas-2016-regio-indelingen";
    private static final String RMC_HEADER = "\"Gemeente\";\"CBS\";\"RMC-regio's (Regionaal Meld- en Coördinatiepunt)\";"
            + "\"Inwoneraantal van regio\"";

    private static ParseResult<Assignment> real(String name) {
        return RegionDivisionReader.parse(ExternalData.file(FOLDER, name));
    }

    private static ParseResult<Assignment> parse(String... lines) {
        byte[] text = ("\uFEFF" + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
        return RegionDivisionReader.parse(SourceFile.of("indeling.csv", text));
    }

    @Test
    void readsTheRealRmcFileWithDuoNumbers() {
        var result = real("rmcregiosregionaalmeldencoordinatiepunt.csv");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(390).allSatisfy(a -> assertThat(a.division()).isEqualTo(Division.RMC_REGION));
        assertThat(result.rows()).extracting(Assignment::municipalityCode).doesNotHaveDuplicates();
        assertThat(result.rows().stream().map(Assignment::regionCode).distinct()).hasSize(39);
        assertThat(result.rows()).extracting(Assignment::municipalityCode, Assignment::regionCode, Assignment::regionName)
                .contains(tuple("GM0363", "RMC21", "Agglomeratie Amsterdam"), tuple("GM0738", "RMC34", "West-Brabant"),
                        tuple("GM0772", "RMC37", "Zuidoost-Brabant"), tuple("GM0202", "RMC14", "Arnhem/Nijmegen"));
        assertThat(RegionDivisionCodes.rmcRegions()).isEqualTo(39);
    }

    @Test
    void readsThePartnershipFilesAndKeepsEveryRowOfASplitMunicipality() {
        var vo = real("passendonderwijsvoortgezetonderwijs.csv");
        var po = real("passendonderwijsprimaironderwijs.csv");

        assertThat(vo.errors()).isEmpty();
        assertThat(po.errors()).isEmpty();
        assertThat(vo.rows()).hasSize(393).allSatisfy(a -> assertThat(a.division()).isEqualTo(Division.SWV_VO));
        assertThat(po.rows()).hasSize(390).allSatisfy(a -> assertThat(a.division()).isEqualTo(Division.SWV_PO));
        assertThat(vo.rows().stream().map(Assignment::regionCode).distinct()).hasSize(74);
        assertThat(po.rows().stream().map(Assignment::regionCode).distinct()).hasSize(76);
        assertThat(vo.rows().stream().filter(a -> a.municipalityCode().equals("GM1940")).map(Assignment::regionCode)
                .collect(Collectors.toSet())).containsExactlyInAnyOrder("VO-21-01", "VO-21-02", "VO-21-03", "VO-24-02");
        assertThat(po.rows()).extracting(Assignment::municipalityCode, Assignment::regionCode)
                .contains(tuple("GM0738", "PO-30-10"));
    }

    @Test
    void stripsTrailingSpacesAndTheByteOrderMark() {
        var result = parse(RMC_HEADER, "\"Aalburg\";\"0738\";\"West-Brabant \";\"694612\"",
                "\"Vaals\";\"981\";\"Gewest Zuid-Limburg\";\"1\"", "");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(Assignment::municipalityCode, Assignment::regionCode, Assignment::regionName)
                .containsExactly(tuple("GM0738", "RMC34", "West-Brabant"), tuple("GM0981", "RMC39", "Gewest Zuid-Limburg"));
    }

    @Test
    void reportsEveryBadRowWithItsLineAndColumn() {
        var result = parse(RMC_HEADER,
                "\"Aalburg\";\"07x8\";\"West-Brabant\";\"1\"",
                "\"Aalsmeer\";\"0358\";\"Atlantis\";\"1\"",
                "\"Aalten\";\"0197\";\"Achterhoek\"",
                "\"Aalten\";\"0197\";\"Achterhoek\";\"1\"",
                "\"Aalten\";\"0197\";\"Achterhoek\";\"1\"",
                "\"Asten\";\"\";\"Zuidoost-Brabant\";\"1\"",
                "\"Assen\";\"0106\";\"Noord en Midden Drenthe;\"1\"");

        assertThat(result.errors()).extracting(ImportError::line, ImportError::column, ImportError::code).containsExactly(
                tuple(2, 2, Code.BAD_REGION_CODE), tuple(3, 3, Code.UNKNOWN_CODE), tuple(4, 4, Code.WRONG_FIELD_COUNT),
                tuple(6, 0, Code.DUPLICATE_ROW), tuple(7, 2, Code.MISSING_VALUE), tuple(8, 43, Code.UNCLOSED_QUOTE));
        assertThat(result.errors().get(1).message()).isEqualTo("'Atlantis' is geen bekende waarde voor 'RMC-regio'.");
        assertThat(result.errors().get(1).message(java.util.Locale.ENGLISH)).contains("Atlantis").contains("RMC-regio");
        assertThat(result.rows()).extracting(Assignment::municipalityCode).containsExactly("GM0197");
    }

    @Test
    void refusesAFileOfAnotherDivisionOrWithoutItsCodeColumn() {
        var labourMarket = parse("\"Gemeente\";\"CBS\";\"Arbeidsmarktregio's\";\"Inwoneraantal van regio\"",
                "\"Aa en Hunze\";\"1680\";\"Groningen\";\"740186\"");
        var noCode = parse("\"Gemeente\";\"Passend Onderwijs - Voortgezet Onderwijs\"", "\"Aa en Hunze\";\"VO-22-01\"");
        var badPartnership = parse("\"Gemeente\";\"CBS\";\"Passend Onderwijs - Primair Onderwijs \"",
                "\"Aa en Hunze\";\"1680\";\"VO-22-01\"");

        assertThat(labourMarket.errors()).extracting(ImportError::code).containsExactly(Code.UNKNOWN_DATASET);
        assertThat(labourMarket.errors().getFirst().message()).contains("Arbeidsmarktregio's");
        assertThat(noCode.errors()).extracting(ImportError::code).containsExactly(Code.MISSING_HEADER);
        assertThat(badPartnership.errors()).extracting(ImportError::line, ImportError::code)
                .containsExactly(tuple(2, Code.BAD_REGION_CODE));
        assertThat(parse("").errors()).extracting(ImportError::code).containsExactly(Code.EMPTY_FILE);
        assertThat(List.of(labourMarket, noCode, badPartnership)).allSatisfy(r -> assertThat(r.rows()).isEmpty());
    }
}
