package nl.techniekpact.skills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.loket.Companies;
import nl.techniekpact.loket.Schools;
import nl.techniekpact.skills.internal.MatchEngineHolder;
import nl.techniekpact.skills.matching.OfferMatcher;
import nl.techniekpact.skills.matching.WorkMatch;
import org.springframework.stereotype.Service;

/**
 * For the signed-in user's own profile: the published vacancies that fit (see {@link OfferMatcher}), and for the
 * gaps of the best-fitting occupations the published trainings that teach one or more of the missing skills.
 */
@Service
public class OfferMatches {

    public static final int MAX_VACANCIES = 20;
    public static final int TOP_OCCUPATIONS = 5;
    public static final int MAX_TRAININGS = 20;
    static final double MINIMUM_FIT = 0.1;

    public record Label(String label, String lang) {
    }

    public record VacancyFit(SkillOffers.Offer offer, String owner, int fitPercent, List<Label> shared,
                             List<Label> missing) {
    }

    /** @param occupation the label of the fitting occupation whose gap it closes */
    public record TrainingFit(SkillOffers.Offer offer, String owner, Label occupation, List<Label> closes) {
    }

    public record Result(List<VacancyFit> vacancies, List<TrainingFit> trainings) {
    }

    private final SkillProfiles profiles;
    private final SkillOffers offers;
    private final MatchEngineHolder engines;
    private final Companies companies;
    private final Schools schools;

    OfferMatches(SkillProfiles profiles, SkillOffers offers, MatchEngineHolder engines, Companies companies,
                 Schools schools) {
        this.profiles = profiles;
        this.offers = offers;
        this.engines = engines;
        this.companies = companies;
        this.schools = schools;
    }

    public Result forProfile(CurrentUser user, String lang) {
        SkillProfiles.Uris uris = profiles.uris(user);
        if (uris.skills().isEmpty() && uris.occupations().isEmpty()) {
            return new Result(List.of(), List.of());
        }
        MatchEngineHolder.Engine engine = engines.engine();
        List<VacancyFit> vacancies = new ArrayList<>();
        for (OfferMatcher.Fit fit : OfferMatcher.vacancies(offers.publishedForMatching(SkillOffers.Kind.VACANCY),
                uris.skills(), engine.matcher()::weightOf, MINIMUM_FIT, MAX_VACANCIES)) {
            SkillOffers.Offer offer = offers.publishedOne(SkillOffers.Kind.VACANCY, fit.id(), lang);
            vacancies.add(new VacancyFit(offer, ownerName(SkillOffers.Kind.VACANCY, offer.ownerId()),
                    (int) Math.round(fit.fit() * 100), labels(fit.shared().stream().map(OfferMatcher.OfferSkill::uri)
                    .toList(), engine, lang), labels(fit.missing().stream().map(OfferMatcher.OfferSkill::uri).toList(),
                    engine, lang)));
        }
        List<OfferMatcher.Offer> trainings = offers.publishedForMatching(SkillOffers.Kind.TRAINING);
        List<TrainingFit> closing = new ArrayList<>();
        Set<Long> shown = new HashSet<>();
        if (!trainings.isEmpty()) {
            for (WorkMatch m : engine.matcher().match(uris.occupations(), uris.skills(), TOP_OCCUPATIONS)) {
                List<String> gap = m.gap().stream().map(WorkMatch.Skill::uri).toList();
                for (OfferMatcher.Closing c : OfferMatcher.trainings(trainings, gap, MAX_TRAININGS)) {
                    if (shown.add(c.id()) && closing.size() < MAX_TRAININGS) {
                        SkillOffers.Offer offer = offers.publishedOne(SkillOffers.Kind.TRAINING, c.id(), lang);
                        closing.add(new TrainingFit(offer, ownerName(SkillOffers.Kind.TRAINING, offer.ownerId()),
                                labels(List.of(m.uri()), engine, lang).get(0), labels(c.closes(), engine, lang)));
                    }
                }
            }
        }
        return new Result(List.copyOf(vacancies), List.copyOf(closing));
    }

    /** The name of the company or school that owns an offer (public in the Loket). */
    public String ownerName(SkillOffers.Kind kind, long ownerId) {
        return kind == SkillOffers.Kind.VACANCY
                ? companies.byId(ownerId).map(Companies.Company::name).orElse("")
                : schools.byId(ownerId).map(Schools.School::name).orElse("");
    }

    /** Owner names for a list of offers. */
    public Map<Long, String> ownerNames(SkillOffers.Kind kind, List<SkillOffers.Offer> list) {
        Map<Long, String> names = new HashMap<>();
        list.forEach(o -> names.computeIfAbsent(o.ownerId(), id -> ownerName(kind, id)));
        return names;
    }

    private static List<Label> labels(List<String> uris, MatchEngineHolder.Engine engine, String lang) {
        return uris.stream().map(u -> {
            var names = engine.names().get(u);
            return new Label(SkillProfiles.label(names, lang, u), SkillProfiles.lang(names, lang));
        }).toList();
    }
}
