package nl.techniekpact.monitor.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import nl.techniekpact.monitor.Breakdown;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import half of the monitor benchmark (run by {@code nl.techniekpact.bench.MonitorQueryBenchmark}, never by
 * the test suite; it lives in this package because {@link ObservationWriter} and {@link Cell} are package-private).
 *
 * <p>Builds the cells of a new year ({@code 2025JJ00}) for the first indicators of the synthetic data set, every
 * region and every breakdown cell, and stores them into the big {@code observation} table three ways, each in its
 * own committed transaction: plain {@code COPY observation FROM STDIN} of the same rows with their ids (the peer);
 * the product's {@link ObservationWriter#write} (staging table, merge); and the product's write of the same cells
 * again (idempotent re-import: everything unchanged). After each round the new rows are deleted and the table is
 * vacuumed, and at the end the indexes are rebuilt, so the data set is the same for the next run.
 */
public final class ObservationWriterBenchmark {

    public static final String PERIOD = "2025JJ00";
    public static final String COPY = "COPY observation FROM STDIN";
    public static final String COPY_WITHOUT_FK = "COPY, foreign keys not checked (informational)";

    /** One measured step: {@code rows} rows in {@code seconds}; {@code detail} the writer's counts or COPY's. */
    public record Step(String name, int round, long rows, double seconds, String detail) {
        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private ObservationWriterBenchmark() {
    }

    public static List<Step> run(ApplicationContext context, int wantedCells, int rounds, Consumer<String> log) {
        ObservationWriter writer = context.getBean(ObservationWriter.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        DataSource dataSource = context.getBean(DataSource.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);

        long before = jdbc.sql("select count(*) from observation").query(Long.class).single();
        long job = jdbc.sql("""
                insert into import_job (format, file_name, file_sha256, file_size, source_organisation, state,
                                        progress, finished_at)
                values ('csv', 'bench-import-2025.csv', repeat('0', 64), 0, 'bench (synthetic)', 'DONE', 100, now())
                returning id""").query(Long.class).single();
        transaction.executeWithoutResult(s -> writer.periodIds(List.of(PERIOD)));
        List<Cell> cells = cells(jdbc, wantedCells);
        log.accept(String.format("import benchmark: %,d cells of %s (%d indicators × %d regions × their breakdown "
                        + "cells); observation has %,d rows", cells.size(), PERIOD,
                cells.stream().map(Cell::indicator).distinct().count(),
                cells.stream().map(Cell::region).distinct().count(), before));
        String copyText = copyText(writer, cells, job);

        List<Step> steps = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            final int r = round;
            // 1. The peer: COPY of the same rows, ids resolved beforehand, into the same table (same indexes and keys).
            steps.add(timed(COPY, r, cells.size(), log, () -> transaction.execute(s -> {
                try {
                    Connection connection = DataSourceUtils.getConnection(dataSource);
                    long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                            copy observation (indicator_id, geography_id, period_id, breakdown_id, value, numerator,
                                              denominator, suppressed_cells, derived, import_id) from stdin""",
                            new StringReader(copyText));
                    return "copied " + copied;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            })));
            cleanUp(jdbc, before, log);
            // Informational: the same COPY without the per-row foreign-key checks, to show what they cost.
            steps.add(timed(COPY_WITHOUT_FK, r, cells.size(), log, () -> transaction.execute(s -> {
                try {
                    jdbc.sql("set local session_replication_role = replica").update();
                    Connection connection = DataSourceUtils.getConnection(dataSource);
                    long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                            copy observation (indicator_id, geography_id, period_id, breakdown_id, value, numerator,
                                              denominator, suppressed_cells, derived, import_id) from stdin""",
                            new StringReader(copyText));
                    return "copied " + copied;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            })));
            cleanUp(jdbc, before, log);
            // 2. The product's import path with the same cells: all new.
            steps.add(timed("ObservationWriter.write (new cells)", r, cells.size(), log,
                    () -> transaction.execute(s -> writer.write(cells, job, ObservationWriter.ProgressListener.NONE))
                            .toString()));
            // 3. The same cells again: every cell unchanged.
            steps.add(timed("ObservationWriter.write (same cells again)", r, cells.size(), log,
                    () -> transaction.execute(s -> writer.write(cells, job, ObservationWriter.ProgressListener.NONE))
                            .toString()));
            cleanUp(jdbc, before, log);
        }
        // Inserting and deleting a million rows leaves the indexes larger (vacuum frees entries, not pages): rebuild
        // them so the next run measures the same data set.
        long t0 = System.nanoTime();
        jdbc.sql("reindex table observation").update();
        log.accept(String.format("import: rebuilt the indexes of observation in %.0f s (not measured)",
                (System.nanoTime() - t0) / 1e9));
        return steps;
    }

    private static Step timed(String name, int round, long rows, Consumer<String> log,
                              java.util.function.Supplier<String> action) {
        long t0 = System.nanoTime();
        String detail = action.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Step step = new Step(name, round, rows, seconds, detail);
        log.accept(String.format("import round %d: %-45s %,d rows in %.1f s = %,.0f rows/s (%s)", round, name, rows,
                seconds, step.rowsPerSecond(), detail));
        return step;
    }

