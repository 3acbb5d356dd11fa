package nl.techniekpact.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import nl.techniekpact.importers.CsvTable;
import nl.techniekpact.importers.SourceFile;
import nl.techniekpact.skills.matching.EscoGraph;
import nl.techniekpact.skills.matching.WorkMatch;
import nl.techniekpact.skills.matching.WorkMatcher;

/**
 * The work-to-work matching benchmark (a program, never run by the test suite): the top 20 occupations for a profile,
 * over all ESCO occupations of the bundled files (v1.1, with their ISCO groups, v1.0's occupation and skill
 * hierarchies, skill–skill relations and ICT collection), once without occupation–skill relations (as shipped) and
 * once with synthetic ones — ESCO's relations file is not bundled, so every occupation gets {@code bench.essential}
 * essential and as many optional skills drawn from the real skills with a skew (a few skills are asked for by
 * many occupations, most by few), seeded. Profiles: 1–3 occupations held and 10–60 skills, half from those
 * occupations' skills and half anywhere. One thread, wall time per call; no timing is an assertion.
 *
 * <p>Run (JDK ≥ 21): {@code ./mvnw -q test-compile && ./mvnw -q dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt && java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * nl.techniekpact.bench.WorkMatchBenchmark}. Options {@code -Dbench.queries=2000}, {@code -Dbench.warmup=500},
 * {@code -Dbench.essential=15}. Results go to {@code target/bench-work-match/results.md}.
 */
public final class WorkMatchBenchmark {

    static final Path DATA = Path.of("src/main/resources/open-data");
    static final Path WORK = Path.of(System.getProperty("bench.dir", "target/bench-work-match"));
    static final int QUERIES = Integer.getInteger("bench.queries", 2000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 500);
    static final int ESSENTIAL = Integer.getInteger("bench.essential", 15);
    static final long SEED = 20261202L;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private WorkMatchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<EscoGraph.Occupation> occupations = new ArrayList<>();
        read("esco-v1.1-occupations-nl/occupations_nl.csv.gz", (c, r) -> occupations.add(
                new EscoGraph.Occupation(r.get(c.indexOf("conceptUri")), r.get(c.indexOf("iscoGroup")))));
        List<String> skills = new ArrayList<>();
        read("esco-v1.0-skills-en-us/skills_en-us.csv.gz", (c, r) -> skills.add(r.get(c.indexOf("conceptUri"))));
        List<EscoGraph.Link> occBroader = new ArrayList<>();
        read("esco-v1.0-nl-hierarchy-collections/broaderRelationsOccPillar.csv.gz", (c, r) -> occBroader.add(
                new EscoGraph.Link(r.get(c.indexOf("conceptUri")), r.get(c.indexOf("broaderUri")), false)));
        List<EscoGraph.Link> skillBroader = new ArrayList<>();
        read("esco-v1.0-nl-hierarchy-collections/broaderRelationsSkillPillar.csv.gz", (c, r) -> skillBroader.add(
                new EscoGraph.Link(r.get(c.indexOf("conceptUri")), r.get(c.indexOf("broaderUri")), false)));
        List<EscoGraph.Link> related = new ArrayList<>();
        read("esco-v1.0-nl-hierarchy-collections/skillSkillRelations.csv.gz", (c, r) -> related.add(
                new EscoGraph.Link(r.get(c.indexOf("originalSkillUri")), r.get(c.indexOf("relatedSkillUri")), false)));
        Set<String> ict = new HashSet<>();
        read("esco-v1.0-nl-hierarchy-collections/ictSkillsCollection_nl.csv", (c, r) -> ict.add(r.get(c.indexOf("conceptUri"))));

