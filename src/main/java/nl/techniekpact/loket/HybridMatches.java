package nl.techniekpact.loket;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.shared.Forbidden;
import org.springframework.stereotype.Service;

/**
 * Hybrid-teacher matches: for a school's vacancy the professionals that fit — same subject and level, within the
 * professional's travel distance (by {@link Places}), periods overlapping, and days in common — with the fit of
 * hours and days as numbers ("8 of 10 hours, on Tuesday and Thursday of Tuesday to Thursday"), every rule in force
 * on the vacancy's dates checked with its outcome and its source, and what is missing (VOG, employer's consent,
 * qualification); for a company's professional the vacancies that fit, the same way. A school sees no contact
 * details here: those come with an accepted introduction ({@link HybridIntroductions}).
 */
@Service
public class HybridMatches {

    /** A rule's outcome for one match. */
    public enum Outcome { HOLDS, BREAKS, CANNOT_TELL }

    /** What a rule can be about; where no rule in force is about it, a match says "no rule known". */
    public enum Aspect { HOURS, DAYS, SUPERVISION, VOG, EMPLOYER_CONSENT }

    /** What a professional may lack. */
    public enum Gap { VOG, EMPLOYER_CONSENT, QUALIFICATION }

    /**
     * One rule checked. {@code partOfPeriod}: the rule is valid on only part of the vacancy's period;
     * {@code measured}: the hours or days a week the rule's limit was compared with (null for other kinds).
     */
    public record RuleCheck(HybridRules.Rule rule, Outcome outcome, boolean partOfPeriod, Integer measured) {
    }

    /** Something the professional lacks, with the checked rules that ask for it (empty: no rule known does). */
    public record Missing(Gap gap, List<HybridRules.Rule> requiredBy) {
    }

    /** A professional as a school sees them in a match: no name, no e-mail, no phone. */
    public record Professional(long profileId, String companyName, String companyPlace, String expertise,
                               Set<String> subjects, Set<Level> levels, int hoursPerWeek, Set<DayOfWeek> days,
                               LocalDate availableFrom, LocalDate availableUntil, Qualification qualification,
                               boolean hasVog, boolean hasEmployerConsent) {
    }

    /**
     * One match. {@code distanceKm} null: a postcode is not known; {@code hoursOffered} of
     * {@code vacancy.hoursPerWeek()}; {@code commonDays} of {@code vacancy.days()}; {@code from}–{@code until}: the
     * overlap of both periods.
     */
    public record Fit(Professional professional, HybridVacancies.Vacancy vacancy, Double distanceKm, int hoursOffered,
                      Set<DayOfWeek> commonDays, LocalDate from, LocalDate until, List<RuleCheck> rules,
                      List<Missing> missing, Set<Aspect> noRuleKnown) {

        public int breaks() {
            return (int) rules.stream().filter(r -> r.outcome() == Outcome.BREAKS).count();
        }
    }

    private final HybridProfiles profiles;
    private final HybridVacancies vacancies;
    private final HybridRules rules;
    private final Places places;

    HybridMatches(HybridProfiles profiles, HybridVacancies vacancies, HybridRules rules, Places places) {
        this.profiles = profiles;
        this.vacancies = vacancies;
        this.rules = rules;
        this.places = places;
    }

    /** The professionals that fit the user's own vacancy, fewest broken rules and most hours first. */
    public List<Fit> forVacancy(CurrentUser user, long vacancyId) {
        HybridVacancies.Vacancy vacancy = vacancies.own(user, vacancyId)
                .orElseThrow(() -> new Forbidden("match hybrid-teacher vacancy " + vacancyId));
        return fitsOf(vacancy);
    }

    /** The vacancies that fit the user's company's professional, fewest broken rules and most hours first. */
    public List<Fit> forProfile(CurrentUser user, long profileId) {
        HybridProfiles.Profile profile = profiles.own(user, profileId)
                .orElseThrow(() -> new Forbidden("match hybrid-teacher profile " + profileId));
        if (!profile.active()) {
            return List.of();
        }
        List<Fit> fits = new ArrayList<>();
        for (HybridVacancies.Vacancy vacancy : vacancies.candidates(profile.subjects(), profile.levels(),
                profile.days(), profile.availableFrom(), profile.availableUntil())) {
            fit(vacancy, profile, rules.inForceDuring(vacancy.from(), vacancy.until())).ifPresent(fits::add);
        }
        fits.sort(ORDER);
        return fits;
    }

    List<Fit> fitsOf(HybridVacancies.Vacancy vacancy) {
        if (!vacancy.open()) {
            return List.of();
        }
        List<HybridRules.Rule> inForce = rules.inForceDuring(vacancy.from(), vacancy.until());
        List<Fit> fits = new ArrayList<>();
        for (HybridProfiles.Profile profile : profiles.candidates(vacancy.subject(), vacancy.level(), vacancy.days(),
                vacancy.from(), vacancy.until())) {
            fit(vacancy, profile, inForce).ifPresent(fits::add);
        }
        fits.sort(ORDER);
        return fits;
    }

    private static final Comparator<Fit> ORDER = Comparator.comparingInt(Fit::breaks)
            .thenComparing(Comparator.comparingInt(Fit::hoursOffered).reversed())
            .thenComparing(Comparator.comparingInt((Fit f) -> f.commonDays().size()).reversed())
            .thenComparing(f -> f.distanceKm() == null ? Double.MAX_VALUE : f.distanceKm())
            .thenComparing(f -> f.professional().profileId());

    /** The match of one candidate pair, or empty when the professional lives too far away. */
    private Optional<Fit> fit(HybridVacancies.Vacancy vacancy, HybridProfiles.Profile profile,
                              List<HybridRules.Rule> inForce) {
        Double km = distance(profile.companyPc4(), vacancy.schoolPostcode());
        if (km != null && km > profile.travelKm()) {
            return Optional.empty();
        }
        Set<DayOfWeek> common = EnumSet.noneOf(DayOfWeek.class);
        common.addAll(vacancy.days());
        common.retainAll(profile.days());
        if (common.isEmpty()) {
            return Optional.empty();
        }
        int hours = Math.min(profile.hoursPerWeek(), vacancy.hoursPerWeek());
        LocalDate from = max(vacancy.from(), profile.availableFrom());
        LocalDate until = profile.availableUntil() == null || profile.availableUntil().isAfter(vacancy.until())
                ? vacancy.until() : profile.availableUntil();
        HybridRuleChecks.Result checked = HybridRuleChecks.check(vacancy, profile, hours, common, inForce);
        Professional professional = new Professional(profile.id(), profile.companyName(), profile.companyPlace(),
                profile.expertise(), profile.subjects(), profile.levels(), profile.hoursPerWeek(), profile.days(),
                profile.availableFrom(), profile.availableUntil(), profile.qualification(),
                profile.vogIssuedOn() != null, profile.employerConsentOn() != null);
        return Optional.of(new Fit(professional, vacancy, km == null ? null : Math.round(km * 10) / 10.0, hours,
                common, from, until, checked.checks(), checked.missing(), checked.noRuleKnown()));
    }

    private Double distance(String companyPostcode, String schoolPostcode) {
        Optional<Places.Area> company = places.of(companyPostcode);
        Optional<Places.Area> school = places.of(schoolPostcode);
        if (company.isEmpty() || school.isEmpty()) {
            return null;
        }
        return Places.km(company.get().latitude(), company.get().longitude(), school.get().latitude(),
                school.get().longitude());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