    private static void cleanUp(JdbcClient jdbc, long expected, Consumer<String> log) {
        long t0 = System.nanoTime();
        jdbc.sql("delete from observation where period_id = (select id from period where code = ?)").param(PERIOD)
                .update();
        jdbc.sql("vacuum observation").update();
        long now = jdbc.sql("select count(*) from observation").query(Long.class).single();
        if (now != expected) {
            throw new IllegalStateException("observation has " + now + " rows, expected " + expected);
        }
        log.accept(String.format("import: deleted the new rows and vacuumed in %.0f s (not measured)",
                (System.nanoTime() - t0) / 1e9));
    }

    /** The COPY text of the cells with ids, as the peer gets it (built before the clock starts). */
    private static String copyText(ObservationWriter writer, List<Cell> cells, long job) {
        Map<String, Integer> indicators = writer.indicatorIds();
        Map<String, Integer> geographies = writer.geographyIds();
        Map<String, Integer> periods = new HashMap<>();
        Map<Breakdown, Integer> breakdowns = new HashMap<>();
        StringBuilder text = new StringBuilder(cells.size() * 48);
        for (Cell cell : cells) {
            int period = periods.computeIfAbsent(cell.period(), p -> writer.periodIds(List.of(p)).get(p));
            int breakdown = breakdowns.computeIfAbsent(cell.breakdown(),
                    b -> writer.breakdownIds(List.of(b)).get(b));
            text.append(indicators.get(cell.indicator())).append('\t').append(geographies.get(cell.region()))
                    .append('\t').append(period).append('\t').append(breakdown).append('\t')
                    .append(number(cell.value())).append('\t').append(number(cell.numerator())).append('\t')
                    .append(number(cell.denominator())).append('\t').append(cell.suppressedCells()).append('\t')
                    .append(cell.derived() ? 't' : 'f').append('\t').append(job).append('\n');
        }
        return text.toString();
    }

    private static String number(Double value) {
        return value == null ? "\\N" : Double.toString(value);
    }

    /** Cells of {@link #PERIOD} for the first indicators (by position) until {@code wanted} cells are reached. */
    private static List<Cell> cells(JdbcClient jdbc, int wanted) {
        record Region(String code, String kind, double weight) {
        }
        record SchemeCell(String key, double fraction) {
        }
        record Ind(String code, int n, int scheme, boolean share, double rate, double growth, double p0) {
        }
        List<Region> regions = jdbc.sql("select code, kind, weight from bench.geo order by n")
                .query(Region.class).list();
        Map<Integer, List<SchemeCell>> schemes = new LinkedHashMap<>();
        jdbc.sql("select c.scheme, b.key, c.fraction from bench.cell c join breakdown b on b.id = c.breakdown_id "
                        + "order by c.scheme, c.ord")
                .query((rs, n) -> schemes.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                        .add(new SchemeCell(rs.getString(2), rs.getDouble(3))))
                .list();
        List<Ind> indicators = jdbc.sql("select code, n, scheme, is_share as share, rate, growth, p0 from bench.ind order by n")
                .query(Ind.class).list();
        java.util.Random random = new java.util.Random(2025);
        List<Cell> cells = new ArrayList<>(wanted + 20_000);
        for (Ind ind : indicators) {
            if (cells.size() >= wanted) {
                break;
            }
            for (Region region : regions) {
                for (SchemeCell sc : schemes.get(ind.scheme())) {
                    double amount = Math.round(region.weight() * ind.rate() * sc.fraction()
                            * Math.pow(ind.growth(), 20) * (0.85 + 0.3 * random.nextDouble()));
                    Breakdown breakdown = breakdown(sc.key());
                    boolean derived = ind.scheme() == 1 && !region.kind().equals("MUNICIPALITY");
                    if (ind.share()) {
                        double denominator = Math.max(1, amount);
                        double numerator = Math.round(denominator * Math.min(0.95, ind.p0() + 0.1 * random.nextDouble()));
                        cells.add(new Cell(ind.code(), region.code(), PERIOD, breakdown, null, numerator, denominator,
                                0, derived));
                    } else if (amount >= 5) {
                        cells.add(new Cell(ind.code(), region.code(), PERIOD, breakdown, amount, null, null, 0,
                                derived));
                    } else {
                        cells.add(new Cell(ind.code(), region.code(), PERIOD, breakdown, null, null, null, 1,
                                derived));
                    }
                }
            }
        }
        return cells;
    }

    private static final Map<String, Breakdown> BREAKDOWNS = new HashMap<>();

    private static Breakdown breakdown(String key) {
        return BREAKDOWNS.computeIfAbsent(key, k -> {
            Map<String, String> cell = new LinkedHashMap<>();
            if (!k.isEmpty()) {
                for (String part : k.split(";")) {
                    int eq = part.indexOf('=');
                    cell.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            Breakdown b = Breakdown.of(cell);
            if (!b.key().equals(k)) {
                throw new IllegalStateException("breakdown key " + k + " parsed as " + b.key());
            }
            return b;
        });
    }
}
