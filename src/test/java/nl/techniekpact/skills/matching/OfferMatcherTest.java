package nl.techniekpact.skills.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OfferMatcherTest {

    static OfferMatcher.OfferSkill e(String uri) {
        return new OfferMatcher.OfferSkill(uri, true);
    }

    static OfferMatcher.OfferSkill o(String uri) {
        return new OfferMatcher.OfferSkill(uri, false);
    }

    @Test
    void weighsSharedSkillsBySpecificityAndEssentialFirst() {
        Map<String, Double> weights = Map.of("rare", 3.0, "common", 1.0, "opt", 2.0);
        var a = new OfferMatcher.Offer(1, List.of(e("rare"), e("common")));
        var b = new OfferMatcher.Offer(2, List.of(e("rare"), e("common")));
        var c = new OfferMatcher.Offer(3, List.of(e("other")));
        var d = new OfferMatcher.Offer(4, List.of(e("common"), o("opt")));
        List<OfferMatcher.Fit> fits = OfferMatcher.vacancies(List.of(d, c, b, a), List.of("rare", "opt"),
                s -> weights.getOrDefault(s, 0.0), 0, 10);
        assertThat(fits).extracting(OfferMatcher.Fit::id).containsExactly(1L, 2L, 4L);
        assertThat(fits.get(0).fit()).isEqualTo(0.75);
        assertThat(fits.get(0).shared()).containsExactly(e("rare"));
        assertThat(fits.get(0).missing()).containsExactly(e("common"));
        assertThat(fits.get(2).fit()).as("optional counts half: 1 of 1 + 1").isEqualTo(0.5);
    }

    @Test
    void unknownWeightsCountOneAndMinimumAndLimitApply() {
        var a = new OfferMatcher.Offer(1, List.of(e("x"), e("y"), e("z"), e("w")));
        var b = new OfferMatcher.Offer(2, List.of(e("x"), e("y")));
        assertThat(OfferMatcher.vacancies(List.of(a, b), List.of("x"), s -> 0, 0.3, 10))
                .extracting(OfferMatcher.Fit::id).containsExactly(2L);
        assertThat(OfferMatcher.vacancies(List.of(a, b), List.of("x"), s -> 0, 0, 1)).hasSize(1);
        assertThat(OfferMatcher.vacancies(List.of(a), List.of(), s -> 0, 0, 10)).isEmpty();
    }

    @Test
    void trainingsThatCloseMoreOfTheGapComeFirst() {
        var one = new OfferMatcher.Offer(1, List.of(e("solder")));
        var two = new OfferMatcher.Offer(2, List.of(o("weld"), e("solder")));
        var none = new OfferMatcher.Offer(3, List.of(e("paint")));
        List<OfferMatcher.Closing> closing = OfferMatcher.trainings(List.of(one, two, none), List.of("weld", "solder"), 5);
        assertThat(closing).extracting(OfferMatcher.Closing::id).containsExactly(2L, 1L);
        assertThat(closing.get(0).closes()).containsExactly("weld", "solder");
    }
}
