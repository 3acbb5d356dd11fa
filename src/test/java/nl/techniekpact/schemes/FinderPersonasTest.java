package nl.techniekpact.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.techniekpact.schemes.finder.Answers;
import nl.techniekpact.schemes.finder.Fit;
import nl.techniekpact.schemes.finder.FitRules;
import nl.techniekpact.schemes.finder.Locality;
import nl.techniekpact.schemes.finder.PlacesToGo;
import nl.techniekpact.schemes.finder.Want;
import nl.techniekpact.schemes.finder.When;
import nl.techniekpact.schemes.finder.Who;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every persona of {@code schemes/finder-personas.yaml} (written before the finder) through the finder's fit rules
 * and the real seed schemes (read as {@link SeedSchemesLoader} reads them; this test lives in the catalogue's package
 * for that reason), and through the places to go of their region.
 */
class FinderPersonasTest {

    record Persona(String id, String description, Who who, String place, String province, String landsdeel,
                   Want want, When when, LocalDate today, List<String> fits, List<String> fullyFits,
                   List<String> mustNot, Map<String, List<String>> missing, List<String> placesToGo,
                   Boolean noRegionalPlaces) {
    }

    record PersonaFile(List<Persona> personas) {
    }

    private static final List<Scheme> SEEDS = new SeedSchemesLoader(null, null, null).read();
    private static final PlacesToGo PLACES = new PlacesToGo();
    private final FitRules rules = new FitRules();

    static List<Persona> personas() throws IOException {
        try (InputStream in = FinderPersonasTest.class.getResourceAsStream("/schemes/finder-personas.yaml")) {
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, PersonaFile.class).personas();
        }
    }

    @Test
    void thereAreAtLeastThirtyPersonasEachWithSomethingToCheck() throws IOException {
        List<Persona> all = personas();
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        assertThat(all).allSatisfy(p -> {
            assertThat(nonNull(p.fits())).as(p.id()).isNotEmpty();
            assertThat(nonNull(p.mustNot())).as(p.id()).isNotEmpty();
        });
        assertThat(all.stream().map(Persona::who).distinct()).hasSize(Who.values().length);
        assertThat(all.stream().map(Persona::want).distinct()).hasSize(Want.values().length);
        assertThat(all.stream().map(Persona::when).distinct()).hasSize(When.values().length);
    }

    @TestFactory
    Stream<DynamicTest> everyPersonaGetsTheSchemesTheSourcesJustify() throws IOException {
        return personas().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> check(p)));
    }

    private void check(Persona p) {
        Locality where = p.province() == null ? Locality.NATIONWIDE
                : new Locality(null, p.place(), p.province(), null, p.landsdeel(), null);
        List<Fit> judged = rules.judge(SEEDS, new Answers(p.who(), where, p.want(), p.when(), p.today()));
        List<String> fitting = judged.stream().filter(Fit::fits).map(f -> f.scheme().slug()).toList();
        assertThat(fitting).as(p.id() + " fits").containsAll(nonNull(p.fits()));
        assertThat(fitting).as(p.id() + " must not").doesNotContainAnyElementsOf(nonNull(p.mustNot()));
        for (String slug : nonNull(p.fullyFits())) {
            assertThat(fit(judged, slug).level()).as(p.id() + " fully fits " + slug).isEqualTo(Fit.Level.FITS);
        }
        if (p.missing() != null) {
            p.missing().forEach((slug, codes) -> assertThat(fit(judged, slug).missingCodes())
                    .as(p.id() + " missing for " + slug).containsAll(codes));
        }
        judged.stream().filter(f -> !f.fits()).forEach(f ->
                assertThat(f.against()).as(p.id() + ": a scheme that does not fit says why").isNotEmpty());
        judged.stream().filter(Fit::fits).forEach(f -> assertThat(f.reasons().size() + f.unknowns().size()
                + f.conditions().size()).as(p.id() + ": a fitting scheme says why").isPositive());
        List<String> places = Stream.concat(PLACES.regional(where).stream(), PLACES.national().stream())
                .map(PlacesToGo.Place::id).toList();
        assertThat(places).as(p.id() + " places to go").containsAll(nonNull(p.placesToGo()));
        if (Boolean.TRUE.equals(p.noRegionalPlaces())) {
            assertThat(PLACES.regional(where)).as(p.id() + " no regional places").isEmpty();
        }
    }

    private static Fit fit(List<Fit> judged, String slug) {
        return judged.stream().filter(f -> f.scheme().slug().equals(slug)).findFirst().orElseThrow();
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list;
    }
}
