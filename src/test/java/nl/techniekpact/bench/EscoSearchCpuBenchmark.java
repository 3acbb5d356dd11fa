package nl.techniekpact.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import nl.techniekpact.importers.CsvTable;
import nl.techniekpact.importers.SourceFile;
import nl.techniekpact.skills.search.ConceptIndex;

/**
 * The CPU one autocomplete search costs in the engine ({@link ConceptIndex}, all ESCO concepts of the bundle: Dutch
 * occupations and skill groups, English skills), one thread, for the query mix of the HTTP benchmark (every query
 * of the search-quality set and every prefix of it as people type). At 32 users on 2 cores a request waits for
 * about 16 others, so p95 ≤ 30 ms needs roughly ≤ 1 ms of CPU per request (docs/benchmarks.md, "ESCO search").
 * A program, not a test: no timing is an assertion.
 */
public final class EscoSearchCpuBenchmark {

    static final Path DATA = Path.of("src/main/resources/open-data");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EscoSearchCpuBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<ConceptIndex.Label>> labels = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        read("esco-v1.1-occupations-nl/occupations_nl.csv.gz", "nl", "occupation", labels, kinds);
        read("esco-v1.0-skills-en-us/skills_en-us.csv.gz", "en", "skill", labels, kinds);
        read("esco-v1.0-nl-hierarchy-collections/skillGroups_nl.csv.gz", "nl", "skill-group", labels, kinds);
        List<ConceptIndex.Doc> docs = new ArrayList<>();
        labels.forEach((uri, l) -> docs.add(new ConceptIndex.Doc(uri, uri.substring(uri.lastIndexOf('/') + 1),
                kinds.get(uri), l)));
        long built = System.nanoTime();
        ConceptIndex index = new ConceptIndex(docs);
        System.out.printf("index: %d concepts, %d labels, built in %d ms%n", index.size(), index.labelCount(),
                (System.nanoTime() - built) / 1_000_000);

        List<String> mix = new ArrayList<>(new LinkedHashSet<>(queries()));
        for (int warm = 0; warm < 3; warm++) {
            mix.forEach(q -> index.search(q, "nl", null, 10));
        }
        List<Double> all = new ArrayList<>();
        List<Double> partial = new ArrayList<>();
        List<String> quality = quality();
        for (int pass = 0; pass < 5; pass++) {
            for (String q : mix) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                index.search(q, "nl", null, 10);
                double ms = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                all.add(ms);
                if (!quality.contains(q)) {
                    partial.add(ms);
                }
            }
        }
        report("all queries of the mix (" + mix.size() + ")", all);
        report("prefixes only (words still being typed)", partial);
    }

    private static void report(String what, List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = Arrays.stream(sorted).average().orElse(0);
        System.out.printf("%s: %d searches, CPU per search mean %.3f ms, p50 %.3f, p95 %.3f, p99 %.3f, max %.3f%n",
                what, sorted.length, mean, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted[sorted.length - 1]);
    }

    private static double at(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static List<String> quality() throws IOException {
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/esco/search-quality-nl.tsv"),
                StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                queries.add(line.split("\t")[0]);
            }
        }
        return queries;
    }

    /** The quality set's queries and every prefix of each, as typed (the HTTP benchmark's mix). */
    private static List<String> queries() throws IOException {
        List<String> mix = new ArrayList<>();
        for (String q : quality()) {
            for (int i = 1; i <= q.length(); i++) {
                mix.add(q.substring(0, i));
            }
        }
        return mix;
    }

    private static void read(String file, String lang, String kind, Map<String, List<ConceptIndex.Label>> labels,
                             Map<String, String> kinds) throws IOException {
        Path path = DATA.resolve(file);
        byte[] bytes;
        try (InputStream in = file.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(path))
                : Files.newInputStream(path)) {
            bytes = in.readAllBytes();
        }
        CsvTable table = CsvTable.read(SourceFile.of(path.getFileName().toString(), bytes), ',', 1L << 30, false);
        List<String> columns = table.header();
        int uri = columns.indexOf("conceptUri");
        int preferred = columns.indexOf("preferredLabel");
        int alternatives = columns.indexOf("altLabels");
        table.rows().forEach(r -> {
            List<String> cells = r.cells();
            String id = cells.get(uri);
            List<ConceptIndex.Label> list = labels.computeIfAbsent(id, k -> new ArrayList<>());
            kinds.putIfAbsent(id, kind);
            list.add(new ConceptIndex.Label(lang, cells.get(preferred), true));
            if (alternatives >= 0 && !cells.get(alternatives).isBlank()) {
                for (String alternative : cells.get(alternatives).split("\n")) {
                    list.add(new ConceptIndex.Label(lang, alternative.strip(), false));
                }
            }
        });
    }
}
