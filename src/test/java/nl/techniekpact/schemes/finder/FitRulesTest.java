package nl.techniekpact.schemes.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.techniekpact.schemes.Applicant;
import nl.techniekpact.schemes.ApplicationWindow;
import nl.techniekpact.schemes.Fact;
import nl.techniekpact.schemes.Purpose;
import nl.techniekpact.schemes.Scheme;
import nl.techniekpact.schemes.SchemeLevel;
import nl.techniekpact.schemes.Sourced;
import org.junit.jupiter.api.Test;

/** The fit rules on made-up schemes, for the cases the seeds' schemes do not reach (place, ongoing, ended, order). */
class FitRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    private static final Locality GRONINGEN = new Locality("GM0014", "Groningen", "PV20", "Groningen", "TL01", "Noord");
    private static final Locality ZWOLLE = new Locality("GM0193", "Zwolle", "PV23", "Overijssel", "TL03", "Oost");
    private final FitRules rules = new FitRules();

    @Test
    void aProvincialSchemeFitsWhereItsPlaceNamesTheProvinceAndNotElsewhere() {
        Scheme provincial = scheme("groningen-scholing", SchemeLevel.PROVINCE, ongoingWindow(),
                Map.of(Fact.LOCATION, fact("Voor werkgevers in de provincie Groningen")));
        assertThat(judge(provincial, GRONINGEN).level()).isEqualTo(Fit.Level.FITS);
        Fit elsewhere = judge(provincial, ZWOLLE);
        assertThat(elsewhere.level()).isEqualTo(Fit.Level.NO);
        assertThat(elsewhere.against()).extracting(Note::code).containsExactly("PLACE_OTHER");
        assertThat(judge(provincial, Locality.NATIONWIDE).unknowns()).extracting(Note::code)
                .containsExactly("PLACE_OF_PERSON_NOT_GIVEN");
    }

    @Test
    void aPlaceIsMatchedAsAWholeWordWithoutAccents() {
        Locality fryslan = new Locality(null, null, "PV21", "Fryslân", "TL01", "Noord");
        assertThat(FitRules.names("Provincie Fryslan en Drenthe", fryslan)).isTrue();
        assertThat(FitRules.names("Noordoost-Brabant", new Locality(null, null, "PV30", "Noord-Brabant", null, null)))
                .isFalse();
    }

    @Test
    void anOngoingWindowFitsAnyPeriodAndAnEndedSchemeNone() {
        Scheme ongoing = scheme("doorlopend", SchemeLevel.NATIONAL, ongoingWindow(), Map.of());
        assertThat(judge(ongoing, GRONINGEN).level()).isEqualTo(Fit.Level.FITS);
        assertThat(judge(ongoing, GRONINGEN).reasons()).extracting(Note::code).contains("OPEN_ONGOING");
        Scheme ended = new Scheme("beeindigd", "Beëindigd", null, null, SchemeLevel.NATIONAL, null, null,
                TODAY.minusDays(1), "SEED", "test", null, Map.of(), who(), what(Purpose.TRAINING), ongoingWindow());
        assertThat(judge(ended, GRONINGEN).against()).extracting(Note::code).containsExactly("ENDED");
    }

    @Test
    void aWindowWithoutItsClosingDayIsUnknownNotOpen() {
        Scheme partly = scheme("half", SchemeLevel.NATIONAL, List.of(new ApplicationWindow(1, "ronde", TODAY.minusDays(5),
                null, "februari", null, false, null, null, "test", null)), Map.of());
        Fit fit = judge(partly, GRONINGEN);
        assertThat(fit.level()).isEqualTo(Fit.Level.MAYBE);
        assertThat(fit.unknowns()).extracting(Note::code).containsExactly("PERIOD_PARTLY_STATED");
    }

    @Test
    void retrainingOnlyIsAConditionForSomeoneWhoWantsTraining() {
        Scheme retraining = new Scheme("omscholing", "Omscholing", null, null, SchemeLevel.NATIONAL, null, null, null,
                "SEED", "test", null, Map.of(), who(), what(Purpose.RETRAINING_TECH_ICT), ongoingWindow());
        Fit fit = judge(retraining, GRONINGEN);
        assertThat(fit.level()).isEqualTo(Fit.Level.CONDITIONAL);
        assertThat(fit.conditions()).extracting(Note::code).containsExactly("ONLY_RETRAINING");
    }

    @Test
    void fitsAreOrderedByLevelThenByTheNearestDeadline() {
        Scheme late = scheme("laat", SchemeLevel.NATIONAL, window(TODAY.plusMonths(6)), Map.of());
        Scheme soon = scheme("snel", SchemeLevel.NATIONAL, window(TODAY.plusDays(10)), Map.of());
        Scheme unknown = scheme("onbekend", SchemeLevel.NATIONAL, List.of(), Map.of());
        List<Fit> fits = rules.fitting(List.of(unknown, late, soon),
                new Answers(Who.EMPLOYEE, GRONINGEN, Want.TRAINING, When.NOW, TODAY));
        assertThat(fits).extracting(f -> f.scheme().slug()).containsExactly("snel", "laat", "onbekend");
        assertThat(fits.get(0).deadline()).isEqualTo(TODAY.plusDays(10));
    }

    private Fit judge(Scheme scheme, Locality where) {
        return rules.judge(scheme, new Answers(Who.EMPLOYEE, where, Want.TRAINING, When.NOW, TODAY));
    }

    private static Scheme scheme(String slug, SchemeLevel level, List<ApplicationWindow> windows, Map<Fact, Sourced> facts) {
        return new Scheme(slug, slug, null, null, level, null, null, null, "SEED", "test", null, facts, who(),
                what(Purpose.TRAINING), windows);
    }

    private static Map<Applicant, Sourced> who() {
        return Map.of(Applicant.INDIVIDUAL, fact("werkenden"));
    }

    private static Map<Purpose, Sourced> what(Purpose purpose) {
        return Map.of(purpose, fact("scholing"));
    }

    private static Sourced fact(String text) {
        return Sourced.text(text, "test", null);
    }

    private static List<ApplicationWindow> ongoingWindow() {
        return List.of(new ApplicationWindow(1, "doorlopend", TODAY.minusYears(1), null, "2023", null, true, null, null,
                "test", null));
    }

    private static List<ApplicationWindow> window(LocalDate closes) {
        return List.of(new ApplicationWindow(1, "tranche", TODAY.minusDays(1), closes, "gisteren", "later", false, null,
                null, "test", null));
    }
}
