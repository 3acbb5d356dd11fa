package nl.techniekpact.loket.matching;

import static nl.techniekpact.loket.matching.Offers.listing;
import static nl.techniekpact.loket.matching.Offers.school;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Readers query while one writer changes the index. Each query must see one consistent snapshot: the listings
 * that never change are always there, every answer is sorted, and no listing appears twice. No sleeping: the
 * threads start together on a latch and the readers run until the writer is done.
 */
class MatchConcurrencyTest {

    @Test
    void readersSeeConsistentSnapshotsWhileOneWriterChangesTheIndex() throws Exception {
        List<Listing> stable = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            stable.add(listing(i).north(i * 0.1).text("vaste gastles techniek").build());
        }
        MatchIndex index = MatchIndex.of(stable);
        Query query = school().travel(40).text("gastles").query();
        RandomListings random = new RandomListings(11);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            Future<Integer> writer = threads.submit(() -> {
                start.await();
                try {
                    for (int step = 0; step < 4_000; step++) {
                        long id = 1_000 + step % 300;
                        if (step % 5 == 4) {
                            index.remove(id);
                        } else {
                            Listing moving = random.listing(id);
                            index.upsert(step % 2 == 0 ? moving
                                    : listing(id).north(step % 30).places(step % 3 - 1).text("gastles").build());
                        }
                    }
                    return index.size();
                } finally {
                    writing.set(false);
                }
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(threads.submit(() -> {
                    start.await();
                    int queries = 0;
                    do {
                        List<Match> matches = index.top(query, 400);
                        List<Long> ids = matches.stream().map(Match::listingId).toList();
                        assertThat(ids).doesNotHaveDuplicates();
                        assertThat(ids).containsAll(stable.stream().map(Listing::id).toList());
                        for (int k = 1; k < matches.size(); k++) {
                            assertThat(matches.get(k - 1).score()).isGreaterThanOrEqualTo(matches.get(k).score());
                        }
                        queries++;
                    } while (writing.get() || queries < 10);
                    return queries;
                }));
            }
            start.countDown();
            int size = writer.get(2, TimeUnit.MINUTES);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(2, TimeUnit.MINUTES)).isGreaterThanOrEqualTo(10);
            }
            assertThat(size).isEqualTo(index.size()).isBetween(50, 350);
            assertThat(index.top(query, 1_000)).hasSizeLessThanOrEqualTo(size);
        } finally {
            threads.shutdownNow();
        }
    }
}
