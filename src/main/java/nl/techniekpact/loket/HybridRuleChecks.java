package nl.techniekpact.loket;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.techniekpact.loket.HybridMatches.Aspect;
import nl.techniekpact.loket.HybridMatches.Gap;
import nl.techniekpact.loket.HybridMatches.Missing;
import nl.techniekpact.loket.HybridMatches.Outcome;
import nl.techniekpact.loket.HybridMatches.RuleCheck;
import nl.techniekpact.loket.HybridRules.Kind;
import nl.techniekpact.loket.HybridRules.Rule;

/**
 * Checks one professional against one vacancy under the rules in force: each rule that concerns the vacancy's
 * level and pilot and the professional's qualification, on some day of the vacancy's period, with its outcome;
 * what the professional lacks (VOG, employer's consent, qualification) and which of those rules ask for it; and
 * the aspects (hours, days, supervision, VOG, consent) for which no rule is known. Nothing here guesses a rule: a
 * value the rule does not give, or a rule the platform cannot read, is "cannot tell".
 */
final class HybridRuleChecks {

    /** The outcome of the checks. */
    record Result(List<RuleCheck> checks, List<Missing> missing, Set<Aspect> noRuleKnown) {

        int breaks() {
            return (int) checks.stream().filter(c -> c.outcome() == Outcome.BREAKS).count();
        }
    }

    private HybridRuleChecks() {
    }

    /**
     * @param hours the hours a week the professional would teach (the fewer of what they offer and what is asked)
     * @param days  the days they would teach (the days both have)
     */
    static Result check(HybridVacancies.Vacancy vacancy, HybridProfiles.Profile profile, int hours,
                        Set<DayOfWeek> days, List<Rule> rules) {
        List<RuleCheck> checks = new ArrayList<>();
        Set<Aspect> covered = EnumSet.noneOf(Aspect.class);
        for (Rule rule : rules) {
            if (!rule.inForceDuring(vacancy.from(), vacancy.until())
                    || !rule.concerns(vacancy.level(), vacancy.pilot(), profile.qualification())) {
                continue;
            }
            Aspect aspect = aspect(rule.kind());
            if (aspect != null) {
                covered.add(aspect);
            }
            boolean partly = !rule.coversWhole(vacancy.from(), vacancy.until());
            checks.add(switch (rule.kind()) {
                case MAX_HOURS_PER_WEEK -> limit(rule, hours, partly);
                case MAX_DAYS_PER_WEEK -> limit(rule, days.size(), partly);
                case REQUIRES_SUPERVISION -> new RuleCheck(rule, vacancy.supervised() ? Outcome.HOLDS : Outcome.BREAKS,
                        partly, null);
                case REQUIRES_VOG -> new RuleCheck(rule, profile.vogIssuedOn() != null ? Outcome.HOLDS : Outcome.BREAKS,
                        partly, null);
                case REQUIRES_EMPLOYER_CONSENT -> new RuleCheck(rule,
                        profile.employerConsentOn() != null ? Outcome.HOLDS : Outcome.BREAKS, partly, null);
                case OTHER -> new RuleCheck(rule, Outcome.CANNOT_TELL, partly, null);
            });
        }
        checks.sort(java.util.Comparator.comparing(RuleCheck::outcome, (a, b) -> order(a) - order(b)));
        Set<Aspect> noRule = EnumSet.allOf(Aspect.class);
        noRule.removeAll(covered);
        return new Result(List.copyOf(checks), missing(profile, checks), noRule);
    }

    private static RuleCheck limit(Rule rule, int measured, boolean partly) {
        if (rule.value() == null) {
            return new RuleCheck(rule, Outcome.CANNOT_TELL, partly, measured);
        }
        boolean holds = java.math.BigDecimal.valueOf(measured).compareTo(rule.value()) <= 0;
        return new RuleCheck(rule, holds ? Outcome.HOLDS : Outcome.BREAKS, partly, measured);
    }

    /** What the professional lacks, each with the checked rules that ask for it (empty: no rule known does). */
    private static List<Missing> missing(HybridProfiles.Profile profile, List<RuleCheck> checks) {
        List<Missing> missing = new ArrayList<>();
        if (profile.vogIssuedOn() == null) {
            missing.add(new Missing(Gap.VOG, rulesOf(checks, Kind.REQUIRES_VOG)));
        }
        if (profile.employerConsentOn() == null) {
            missing.add(new Missing(Gap.EMPLOYER_CONSENT, rulesOf(checks, Kind.REQUIRES_EMPLOYER_CONSENT)));
        }
        if (profile.qualification() != Qualification.QUALIFIED) {
            // the rules that bind this professional because of their qualification
            missing.add(new Missing(Gap.QUALIFICATION, checks.stream().map(RuleCheck::rule)
                    .filter(r -> r.appliesTo() == profile.qualification()).toList()));
        }
        return List.copyOf(missing);
    }

    private static List<Rule> rulesOf(List<RuleCheck> checks, Kind kind) {
        return checks.stream().map(RuleCheck::rule).filter(r -> r.kind() == kind).toList();
    }

    private static Aspect aspect(Kind kind) {
        return switch (kind) {
            case MAX_HOURS_PER_WEEK -> Aspect.HOURS;
            case MAX_DAYS_PER_WEEK -> Aspect.DAYS;
            case REQUIRES_SUPERVISION -> Aspect.SUPERVISION;
            case REQUIRES_VOG -> Aspect.VOG;
            case REQUIRES_EMPLOYER_CONSENT -> Aspect.EMPLOYER_CONSENT;
            case OTHER -> null;
        };
    }

    private static int order(Outcome outcome) {
        return switch (outcome) {
            case BREAKS -> 0;
            case CANNOT_TELL -> 1;
            case HOLDS -> 2;
        };
    }
}
