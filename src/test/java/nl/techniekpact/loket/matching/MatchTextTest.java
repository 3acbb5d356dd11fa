package nl.techniekpact.loket.matching;

import static nl.techniekpact.loket.matching.Offers.listing;
import static nl.techniekpact.loket.matching.Offers.school;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Dutch tokeniser and the IDF-weighted text relevance. */
class MatchTextTest {

    @Test
    void lowerCasesStripsDiacriticsAndDropsStopWordsAndSingleLetters() {
        assertThat(DutchTokens.stems("Een Gastles over ÉNERGIE en de café-robot, groep 7 & 8"))
                .containsExactly("gastles", "energi", "caf", "robot", "groep");
    }

    @Test
    void stemsPluralsAndInflectionsToTheSameStem() {
        assertThat(List.of("lessen", "les", "bedrijven", "bedrijf", "robots", "robot", "huizen", "huis",
                "technische", "technisch", "klassen", "klas", "processen", "proces", "computers", "computer"))
                .extracting(DutchTokens::stem)
                .containsExactly("les", "les", "bedrijf", "bedrijf", "robot", "robot", "huis", "huis",
                        "technisch", "technisch", "klas", "klas", "proces", "proces", "computer", "computer");
    }

    @Test
    void keepsTheFirstWordAsWrittenForEachStem() {
        Map<String, String> stems = DutchTokens.stemsWithWords("Robots! Wij bouwen robots en een robot.");
        assertThat(stems).containsExactly(Map.entry("robot", "Robots"), Map.entry("bouw", "bouwen"));
    }

    @Test
    void aRareSharedWordWeighsMoreThanACommonOne() {
        List<Listing> listings = new ArrayList<>();
        for (int i = 10; i < 60; i++) {
            listings.add(listing(i).north(1).text("Techniek in de klas").build());
        }
        listings.add(listing(1).north(1).text("Techniek: lessen over waterstof").build());
        listings.add(listing(2).north(1).text("Waterstof").build());
        listings.add(listing(3).north(1).text("Techniek").build());
        MatchIndex index = MatchIndex.of(listings);

        List<Match> top = index.top(school().travel(20).text("Techniekles over waterstof en techniek").query(), 3);

        assertThat(top).extracting(Match::listingId).containsExactly(1L, 2L, 3L);
        assertThat(top.get(1).score()).isGreaterThan(top.get(2).score());
    }

    @Test
    void theWeightOfAWordFollowsTheListingsNowInTheIndex() {
        MatchIndex index = MatchIndex.of(List.of(listing(1).text("drones").build(), listing(2).text("lassen").build(),
                listing(3).build()));
        Query query = school().text("drones lassen").query();
        assertThat(index.top(query, 3).get(0).score()).isEqualTo(index.top(query, 3).get(1).score());

        index.upsert(listing(4).text("lassen").build());

        List<Match> after = index.top(query, 3);
        assertThat(after.get(0).listingId()).as("drones is now the rarer word").isEqualTo(1L);
        assertThat(after.get(0).score()).isGreaterThan(after.get(1).score());
    }
}
