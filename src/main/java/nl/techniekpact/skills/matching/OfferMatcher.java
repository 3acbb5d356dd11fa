package nl.techniekpact.skills.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Fits published vacancies and trainings to a profile (stateless). A vacancy's fit is the weighted share of its
 * skills the profile has, weighed as {@link WorkMatcher} weighs an occupation's: a skill's specificity weight
 * (a skill with no known weight counts 1), essential fully, optional half. Only vacancies that share at least one
 * skill and reach {@code minimum} are proposed, best first. A training closes a gap when it teaches one or more of
 * the missing skills; trainings that close more of them come first.
 */
public final class OfferMatcher {

    private OfferMatcher() {
    }

    public record OfferSkill(String uri, boolean essential) {
    }

    /** A published vacancy or training with its skills. */
    public record Offer(long id, List<OfferSkill> skills) {
    }

    /** @param fit the weighted share of the vacancy's skills the profile has (0–1) */
    public record Fit(long id, double fit, List<OfferSkill> shared, List<OfferSkill> missing) {
    }

    /** @param closes the missing skills this training teaches, in the order of the gap */
    public record Closing(long id, List<String> closes) {
    }

    public static List<Fit> vacancies(Collection<Offer> offers, Collection<String> profileSkills,
                                      ToDoubleFunction<String> weight, double minimum, int limit) {
        Set<String> has = new HashSet<>(profileSkills);
        List<Fit> fits = new ArrayList<>();
        for (Offer offer : offers) {
            double total = 0;
            double got = 0;
            List<OfferSkill> shared = new ArrayList<>();
            List<OfferSkill> missing = new ArrayList<>();
            for (OfferSkill s : offer.skills()) {
                double w = weight.applyAsDouble(s.uri());
                double counted = (w > 0 ? w : 1) * (s.essential() ? 1 : WorkMatcher.OPTIONAL);
                total += counted;
                if (has.contains(s.uri())) {
                    got += counted;
                    shared.add(s);
                } else {
                    missing.add(s);
                }
            }
            double fit = total == 0 ? 0 : got / total;
            if (!shared.isEmpty() && fit >= minimum) {
                fits.add(new Fit(offer.id(), fit, List.copyOf(shared), List.copyOf(missing)));
            }
        }
        fits.sort(Comparator.comparingDouble(Fit::fit).reversed().thenComparingLong(Fit::id));
        return List.copyOf(fits.subList(0, Math.min(Math.max(0, limit), fits.size())));
    }

    public static List<Closing> trainings(Collection<Offer> trainings, List<String> gap, int limit) {
        List<Closing> closing = new ArrayList<>();
        for (Offer training : trainings) {
            Set<String> teaches = new HashSet<>();
            training.skills().forEach(s -> teaches.add(s.uri()));
            List<String> closes = gap.stream().distinct().filter(teaches::contains).toList();
            if (!closes.isEmpty()) {
                closing.add(new Closing(training.id(), closes));
            }
        }
        closing.sort(Comparator.comparingInt((Closing c) -> -c.closes().size()).thenComparingLong(Closing::id));
        return List.copyOf(closing.subList(0, Math.min(Math.max(0, limit), closing.size())));
    }
}
