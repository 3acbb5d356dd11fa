package nl.techniekpact.bench;

import static nl.techniekpact.bench.BenchSettings.log;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import nl.techniekpact.loket.matching.DateRange;
import nl.techniekpact.loket.matching.Listing;
import nl.techniekpact.loket.matching.Match;
import nl.techniekpact.loket.matching.MatchIndex;
import nl.techniekpact.loket.matching.Query;
import nl.techniekpact.loket.matching.Venue;

/**
 * The Loket matching benchmark (a program, never run by the test suite): top-10 matches for schools' requests
 * with filters among 100,000 and 1,000,000 generated offers ({@link LoketListings}), from the in-memory
 * {@link MatchIndex} and from the plain PostgreSQL statement ({@link LoketSql}) on the product's embedded server,
 * the same requests to both, alternating, one thread. Before timing, the number of eligible offers of both is
 * compared for some requests. Results go to {@code target/bench-loket/results.md}; no timing is an assertion.
 *
 * <p>Run (JDK ≥ 21): {@code ./mvnw -q test-compile && ./mvnw -q dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt && java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * nl.techniekpact.bench.LoketMatchBenchmark}. Options: {@code -Dbench.sizes=100000,1000000},
 * {@code -Dbench.queries=500}, {@code -Dbench.warmup=100}, {@code -Dbench.checks=30}, {@code -Dbench.dir},
 * {@code -Dbench.quietWait=300} (seconds to wait for other processes to use less than a quarter of a core).
 */
public final class LoketMatchBenchmark {

    static final Path WORK = Path.of(System.getProperty("bench.dir", "target/bench-loket"));
    static final int QUERIES = Integer.getInteger("bench.queries", 500);
    static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    static final int CHECKS = Integer.getInteger("bench.checks", 30);
    static final int WRITES = Integer.getInteger("bench.writes", 1000);
    static final int QUIET_WAIT = Integer.getInteger("bench.quietWait", 300);
    static final double QUIET_PERCENT = 25;
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final List<Integer> SIZES = Arrays.stream(System.getProperty("bench.sizes", "100000,1000000").split(","))
            .map(String::trim).map(Integer::valueOf).toList();

