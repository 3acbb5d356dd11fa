package nl.techniekpact.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SeedSchemesTest {

    private final Map<String, Scheme> seeds = new SeedSchemesLoader(null, null, null).read().stream()
            .collect(Collectors.toMap(Scheme::slug, Function.identity()));

    @Test
    void namesTheSchemesOfTheSeeds() {
        assertThat(seeds).containsKeys("mkb-idee", "slim", "stap-budget", "nl-leert-door",
                "omscholingsregeling-techniek-ict", "regionaal-investeringsfonds-mbo", "subsidieregeling-praktijkleren");
    }

    @Test
    void mkbIdeeHasThe2019TrancheAsSeed000StatesIt() {
        Scheme mkb = seeds.get("mkb-idee");
        assertThat(mkb.windows()).hasSize(1);
        ApplicationWindow tranche = mkb.windows().get(0);
        assertThat(tranche.opens()).isEqualTo(LocalDate.of(2019, 4, 15));
        assertThat(tranche.closes()).isEqualTo(LocalDate.of(2019, 8, 27));
        assertThat(tranche.budget()).isEqualByComparingTo(new BigDecimal("7500000"));
        assertThat(tranche.source()).contains("seed 000");
        assertThat(tranche.sourceDate()).isEqualTo(LocalDate.of(2019, 5, 20));
        assertThat(mkb.status(LocalDate.of(2019, 8, 27))).isEqualTo(SchemeStatus.OPEN);
        assertThat(mkb.status(LocalDate.of(2019, 8, 28))).isEqualTo(SchemeStatus.CLOSED);
    }

    @Test
    void slimHasTheThreeApplicantGroupsOfSeed003() {
        Scheme slim = seeds.get("slim");
        assertThat(slim.applicants()).containsOnlyKeys(Applicant.EMPLOYER_SME, Applicant.PARTNERSHIP,
                Applicant.EMPLOYER_LARGE);
        assertThat(slim.applicants().get(Applicant.EMPLOYER_LARGE).stated()).contains("landbouw, horeca en recreatie");
        assertThat(slim.applicants().values()).allSatisfy(a -> assertThat(a.source()).contains("seed 003"));
    }

    @Test
    void praktijklerenIsExtendedTo2023WithoutAnInventedEndDate() {
        Scheme p = seeds.get("subsidieregeling-praktijkleren");
        assertThat(p.fact(Fact.RUNS_UNTIL).orElseThrow().stated()).contains("verlengd tot 2023");
        assertThat(p.endedOn()).isNull();
        assertThat(p.windows()).isEmpty();
        assertThat(p.status(LocalDate.of(2030, 1, 1))).isEqualTo(SchemeStatus.UNKNOWN);
    }

    @Test
    void noSeedSchemeCarriesAnAmountOrDateTheSeedsDoNotState() {
        List<BigDecimal> amounts = seeds.values().stream().flatMap(s -> s.facts().values().stream())
                .map(Sourced::amount).filter(a -> a != null).toList();
        assertThat(amounts).isEmpty();
        assertThat(seeds.values().stream().flatMap(s -> s.windows().stream())).hasSize(1);
        assertThat(seeds.values()).allSatisfy(s -> assertThat(s.officialUrl()).isNull());
    }
}
