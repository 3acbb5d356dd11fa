package nl.techniekpact.bench;

import static nl.techniekpact.bench.BenchSettings.log;
import static nl.techniekpact.bench.MonitorQueryBenchmark.fmt;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.bench.MonitorQueryBenchmark.Row;
import nl.techniekpact.monitor.internal.ObservationWriterBenchmark;

/** Writes the monitor benchmark's results: {@code results.md} (tables for docs/benchmarks.md), {@code results.tsv}. */
final class BenchReport {

    final Map<String, String> dataSet = new LinkedHashMap<>();
    final Map<String, String> settings = new LinkedHashMap<>();
    List<Row> rows = List.of();
    List<ObservationWriterBenchmark.Step> imports = List.of();
    String explain = "";

    void dataSet(Connection pg) throws SQLException {
        try (Statement s = pg.createStatement()) {
            put(s, "observations", "select to_char(observations, 'FM999,999,999,999') || ' (generated '"
                    + " || generated_at || ' in ' || round(seconds) || ' s)' from bench.meta");
            put(s, "indicators", """
                    select count(*) || ' synthetic (' || count(*) filter (where is_share) || ' SHARE with numerator and '
                           || 'denominator), plus ' || (select count(*) from indicator) - count(*) || ' of the product '
                           || 'without figures' from bench.ind""");
            put(s, "regions", """
                    select sum(n) || ' (' || string_agg(k || ' ' || n, ', ' order by o) || ')' from (
                        select kind k, count(*) n, min(n) o from bench.geo group by kind) x""");
            put(s, "periods", "select count(*) || ' (' || min(code) || ' … ' || max(code) || ')' from bench.period");
            put(s, "breakdown cells", """
                    select count(distinct breakdown_id) || ' distinct; per indicator ' || min(n) || '–' || max(n)
                      from (select scheme, count(*) n, array_agg(breakdown_id) ids from bench.cell group by scheme) x,
                           unnest(ids) breakdown_id""");
            put(s, "suppressed cells (value < 5)", """
                    select round(100.0 * count(*) filter (where suppressed_cells > 0) / count(*), 1) || ' %'
                      from observation tablesample system (1)""");
            put(s, "import jobs / targets", "select (select count(*) from import_job) || ' / ' || (select count(*) from target)");
            put(s, "observation heap", "select pg_size_pretty(pg_relation_size('observation'))");
            put(s, "observation_pkey", "select pg_size_pretty(pg_relation_size('observation_pkey'))");
            put(s, "observation_comparison", "select pg_size_pretty(pg_relation_size('observation_comparison'))");
            put(s, "observation total (pg_total_relation_size)", "select pg_size_pretty(pg_total_relation_size('observation'))");
            put(s, "database", "select pg_size_pretty(pg_database_size(current_database()))");
            for (String name : List.of("server_version", "shared_buffers", "work_mem", "effective_cache_size",
                    "random_page_cost", "maintenance_work_mem", "max_connections", "fsync", "synchronous_commit",
                    "wal_level", "jit", "max_parallel_workers_per_gather")) {
                try (ResultSet r = s.executeQuery("show " + name)) {
                    r.next();
                    settings.put(name, r.getString(1));
                }
            }
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + BenchSettings.DUCKDB.toAbsolutePath(),
                MonitorQueryBenchmark.duckProperties()); Statement s = duck.createStatement()) {
            put(s, "DuckDB", "select 'DuckDB ' || version() || ', ' || current_setting('threads') || ' threads, "
                    + "memory_limit ' || current_setting('memory_limit')");
            put(s, "DuckDB observation_raw rows", "select to_char(count(*)) from observation_raw".replace("to_char(count(*))",
                    "cast(count(*) as varchar)"));
        } catch (SQLException e) {
            dataSet.put("DuckDB", "unreadable: " + e.getMessage());
        }
        try {
            dataSet.put("DuckDB file", String.format("%,d MB", Files.size(BenchSettings.DUCKDB) >> 20));
        } catch (IOException e) {
            dataSet.put("DuckDB file", "absent");
        }
    }

    private void put(Statement s, String name, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            dataSet.put(name, r.getString(1));
        }
    }

    /** A statement of the product (copied from Monitor.java, $n for its parameters) and sample parameters. */
    record Explained(String title, String types, String sql, String arguments) {
    }

    /**
     * The product's SQL with EXPLAIN (ANALYZE, BUFFERS), as a prepared statement: once with the generic plan (what
     * the product runs once pgjdbc has made the statement server-prepared, from its 5th execution on a connection,
     * and PostgreSQL's plan cache has switched to a generic plan) and once with a custom plan for the same values.
     */
    static String explain(Connection pg) throws SQLException {
        List<Explained> statements = List.of(
                new Explained("series(bench-002, GM0100, {}) — cells", "text, text, text", """
                        select p.code, p.kind, p.position, b.dims, o.value, o.numerator, o.denominator, o.suppressed_cells,
                               o.derived, o.import_id
                          from observation o join period p on p.id = o.period_id join breakdown b on b.id = o.breakdown_id
                         where o.indicator_id = (select id from indicator where code = $1)
                           and o.geography_id = (select id from geography where code = $2)
                           and b.cell @> $3::jsonb""", "'bench-002', 'GM0100', '{}'"),
                new Explained("comparison(bench-002, MUNICIPALITY, 2024JJ00, {}) — cells", "text, text, text, text", """
                        select g.code, b.dims, o.value, o.numerator, o.denominator, o.suppressed_cells
                          from observation o join geography g on g.id = o.geography_id
                          join breakdown b on b.id = o.breakdown_id
                         where o.indicator_id = (select id from indicator where code = $1)
                           and o.period_id = (select id from period where code = $2)
                           and g.kind = $3 and b.cell @> $4::jsonb""",
                        "'bench-002', '2024JJ00', 'MUNICIPALITY', '{}'"),
                new Explained("latestPeriod(bench-002, MUNICIPALITY)", "text, text", """
                        select p.code from period p where exists (
                            select 1 from observation o join geography g on g.id = o.geography_id
                             where o.indicator_id = (select id from indicator where code = $1) and o.period_id = p.id
                               and g.kind = $2) order by p.position desc limit 1""", "'bench-002', 'MUNICIPALITY'"),
                new Explained("periods(bench-002)", "text", """
                        select p.code from period p where exists (select 1 from observation o join indicator i
                            on i.id = o.indicator_id where i.code = $1 and o.period_id = p.id) order by p.position""",
                        "'bench-002'"),
                new Explained("breakdownValues(bench-002)", "text", """
                        select distinct e.key, e.value from breakdown b cross join jsonb_each_text(b.cell) e
                         where exists (select 1 from observation o join indicator i on i.id = o.indicator_id
                                       where i.code = $1 and o.breakdown_id = b.id)
                         order by e.key, e.value""", "'bench-002'"),
                new Explained("targets(bench-020)", "text", """
                        select i.code, g.code, b.cell::text, p.code, t.baseline_value, t.target_value, t.target_year,
                               t.seed, t.item_id, t.quote, t.notes::text
                          from target t join indicator i on i.id = t.indicator_id join geography g on g.id = t.geography_id
                          join breakdown b on b.id = t.breakdown_id left join period p on p.id = t.baseline_period_id
                         where i.code = $1 order by t.position""", "'bench-020'"),
                new Explained("geographyKinds(bench-002) (not among the 20)", "text", """
                        select distinct g.kind from observation o join indicator i on i.id = o.indicator_id
                          join geography g on g.id = o.geography_id where i.code = $1""", "'bench-002'"));
        StringBuilder out = new StringBuilder();
        try (Statement s = pg.createStatement()) {
            int n = 0;
            for (Explained e : statements) {
                String name = "explained_" + n++;
                s.execute("prepare " + name + " (" + e.types() + ") as " + e.sql());
                for (String mode : List.of("force_generic_plan", "force_custom_plan")) {
                    s.execute("set plan_cache_mode = " + mode);
                    s.executeQuery("execute " + name + " (" + e.arguments() + ")").close();
                    out.append("-- ").append(e.title()).append(", plan_cache_mode = ").append(mode).append('\n');
                    try (ResultSet r = s.executeQuery("explain (analyze, buffers) execute " + name + " ("
                            + e.arguments() + ")")) {
                        while (r.next()) {
                            out.append(r.getString(1)).append('\n');
                        }
                    }
                    out.append('\n');
                }
                s.execute("deallocate " + name);
            }
            s.execute("reset plan_cache_mode");
        }
        log("EXPLAIN (ANALYZE, BUFFERS) of %d product statements (generic and custom plans) written to explain.txt",
                statements.size());
        return out.toString();
    }

    void write() throws IOException {
        StringBuilder md = new StringBuilder();
        StringBuilder tsv = new StringBuilder("id\tquestion\tengine\treps\tp50_ms\tp95_ms\tmax_ms\tmean_ms\tother_cpu_pct\tmismatches\n");
        md.append("## Machine\n\n```\n");
        try {
            md.append(Files.readString(BenchSettings.WORK.resolve("machine.txt")));
        } catch (IOException e) {
            md.append("(machine.txt absent)\n");
        }
        md.append("```\n\n## Data set\n\n| | |\n|---|---|\n");
        dataSet.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n## PostgreSQL settings during the measurement\n\n| setting | value |\n|---|---|\n");
        settings.forEach((k, v) -> md.append("| `").append(k).append("` | ").append(v).append(" |\n"));
        if (!rows.isEmpty()) {
            int reps = rows.getFirst().postgres().nanos().length;
            md.append("\n## Queries (").append(reps).append(" repetitions each, single-threaded, times in ms)\n\n");
            md.append("| # | question | product call | PG p50 | PG p95 | PG max | DuckDB p50 | DuckDB p95 | DuckDB/PG p50 "
                    + "| DuckDB/PG p95 | answers equal | other CPU |\n");
            md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            List<String> slow = new ArrayList<>();
            List<String> notFaster = new ArrayList<>();
            List<Row> proposals = rows.stream().filter(r -> r.question().id().startsWith("P")).toList();
            List<Row> questions = rows.stream().filter(r -> !r.question().id().startsWith("P")).toList();
            for (Row r : rows) {
                var q = r.question();
                if (r == proposals.stream().findFirst().orElse(null)) {
                    md.append("\nProposed statements (not product code), same method, same parameters as the "
                            + "question they replace:\n\n| # | question | statement | PG p50 | PG p95 | PG max | DuckDB p50 "
                            + "| DuckDB p95 | DuckDB/PG p50 | DuckDB/PG p95 | answers equal | other CPU |\n"
                            + "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
                }
                md.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %s | **%s** | %s | %s | %s | %s× | **%s×** | %d/%d | %.0f %% |%n",
                        q.id(), q.title(), q.productCall(), fmt(r.postgres().ms(0.5)), fmt(r.postgres().ms(0.95)),
                        fmt(r.postgres().max()), fmt(r.duckdb().ms(0.5)), fmt(r.duckdb().ms(0.95)), fmt(r.ratio50()),
                        fmt(r.ratio95()), r.compared() - r.mismatches(), r.compared(), r.postgres().otherCpu()));
                for (var t : List.of(r.postgres(), r.duckdb())) {
                    tsv.append(String.format(Locale.ROOT, "%s\t%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.0f\t%d%n", q.id(),
                            q.title(), t.engine(), t.nanos().length, t.ms(0.5), t.ms(0.95), t.max(), t.mean(),
                            t.otherCpu(), r.mismatches()));
                }
                if (proposals.contains(r)) {
                    continue;
                }
                if (r.postgres().ms(0.95) > MonitorQueryBenchmark.GOAL_P95_MS) {
                    slow.add(q.id() + " (" + fmt(r.postgres().ms(0.95)) + " ms)");
                }
                if (r.ratio50() < MonitorQueryBenchmark.GOAL_RATIO || r.ratio95() < MonitorQueryBenchmark.GOAL_RATIO) {
                    notFaster.add(q.id() + " (" + fmt(r.ratio50()) + "× / " + fmt(r.ratio95()) + "×)");
                }
            }
            int mismatches = rows.stream().mapToInt(Row::mismatches).sum();
            int compared = rows.stream().mapToInt(Row::compared).sum();
            int n = questions.size();
            md.append("\n**Goals** (the ").append(n).append(" questions; proposals not counted).\n\n");
            md.append(String.format("- p95 ≤ %.0f ms: %d of %d questions%s%n", MonitorQueryBenchmark.GOAL_P95_MS,
                    n - slow.size(), n, slow.isEmpty() ? "" : "; not met: " + String.join(", ", slow)));
            md.append(String.format("- ≥ %.0f× faster than DuckDB at p50 and p95: %d of %d questions%s%n",
                    MonitorQueryBenchmark.GOAL_RATIO, n - notFaster.size(), n,
                    notFaster.isEmpty() ? "" : "; not met (p50 / p95 ratio): " + String.join(", ", notFaster)));
            md.append(String.format("- answers: %d of %d compared answers differ between the engines%n", mismatches,
                    compared));
        }
        if (!imports.isEmpty()) {
            md.append("\n## Import into the big table\n\n| round | step | rows | seconds | rows/s | % of COPY | result |\n");
            md.append("|---:|---|---:|---:|---:|---:|---|\n");
            Map<Integer, Double> copy = new LinkedHashMap<>();
            for (var s : imports) {
                if (s.name().equals(ObservationWriterBenchmark.COPY)) {
                    copy.put(s.round(), s.rowsPerSecond());
                }
            }
            for (var s : imports) {
                Double c = copy.get(s.round());
                md.append(String.format(Locale.ROOT, "| %d | %s | %,d | %.1f | %,.0f | %s | %s |%n", s.round(), s.name(),
                        s.rows(), s.seconds(), s.rowsPerSecond(),
                        c == null ? "" : String.format(Locale.ROOT, "%.0f %%", 100 * s.rowsPerSecond() / c), s.detail()));
                tsv.append(String.format(Locale.ROOT, "import-%d\t%s\timport\t%d\t%.3f\t\t\t\t\t%n", s.round(), s.name(),
                        s.rows(), s.seconds()));
            }
            double product = imports.stream().filter(s -> s.name().contains("new cells"))
                    .mapToDouble(ObservationWriterBenchmark.Step::rowsPerSecond).average().orElse(0);
            double peer = copy.values().stream().mapToDouble(Double::doubleValue).average().orElse(1);
            md.append(String.format(Locale.ROOT, "%n**Goal (import ≥ %.0f %% of COPY):** %.0f %% — %s.%n",
                    100 * MonitorQueryBenchmark.GOAL_IMPORT, 100 * product / peer,
                    product / peer >= MonitorQueryBenchmark.GOAL_IMPORT ? "met" : "not met"));
        }
        String suffix = System.getProperty("bench.variant", "").isEmpty() ? "" : "-" + System.getProperty("bench.variant");
        Files.writeString(BenchSettings.WORK.resolve("results" + suffix + ".md"), md);
        Files.writeString(BenchSettings.WORK.resolve("results" + suffix + ".tsv"), tsv);
        if (!explain.isEmpty()) {
            Files.writeString(BenchSettings.WORK.resolve("explain" + suffix + ".txt"), explain);
        }
        log("results written to %s", BenchSettings.WORK.resolve("results" + suffix + ".md"));
    }
}