    private LoketMatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(WORK);
        LoketPlaces places = LoketPlaces.load();
        LoketListings data = new LoketListings(places);
        SplittableRandom random = new SplittableRandom(LoketListings.SEED + 1);
        List<Query> requests = new ArrayList<>();
        for (int i = 0; i < WARMUP + QUERIES; i++) {
            requests.add(data.request(random));
        }
        StringBuilder report = new StringBuilder();
        StringBuilder explain = new StringBuilder();
        try (LoketPostgres pg = LoketPostgres.start(WORK.resolve("pg"))) {
            report.append(header(pg, requests));
            for (int size : SIZES) {
                String table = "loket_offer_" + size;
                LoketPostgres.Load load = pg.ensureLoaded(table, size, data);
                long before = usedHeap();
                long t0 = System.nanoTime();
                MatchIndex index = MatchIndex.of(data.offers(size));
                double buildSeconds = (System.nanoTime() - t0) / 1e9;
                long heap = usedHeap() - before;
                log("engine index of %,d offers built in %.1f s, %,d MB heap", size, buildSeconds, heap >> 20);
                LoketSql sql = new LoketSql(pg.connection, table);
                String checks = check(index, sql, requests.subList(WARMUP, WARMUP + CHECKS));
                for (Query q : requests.subList(0, WARMUP)) {
                    index.top(q, 10);
                    read(sql.bind(LoketSql.Kind.TOP, q));
                }
                LoketCpu cpu = new LoketCpu(backendPid(pg));
                double quiet = cpu.awaitQuiet(QUIET_PERCENT, QUIET_WAIT);
                long[] engine = new long[QUERIES];
                long[] engineCpu = new long[QUERIES];
                long[] postgres = new long[QUERIES];
                cpu.start();
                for (int i = 0; i < QUERIES; i++) {
                    Query q = requests.get(WARMUP + i);
                    if (i % 2 == 0) {
                        timeEngine(index, q, engine, engineCpu, i);
                        postgres[i] = timePostgres(sql, q);
                    } else {
                        postgres[i] = timePostgres(sql, q);
                        timeEngine(index, q, engine, engineCpu, i);
                    }
                }
                String machine = String.format(Locale.ROOT, "other processes used %.0f %% of one core while "
                        + "measuring (%.0f %% in the 5 s before); PostgreSQL backend CPU %.2f ms per request on "
                        + "average", cpu.otherPercent(), quiet, cpu.backendMs() / QUERIES);
                explain.append(explain(sql, table, requests.get(WARMUP)))
                        .append(explain(sql, table, requests.stream().skip(WARMUP)
                                .filter(q -> q.venues().contains(Venue.ONLINE)).findFirst().orElseThrow()));
                report.append(section(size, load, buildSeconds, heap, checks + "; " + machine, engine, engineCpu,
                        postgres, requests)).append(writes(index, data, size)).append("\n\n");
                log("%,d offers: engine p95 %.2f ms, PostgreSQL p95 %.2f ms", size, percentile(engine, 0.95) / 1e6,
                        percentile(postgres, 0.95) / 1e6);
            }
        }
        Files.writeString(WORK.resolve("results.md"), report);
        Files.writeString(WORK.resolve("explain.txt"), explain);
        System.out.println(report);
    }

    private static void timeEngine(MatchIndex index, Query q, long[] wall, long[] cpu, int i) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<Match> matches = index.top(q, 10);
        wall[i] = System.nanoTime() - t0;
        cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
        if (matches.size() > 10) {
            throw new IllegalStateException("more than 10 matches");
        }
    }

    /**
     * Single writes on the full index, while no query runs: {@code WRITES} upserts that move an existing offer
     * (it becomes another generated offer, elsewhere), then as many removals and re-inserts.
     */
    private static String writes(MatchIndex index, LoketListings data, int size) {
        SplittableRandom random = new SplittableRandom(LoketListings.SEED + 2);
        long[] upserts = new long[WRITES];
        long[] removes = new long[WRITES];
        for (int i = 0; i < WRITES; i++) {
            long id = 1 + random.nextInt(size);
            Listing moved = data.offer(1 + random.nextInt(size));
            moved = new Listing(id, moved.ownerId(), moved.latitude(),
                    moved.longitude(), moved.travelKm(), moved.types(), moved.levels(), moved.subjects(),
                    moved.venues(), moved.from(), moved.until(), moved.placesLeft(), moved.text());
            long t0 = System.nanoTime();
            index.upsert(moved);
            upserts[i] = System.nanoTime() - t0;
        }
        for (int i = 0; i < WRITES; i++) {
            long id = 1 + random.nextInt(size);
            long t0 = System.nanoTime();
            index.remove(id);
            removes[i] = System.nanoTime() - t0;
            index.upsert(data.offer(id));
        }
        return String.format(Locale.ROOT, "Writes (%d each, one at a time, no query running): upsert p50 %.3f ms, "
                        + "p95 %.3f ms; remove p50 %.3f ms, p95 %.3f ms.", WRITES, percentile(upserts, 0.5) / 1e6,
                percentile(upserts, 0.95) / 1e6, percentile(removes, 0.5) / 1e6, percentile(removes, 0.95) / 1e6);
    }

    private static long backendPid(LoketPostgres pg) throws SQLException {
        try (var s = pg.connection.createStatement(); ResultSet r = s.executeQuery("select pg_backend_pid()")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long timePostgres(LoketSql sql, Query q) throws SQLException {
        long t0 = System.nanoTime();
        read(sql.bind(LoketSql.Kind.TOP, q));
        return System.nanoTime() - t0;
    }

    private static List<Long> read(PreparedStatement statement) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    /** Eligible offers of both engines for the same requests, and how many of the top 10 they share. */
    private static String check(MatchIndex index, LoketSql sql, List<Query> requests) throws SQLException {
        int equalCounts = 0;
        long eligible = 0;
        int shared = 0;
        int compared = 0;
        for (Query q : requests) {
            int engineCount = index.top(q, Integer.MAX_VALUE).size();
            long pgCount;
            try (ResultSet r = sql.bind(LoketSql.Kind.COUNT, q).executeQuery()) {
                r.next();
                pgCount = r.getLong(1);
            }
            equalCounts += engineCount == pgCount ? 1 : 0;
            if (engineCount != pgCount) {
                log("eligible offers differ: engine %d, PostgreSQL %d for %s", engineCount, pgCount, q);
            }
            eligible += engineCount;
            Set<Long> engineTop = new HashSet<>(index.top(q, 10).stream().map(Match::listingId).toList());
            List<Long> pgTop = read(sql.bind(LoketSql.Kind.TOP, q));
            shared += (int) pgTop.stream().filter(engineTop::contains).count();
            compared += Math.min(10, Math.max(engineTop.size(), pgTop.size()));
        }
        return String.format(Locale.ROOT, "eligible offers equal for %d of %d requests (mean %,d per request); "
                        + "top 10 shared: %d of %d ids (%.0f %%; the text part differs: IDF share against ts_rank)",
                equalCounts, requests.size(), eligible / requests.size(), shared, compared, 100.0 * shared / compared);
    }

    private static String explain(LoketSql sql, String table, Query q) throws SQLException {
        StringBuilder plan = new StringBuilder("-- " + table + (q.venues().contains(Venue.ONLINE) ? ", online" : "")
                + "\n");
        try (ResultSet r = sql.bind(LoketSql.Kind.EXPLAIN, q).executeQuery()) {
            while (r.next()) {
                plan.append(r.getString(1)).append('\n');
            }
        }
        return plan.append('\n').toString();
    }

    /** Blocked ranges sorted and merged, so the SQL can subtract them without counting a day twice. */
    static List<DateRange> merged(List<DateRange> blocked) {
        List<DateRange> sorted = blocked.stream().sorted(Comparator.comparing(DateRange::from)).toList();
        List<DateRange> merged = new ArrayList<>();
        for (DateRange r : sorted) {
            DateRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !r.from().isAfter(last.until().plusDays(1))) {
                merged.set(merged.size() - 1, new DateRange(last.from(),
                        r.until().isAfter(last.until()) ? r.until() : last.until()));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    private static String header(LoketPostgres pg, List<Query> requests) throws SQLException {
        long online = requests.stream().skip(WARMUP).filter(q -> q.venues().contains(Venue.ONLINE)).count();
        long places = requests.stream().skip(WARMUP).filter(q -> q.filters().onlyWithPlaces()).count();
        long maxKm = requests.stream().skip(WARMUP).filter(q -> q.filters().maxDistanceKm() != null).count();
        long levels = requests.stream().skip(WARMUP).filter(q -> !q.filters().levels().isEmpty()).count();
        return String.format(Locale.ROOT, """
                # Loket matching benchmark
                
                JVM %s, max heap %,d MB, %d processors; PostgreSQL %s; requests: %d measured after %d warm-up, \
                %d accept online, %d only with places, %d with a maximum distance, %d with a level filter (all \
                with a type filter)
                
                """, Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), pg.settings(), QUERIES, WARMUP, online, places, maxKm,
                levels);
    }

    private static String section(int size, LoketPostgres.Load load, double buildSeconds, long heap, String checks,
                                  long[] engine, long[] engineCpu, long[] postgres, List<Query> requests) {
        long[] engineOnline = subset(engine, requests, true);
        long[] engineNear = subset(engine, requests, false);
        long[] pgOnline = subset(postgres, requests, true);
        long[] pgNear = subset(postgres, requests, false);
        return String.format(Locale.ROOT, """
                ## %,d offers
                
                engine: built in %.1f s, ≈ %,d MB of heap; PostgreSQL: COPY %.1f s, indexes and ANALYZE %.1f s%s, \
                table %s, indexes %s; %s
                
                | engine | requests | p50 ms | p95 ms | p99 ms | max ms |
                |---|---:|---:|---:|---:|---:|
                %s
                %s
                %s
                %s
                %s
                %s
                %s
                
                """, size, buildSeconds, heap >> 20, load.copySeconds(), load.indexSeconds(),
                load.reused() ? " (loaded in an earlier run)" : "", load.tableSize(), load.indexSize(), checks,
                row("MatchIndex, all", engine), row("MatchIndex, all, CPU time of the thread", engineCpu),
                row("PostgreSQL, all", postgres),
                row("MatchIndex, accepting online", engineOnline), row("PostgreSQL, accepting online", pgOnline),
                row("MatchIndex, in person only", engineNear), row("PostgreSQL, in person only", pgNear));
    }

    private static long[] subset(long[] times, List<Query> requests, boolean online) {
        List<Long> picked = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            if (requests.get(WARMUP + i).venues().contains(Venue.ONLINE) == online) {
                picked.add(times[i]);
            }
        }
        return picked.stream().mapToLong(Long::longValue).toArray();
    }

    private static String row(String name, long[] times) {
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |", name, times.length,
                percentile(times, 0.50) / 1e6, percentile(times, 0.95) / 1e6, percentile(times, 0.99) / 1e6,
                percentile(times, 1.0) / 1e6);
    }

    /** Nearest-rank percentile. */
    static double percentile(long[] times, double p) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
