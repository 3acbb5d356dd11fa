package nl.techniekpact.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.techniekpact.loket.HybridMatches.Aspect;
import nl.techniekpact.loket.HybridMatches.Gap;
import nl.techniekpact.loket.HybridMatches.Outcome;
import nl.techniekpact.loket.HybridRules.Kind;
import nl.techniekpact.loket.HybridRules.Rule;
import nl.techniekpact.loket.HybridRules.Scope;
import nl.techniekpact.loket.matching.Level;
import org.junit.jupiter.api.Test;

/** Each kind of rule gives its outcome; rules out of force, of another pilot, level or qualification are left out. */
class HybridRuleChecksTest {

    private static final LocalDate FROM = LocalDate.of(2027, 1, 4);
    private static final LocalDate UNTIL = LocalDate.of(2027, 6, 30);
    private static final Set<DayOfWeek> TUE_THU = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);

    @Test
    void eachKindHoldsBreaksOrCannotTell() {
        List<Rule> rules = List.of(
                rule(1, Kind.MAX_HOURS_PER_WEEK, "10", Qualification.NONE, null, null, Scope.NATIONAL, null),
                rule(2, Kind.MAX_DAYS_PER_WEEK, "1", null, null, null, Scope.NATIONAL, null),
                rule(3, Kind.REQUIRES_SUPERVISION, null, Qualification.NONE, null, null, Scope.NATIONAL, null),
                rule(4, Kind.REQUIRES_VOG, null, null, null, null, Scope.NATIONAL, null),
                rule(5, Kind.OTHER, null, null, null, null, Scope.NATIONAL, null));
        HybridRuleChecks.Result result = HybridRuleChecks.check(vacancy(false, null), profile(Qualification.NONE,
                null, LocalDate.of(2026, 11, 1)), 8, TUE_THU, rules);

        assertThat(result.checks()).extracting(c -> c.rule().id() + ":" + c.outcome())
                .containsExactly("2:BREAKS", "3:BREAKS", "4:BREAKS", "5:CANNOT_TELL", "1:HOLDS");
        assertThat(result.checks()).filteredOn(c -> c.rule().id() == 1).singleElement()
                .satisfies(c -> assertThat(c.measured()).isEqualTo(8));
        assertThat(result.checks()).filteredOn(c -> c.rule().id() == 2).singleElement()
                .satisfies(c -> assertThat(c.measured()).isEqualTo(2));
        assertThat(result.noRuleKnown()).containsExactly(Aspect.EMPLOYER_CONSENT);
        assertThat(result.missing()).extracting(m -> m.gap() + ":" + m.requiredBy().stream().map(Rule::id).toList())
                .containsExactly("VOG:[4]", "QUALIFICATION:[3, 1]");
        assertThat(result.breaks()).isEqualTo(3);
    }

    @Test
    void aQualifiedSupervisedProfessionalWithPapersBreaksNothing() {
        List<Rule> rules = List.of(
                rule(1, Kind.MAX_HOURS_PER_WEEK, "10", Qualification.NONE, null, null, Scope.NATIONAL, null),
                rule(3, Kind.REQUIRES_SUPERVISION, null, null, null, null, Scope.NATIONAL, null),
                rule(4, Kind.REQUIRES_VOG, null, null, null, null, Scope.NATIONAL, null),
                rule(6, Kind.REQUIRES_EMPLOYER_CONSENT, null, null, null, null, Scope.NATIONAL, null));
        HybridRuleChecks.Result result = HybridRuleChecks.check(vacancy(true, null),
                profile(Qualification.QUALIFIED, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)), 12, TUE_THU,
                rules);

        assertThat(result.checks()).extracting(c -> c.rule().id() + ":" + c.outcome())
                .containsExactly("3:HOLDS", "4:HOLDS", "6:HOLDS");
        assertThat(result.missing()).isEmpty();
        assertThat(result.noRuleKnown()).containsExactly(Aspect.HOURS, Aspect.DAYS);
    }

    @Test
    void rulesOutOfForceOrAboutOthersAreLeftOutAndAPartialOneIsMarked() {
        List<Rule> rules = List.of(
                rule(1, Kind.MAX_HOURS_PER_WEEK, "4", null, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31),
                        Scope.NATIONAL, null),
                rule(2, Kind.MAX_HOURS_PER_WEEK, "4", null, LocalDate.of(2027, 7, 1), null, Scope.NATIONAL, null),
                rule(3, Kind.MAX_DAYS_PER_WEEK, "1", null, null, null, Scope.PILOT, "Andere pilot"),
                rule(4, Kind.MAX_DAYS_PER_WEEK, "2", null, null, null, Scope.PILOT, "Zeeuwse pilot"),
                rule(5, Kind.REQUIRES_VOG, null, Qualification.QUALIFIED, null, null, Scope.NATIONAL, null),
                rule(6, Kind.REQUIRES_SUPERVISION, null, null, LocalDate.of(2027, 3, 1), null, Scope.NATIONAL, null),
                new Rule(7, "mbo only", Kind.OTHER, null, null, EnumSet.of(Level.MBO), null, null, Scope.NATIONAL,
                        null, "bron", null, null, false, 0));
        HybridRuleChecks.Result result = HybridRuleChecks.check(vacancy(true, "zeeuwse PILOT"),
                profile(Qualification.IN_TRAINING, null, null), 8, TUE_THU, rules);

        assertThat(result.checks()).extracting(c -> c.rule().id() + ":" + c.outcome() + ":" + c.partOfPeriod())
                .containsExactly("4:HOLDS:false", "6:HOLDS:true");
        assertThat(result.noRuleKnown()).containsExactly(Aspect.HOURS, Aspect.VOG, Aspect.EMPLOYER_CONSENT);
        assertThat(result.missing()).extracting(HybridMatches.Missing::gap)
                .containsExactly(Gap.VOG, Gap.EMPLOYER_CONSENT, Gap.QUALIFICATION);
    }

    private static Rule rule(long id, Kind kind, String value, Qualification appliesTo, LocalDate from,
                             LocalDate until, Scope scope, String pilot) {
        return new Rule(id, "rule " + id, kind, value == null ? null : new BigDecimal(value), appliesTo,
                EnumSet.noneOf(Level.class), from, until, scope, pilot, "source " + id, null, null, false, 0);
    }

    private static HybridVacancies.Vacancy vacancy(boolean supervised, String pilot) {
        return new HybridVacancies.Vacancy(1, 1, "School", "Utrecht", "3511 AB", "Techniek", "techniek", Level.VMBO,
                10, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), FROM, UNTIL, supervised,
                pilot, "", true, 0);
    }

    private static HybridProfiles.Profile profile(Qualification qualification, LocalDate vog, LocalDate consent) {
        return new HybridProfiles.Profile(1, 1, "Bedrijf", "Utrecht", "3511", true, "Naam", "n@example.org", null, "",
                Set.of("techniek"), EnumSet.of(Level.VMBO), 8, TUE_THU, LocalDate.of(2026, 12, 1), null, 25,
                qualification, vog, consent, true, 0);
    }
}