        SplittableRandom random = new SplittableRandom(SEED);
        List<EscoGraph.Link> synthetic = new ArrayList<>();
        List<List<String>> skillsOf = new ArrayList<>();
        for (EscoGraph.Occupation o : occupations) {
            Set<String> own = new LinkedHashSet<>();
            while (own.size() < 2 * ESSENTIAL) {
                own.add(skills.get(skewed(random, skills.size())));
            }
            int k = 0;
            for (String s : own) {
                synthetic.add(new EscoGraph.Link(o.uri(), s, k++ < ESSENTIAL));
            }
            skillsOf.add(List.copyOf(own));
        }
        List<List<String>> held = new ArrayList<>();
        List<List<String>> profileSkills = new ArrayList<>();
        for (int i = 0; i < WARMUP + QUERIES; i++) {
            List<String> h = new ArrayList<>();
            Set<String> s = new LinkedHashSet<>();
            int count = 10 + random.nextInt(51);
            for (int j = 1 + random.nextInt(3); j > 0; j--) {
                int o = random.nextInt(occupations.size());
                h.add(occupations.get(o).uri());
                skillsOf.get(o).stream().limit(count / 2).forEach(s::add);
            }
            while (s.size() < count) {
                s.add(skills.get(random.nextInt(skills.size())));
            }
            held.add(h);
            profileSkills.add(List.copyOf(s));
        }

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Data: %,d occupations, %,d skills, %,d broader rows of occupations (to "
                        + "occupations and ISCO groups) and %,d of skills, %,d skill–skill relations, %,d ICT skills (bundled ESCO files); JDK %s, %d cores, "
                        + "load average %.2f at start; %,d profiles timed after %,d warm-up calls, top 20 each.%n%n",
                occupations.size(), skills.size(), occBroader.size(), skillBroader.size(), related.size(), ict.size(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), QUERIES, WARMUP));
        report.append("| occupation–skill relations | build | p50 | p95 | p99 | max | CPU p50 | CPU p95 |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (boolean withRelations : new boolean[] {false, true}) {
            long t0 = System.nanoTime();
            WorkMatcher matcher = new WorkMatcher(new EscoGraph(occupations, withRelations ? synthetic : List.of(),
                    occBroader, skillBroader, related, ict));
            double build = (System.nanoTime() - t0) / 1e6;
            long[] times = new long[QUERIES];
            long[] cpu = new long[QUERIES];
            long found = 0;
            for (int i = 0; i < WARMUP + QUERIES; i++) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                List<WorkMatch> result = matcher.match(held.get(i), profileSkills.get(i), 20);
                long took = System.nanoTime() - start;
                long used = THREADS.getCurrentThreadCpuTime() - c0;
                found += result.size();
                if (i >= WARMUP) {
                    times[i - WARMUP] = took;
                    cpu[i - WARMUP] = used;
                }
            }
            Arrays.sort(times);
            Arrays.sort(cpu);
            String label = withRelations ? String.format(Locale.ROOT, "synthetic, %,d (%d essential + %d optional "
                    + "per occupation)", synthetic.size(), ESSENTIAL, ESSENTIAL) : "none (as shipped)";
            report.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n",
                    label, build, at(times, 0.50), at(times, 0.95), at(times, 0.99), times[times.length - 1] / 1e6,
                    at(cpu, 0.50), at(cpu, 0.95)));
            System.err.printf(Locale.ROOT, "relations %s: %,d matches returned%n", withRelations, found);
        }
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolve("results.md"), report);
        System.out.println(report);
    }

    /** Skewed towards the start of the list: index n·u³, so the first skills are drawn far more often. */
    private static int skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return (int) (n * u * u * u);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static void read(String file, Row row) throws IOException {
        Path path = DATA.resolve(file);
        byte[] bytes;
        try (InputStream in = file.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(path)) : Files.newInputStream(path)) {
            bytes = in.readAllBytes();
        }
        CsvTable table = CsvTable.read(SourceFile.of(path.getFileName().toString(), bytes), ',', 1L << 30, false);
        if (table.hasErrors()) {
            throw new IllegalStateException(file + ": " + table.errors().getFirst());
        }
        List<String> columns = table.header();
        Consumer<CsvTable.Row> each = r -> row.accept(columns, r.cells());
        table.rows().forEach(each);
    }

    private interface Row {
        void accept(List<String> columns, List<String> cells);
    }
}
