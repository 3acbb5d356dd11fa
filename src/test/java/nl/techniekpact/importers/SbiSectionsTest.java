package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SbiSectionsTest {

    @ParameterizedTest
    @CsvSource({"0111,A", "0322,A", "0510,B", "0990,B", "1011,C", "3320,C", "3511,D", "3600,E", "3900,E", "4110,F",
            "4399,F", "4511,G", "4799,G", "4910,H", "5320,H", "5510,I", "5630,I", "5811,J", "6399,J", "6411,K", "6630,K",
            "6810,L", "6910,M", "7500,M", "7711,N", "8299,N", "8411,O", "8510,P", "8610,Q", "8899,Q", "9001,R", "9329,R",
            "9411,S", "9609,S", "9700,T", "9820,T", "9900,U", "85314,P", "01131,A"})
    void derivesTheSectionFromTheDivision(String code, String section) {
        assertThat(SbiSections.sectionOf(code)).isEqualTo(section);
    }

    @Test
    void givesNoSectionToKvkCodesAndMissingDivisions() {
        assertThat(SbiSections.sectionOf("0001")).isNull();
        assertThat(SbiSections.sectionOf("0002")).isNull();
        IntStream.of(0, 4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89)
                .mapToObj(d -> String.format("%02d11", d))
                .forEach(code -> assertThat(SbiSections.sectionOf(code)).as(code).isNull());
        assertThat(SbiSections.sectionOf(null)).isNull();
        assertThat(SbiSections.sectionOf("6")).isNull();
        assertThat(SbiSections.sectionOf("A1")).isNull();
    }

    @Test
    void coversEverySectionOnceWithBothNames() {
        assertThat(SbiSections.all()).extracting(SbiSections.Section::letter)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R",
                        "S", "T", "U");
        assertThat(SbiSections.all()).allSatisfy(s -> {
            assertThat(s.dutchName()).isNotBlank();
            assertThat(s.englishName()).isNotBlank().isNotEqualTo(s.dutchName());
        });
        assertThat(SbiSections.of("C").dutchName()).isEqualTo("Industrie");
        assertThat(SbiSections.of("J").englishName()).isEqualTo("Information and communication");
        assertThat(SbiSections.of("V")).isNull();
        assertThat(SbiSections.all()).filteredOn(SbiSections.Section::technical).extracting(SbiSections.Section::letter)
                .containsExactly("B", "C", "D", "E", "F");
    }

    @ParameterizedTest
    @CsvSource({"0610,true", "2562,true", "3511,true", "3821,true", "4321,true", "6110,true", "6201,true", "6311,true",
            "7112,true", "7211,true", "72193,true", "5811,false", "6411,false", "7010,false", "7311,false", "0111,false",
            "4711,false", "85314,false", "0001,false", "0002,false"})
    void countsSectionsBToFAndTheIctAndEngineeringDivisionsAsTechnical(String code, boolean technical) {
        assertThat(SbiSections.technicalByDefault(code)).isEqualTo(technical);
    }
}
