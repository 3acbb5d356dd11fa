package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import nl.techniekpact.importers.ImportError.Code;

/** The crosswalk on the real CBS-derived file and on small files made here. */
class MunicipalityCrosswalkTest {

    private static final String HEADER = "name,code,year,corop_code,corop,region_code,region,province_code,province";

    private static ParseResult<MunicipalityRegions> real() {
        return MunicipalityCrosswalk.parse(ExternalData.file("cbs-gemeente-regios-2010-2026", "municipalities.csv"));
    }

    private static ParseResult<MunicipalityRegions> parse(String... lines) {
        return MunicipalityCrosswalk.parse(SourceFile.of("crosswalk.csv", String.join("\n", lines) + "\n"));
    }

    @Test
    void readsEveryRowOfTheRealCrosswalk() {
        ParseResult<MunicipalityRegions> result = real();

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(469);
        var current = result.rows().stream().filter(r -> r.year() == 2026).toList();
        assertThat(current).hasSize(342);
        assertThat(current).extracting(MunicipalityRegions::municipalityCode).doesNotHaveDuplicates();
        assertThat(current.stream().map(MunicipalityRegions::labourMarketRegionCode).distinct().toList()).hasSize(35);
        assertThat(current.stream().map(MunicipalityRegions::coropCode).distinct().toList()).hasSize(40);
        assertThat(current.stream().map(MunicipalityRegions::provinceCode).distinct().toList()).hasSize(12);
        assertThat(result.rows()).filteredOn(r -> r.year() < 2014).hasSize(37)
                .allSatisfy(r -> assertThat(r.labourMarketRegionCode()).isNull());
        assertThat(result.rows()).extracting(MunicipalityRegions::municipalityName)
                .contains("Nuenen, Gerwen en Nederwetten", "Súdwest-Fryslân", "Wûnseradiel");
        assertThat(MunicipalityCrosswalk.of(result.rows()).municipalitiesUntil(2026)).hasSize(342);
    }

    @Test
    void answersPerYearIncludingMergedAndRenamedMunicipalities() {
        var crosswalk = MunicipalityCrosswalk.of(real().rows());

        assertThat(crosswalk.provinceOf("GM0106", 2019)).contains("PV22");
        assertThat(crosswalk.labourMarketRegionOf("GM0106", 2019)).contains("AM01");
        assertThat(crosswalk.coropOf("GM0106", 2019)).contains("CR07");
        assertThat(crosswalk.labourMarketRegionOf("GM1773", 2026)).contains("AM36");
        assertThat(crosswalk.labourMarketRegionOf("GM0003", 2020)).contains("AM01");
        assertThat(crosswalk.regionsOf("GM0003", 2021)).isEmpty();
        assertThat(crosswalk.provinceOf("GM0457", 2022)).contains("PV27");
        assertThat(crosswalk.regionsOf("GM0457", 2023)).isEmpty();
        assertThat(crosswalk.regionsOf("GM0888", 2023)).get()
                .extracting(MunicipalityRegions::municipalityName).isEqualTo("Beek");
        assertThat(crosswalk.regionsOf("GM0888", 2024)).get()
                .extracting(MunicipalityRegions::municipalityName).isEqualTo("Beek (L.)");
        assertThat(crosswalk.regionsOf("GM0305", 2010)).get().satisfies(r -> {
            assertThat(r.provinceCode()).isEqualTo("PV26");
            assertThat(r.labourMarketRegionCode()).isNull();
        });
        assertThat(crosswalk.contains("GM9999")).isFalse();
    }

    @Test
    void findsColumnsByNameInAnyOrder() {
        ParseResult<MunicipalityRegions> result = parse("provinciecode,jaar,code,naam",
                "PV22,2026,GM0106,Assen");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(MunicipalityRegions::municipalityCode, MunicipalityRegions::year,
                MunicipalityRegions::provinceCode).containsExactly(tuple("GM0106", 2026, "PV22"));
    }

    @Test
    void reportsEveryBadRowWithLineAndColumn() {
        ParseResult<MunicipalityRegions> result = parse(HEADER,
                "Assen,GM0106,2026,CR07,Noord-Drenthe,AM01,Groningen,PV22,Drenthe",
                "Assen,0106,2026,CR07,Noord-Drenthe,AM01,Groningen,PV22,Drenthe",
                "Assen,GM0106,twintig,CR07,Noord-Drenthe,AM01,Groningen,PV22,Drenthe",
                "Assen,GM0106,2026,CR07,Noord-Drenthe,AM01,Groningen,PV99,Drenthe",
                "Assen,GM0106,2026,CR07,Noord-Drenthe,AM01,Groningen,PV22,Drenthe",
                "Assen,GM0106,2026,CR07",
                "Assen,GM0106,2025,CR07,Noord-Drenthe,AM01,Groningen,,Drenthe");

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(
                        tuple(Code.BAD_REGION_CODE, 3, 2),
                        tuple(Code.BAD_YEAR, 4, 3),
                        tuple(Code.BAD_REGION_CODE, 5, 8),
                        tuple(Code.DUPLICATE_ROW, 6, 0),
                        tuple(Code.WRONG_FIELD_COUNT, 7, 5),
                        tuple(Code.MISSING_VALUE, 8, 8));
        assertThat(result.rows()).extracting(MunicipalityRegions::line).containsExactly(2);
    }

    @Test
    void reportsAMissingRequiredColumn() {
        ParseResult<MunicipalityRegions> result = parse("name,code,province_code", "Assen,GM0106,PV22");

        assertThat(result.errors()).extracting(ImportError::code, ImportError::line, ImportError::column)
                .containsExactly(tuple(Code.MISSING_HEADER, 1, 0));
        assertThat(result.errors().getFirst().message()).contains("'year'");
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(MunicipalityCrosswalk.parse(SourceFile.of("empty.csv", "")).errors())
                .extracting(ImportError::code).containsExactly(Code.EMPTY_FILE);
    }
}
