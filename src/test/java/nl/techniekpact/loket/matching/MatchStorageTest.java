package nl.techniekpact.loket.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The index's internals: the id map, the grid's reach, and the fast and the full evaluation agreeing. */
class MatchStorageTest {

    @Test
    void theIdMapBehavesAsAHashMapThroughGrowthAndRemovals() {
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(5);
        for (int step = 0; step < 200_000; step++) {
            long key = random.nextInt(5_000) * 7919L - 100_000;
            if (random.nextInt(3) == 0) {
                Integer old = expected.remove(key);
                assertThat(map.remove(key)).isEqualTo(old == null ? LongIntMap.ABSENT : old);
            } else {
                int value = random.nextInt(1 << 20);
                expected.put(key, value);
                map.put(key, value);
            }
        }
        assertThat(map.size()).isEqualTo(expected.size());
        for (long key = -100_000; key < 5_000 * 7919L; key += 7919) {
            assertThat(map.get(key)).isEqualTo(expected.getOrDefault(key, LongIntMap.ABSENT));
        }
    }

    @Test
    void theReachOfAPositionContainsTheCellOfEveryPointWithinReach() {
        Random random = new Random(9);
        for (int q = 0; q < 2_000; q++) {
            double lat = -80 + random.nextDouble() * 160;
            double lon = -180 + random.nextDouble() * 360;
            double reachKm = random.nextDouble() * 300;
            Geo.Reach reach = Geo.Reach.around(lat, lon, reachKm);
            for (int p = 0; p < 50; p++) {
                double pLat = Math.max(-90, Math.min(90, lat + (random.nextDouble() - 0.5) * 8));
                double pLon = lon + (random.nextDouble() - 0.5) * 16;
                pLon = pLon > 180 ? pLon - 360 : pLon < -180 ? pLon + 360 : pLon;
                if (Geo.kmBetweenDegrees(lat, lon, pLat, pLon) <= reachKm) {
                    assertThat(reach.contains(Geo.cellKey(pLat, pLon)))
                            .as("%s,%s within %s km of %s,%s", pLat, pLon, reachKm, lat, lon).isTrue();
                }
            }
        }
    }

    @Test
    void haversineGivesKnownDistances() {
        assertThat(Geo.kmBetweenDegrees(52.371, 4.9041, 52.0884, 5.1175)).isBetween(34.5, 35.0);
        assertThat(Geo.kmBetweenDegrees(0, 0, 0, 180)).isEqualTo(Math.PI * Geo.EARTH_RADIUS_KM, org.assertj.core.api
                .Assertions.within(1e-6));
    }

    @Test
    void theScanAndTheExplanationReachTheSameVerdictAndScore() {
        RandomListings random = new RandomListings(13);
        List<Listing> listings = random.listings(2_000);
        MatchIndex index = MatchIndex.of(listings);
        Dictionary subjects = new Dictionary();
        Dictionary tokens = new Dictionary();
        Chunk.Builder builder = new Chunk.Builder();
        listings.subList(0, Chunk.CAPACITY).forEach(l -> builder.add(Row.of(l, subjects, tokens)));
        Chunk chunk = builder.build();
        for (int q = 0; q < 100; q++) {
            Query query = random.query();
            QueryPlan plan = new QueryPlan(query, SnapshotEditor.bulk(List.of()), subjects, tokens);
            for (int i = 0; i < chunk.size; i++) {
                double fast = plan.evaluate(chunk, i, Double.NEGATIVE_INFINITY);
                Explanation full = Reasons.explain(plan, chunk, i);
                assertThat(full.eligible()).as("listing %s for %s", chunk.ids[i], query).isEqualTo(fast == fast);
                if (fast == fast) {
                    assertThat(full.match().score()).isEqualTo(fast);
                    assertThat(full.match().distanceKm()).isEqualTo(plan.distance);
                }
            }
            assertThat(index.explain(query, listings.get(q).id())).isPresent();
        }
    }
}
