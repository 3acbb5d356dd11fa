package nl.techniekpact.loket.matching;

import static nl.techniekpact.loket.matching.Offers.listing;
import static nl.techniekpact.loket.matching.Offers.school;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The index as a whole: its answers equal the documented rules computed the slow way, and changes show at once. */
class MatchIndexTest {

    private static List<Long> ids(List<Match> matches) {
        return matches.stream().map(Match::listingId).toList();
    }

    private static void assertSameAsReference(MatchIndex index, ReferenceMatcher reference, Query query, int n) {
        List<Match> fast = index.top(query, n);
        List<ReferenceMatcher.Scored> slow = reference.top(query, n);
        assertThat(ids(fast)).as("ids for %s", query).isEqualTo(slow.stream().map(ReferenceMatcher.Scored::id).toList());
        for (int k = 0; k < fast.size(); k++) {
            assertThat(fast.get(k).score()).isCloseTo(slow.get(k).score(), within(1e-9));
            assertThat(fast.get(k).distanceKm()).isCloseTo(slow.get(k).distanceKm(), within(1e-6));
        }
    }

    @Test
    void answersWhatTheRulesComputedOverEveryListingAnswer() {
        RandomListings random = new RandomListings(42);
        List<Listing> listings = random.listings(3_000);
        MatchIndex index = MatchIndex.of(listings);
        ReferenceMatcher reference = new ReferenceMatcher(listings);
        for (int q = 0; q < 200; q++) {
            assertSameAsReference(index, reference, random.query(), 10);
        }
        assertSameAsReference(index, reference, random.query(), 100_000);
    }

    @Test
    void afterUpsertsAndRemovesAnswersAsAFreshIndexOfTheSameListings() {
        RandomListings random = new RandomListings(7);
        Map<Long, Listing> current = new LinkedHashMap<>();
        MatchIndex index = new MatchIndex();
        Random choice = new Random(7);
        for (int step = 0; step < 3_000; step++) {
            long id = 1 + choice.nextInt(800);
            if (choice.nextInt(4) == 0) {
                assertThat(index.remove(id)).isEqualTo(current.remove(id) != null);
            } else {
                Listing listing = random.listing(id);
                index.upsert(listing);
                current.put(id, listing);
            }
        }
        assertThat(index.size()).isEqualTo(current.size());
        MatchIndex fresh = MatchIndex.of(current.values());
        ReferenceMatcher reference = new ReferenceMatcher(current.values());
        for (int q = 0; q < 100; q++) {
            Query query = random.query();
            assertSameAsReference(index, reference, query, 10);
            assertThat(index.top(query, 10)).isEqualTo(fresh.top(query, 10));
        }
    }

    @Test
    void anUpsertIsVisibleToTheNextQueryAndReplacesTheOldVersionWhereverItMoved() {
        MatchIndex index = MatchIndex.of(List.of(listing(1).north(5).build(), listing(2).north(10).build()));
        Query query = school().travel(30).query();
        assertThat(ids(index.top(query, 10))).containsExactly(1L, 2L);

        index.upsert(listing(3).north(1).build());
        assertThat(ids(index.top(query, 10))).containsExactly(3L, 1L, 2L);

        index.upsert(listing(1).north(200).build());
        assertThat(ids(index.top(query, 10))).containsExactly(3L, 2L);
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.explain(query, 1).orElseThrow().match().distanceKm()).isCloseTo(200, within(0.5));

        assertThat(index.remove(3)).isTrue();
        assertThat(index.remove(3)).isFalse();
        assertThat(ids(index.top(query, 10))).containsExactly(2L);
        assertThat(index.explain(query, 3)).isEmpty();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void aRepeatedIdInTheBulkInputKeepsTheLastVersion() {
        MatchIndex index = MatchIndex.of(List.of(listing(1).north(5).build(), listing(2).north(6).build(),
                listing(1).north(50).build()));

        assertThat(index.size()).isEqualTo(2);
        assertThat(ids(index.top(school().travel(30).query(), 10))).containsExactly(2L);
    }

    @Test
    void returnsAtMostNBestFirstAndFillsChunksBeyondOneThousand() {
        List<Listing> listings = new ArrayList<>();
        for (int i = 1; i <= 3_000; i++) {
            listings.add(listing(i).north(i / 1000.0).build());
        }
        MatchIndex bulk = MatchIndex.of(listings);
        MatchIndex oneByOne = new MatchIndex();
        listings.forEach(oneByOne::upsert);
        Query query = school().travel(10).query();

        assertThat(ids(bulk.top(query, 3))).containsExactly(1L, 2L, 3L);
        assertThat(bulk.top(query, 5000)).hasSize(3_000).isEqualTo(oneByOne.top(query, 5000));
    }

    @Test
    void findsListingsInNeighbouringCellsAcrossTheGridLines() {
        MatchIndex index = MatchIndex.of(List.of(
                listing(1).at(52.2499, 5.2499).build(), listing(2).at(52.2501, 5.2501).build(),
                listing(3).at(52.2501, 5.2499).build(), listing(4).at(52.2499, 5.2501).build()));

        assertThat(index.top(new Offers.L(0).at(52.25, 5.25).travel(1).query(), 10)).hasSize(4);

        Random random = new Random(3);
        List<Listing> onGridLines = new ArrayList<>();
        for (int i = 1; i <= 2_000; i++) {
            double lat = 51 + 0.25 * random.nextInt(8) + random.nextGaussian() * 0.01;
            double lon = 4 + 0.25 * random.nextInt(8) + random.nextGaussian() * 0.01;
            onGridLines.add(listing(i).at(lat, lon).travel(5 + random.nextInt(30)).build());
        }
        MatchIndex grid = MatchIndex.of(onGridLines);
        ReferenceMatcher reference = new ReferenceMatcher(onGridLines);
        for (int q = 0; q < 100; q++) {
            double lat = 51 + 0.25 * random.nextInt(8) + random.nextGaussian() * 0.02;
            double lon = 4 + 0.25 * random.nextInt(8) + random.nextGaussian() * 0.02;
            assertSameAsReference(grid, reference, new Offers.L(0).at(lat, lon).travel(random.nextInt(40)).query(),
                    10_000);
        }
    }

    @Test
    void passesOverWholeChunksOnlyWhenNoneOfTheirListingsCouldMatch() {
        RandomListings random = new RandomListings(21);
        Random place = new Random(21);
        List<Listing> crowded = new ArrayList<>();
        for (Listing l : random.listings(6_000)) {
            crowded.add(new Listing(l.id(), l.ownerId(), 52.01 + place.nextDouble() * 0.2,
                    5.01 + place.nextDouble() * 0.2, l.travelKm(), l.types(), l.levels(), l.subjects(), l.venues(),
                    l.from(), l.until(), l.placesLeft(), l.text()));
        }
        MatchIndex index = MatchIndex.of(crowded);
        ReferenceMatcher reference = new ReferenceMatcher(crowded);
        for (int q = 0; q < 150; q++) {
            Query r = random.query();
            Query near = new Query(52.1, 5.1, r.travelKm(), r.types(), r.levels(), r.subjects(), r.venues(), r.from(),
                    r.until(), r.blocked(), r.text(), r.filters());
            assertSameAsReference(index, reference, near, 10);
        }
    }
}
