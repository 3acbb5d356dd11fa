package nl.techniekpact.monitor.internal;

import nl.techniekpact.shared.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import nl.techniekpact.monitor.Breakdown;
import nl.techniekpact.monitor.Period;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores cells as observations inside the caller's transaction: the cells are streamed with {@code COPY} into
 * a temporary table, then merged. A cell whose stored value differs becomes a new revision (the old value moves
 * to {@code observation_revision}); an equal value changes nothing, so loading the same file twice is a no-op —
 * except that a provisional figure confirmed unchanged by a final import takes the final import as its provenance.
 */
@Component
class ObservationWriter {

    private static final int COPY_BATCH = 50_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ObjectMapper json = Json.MAPPER;
    private final org.springframework.context.ApplicationEventPublisher events;

    ObservationWriter(JdbcClient jdbc, DataSource dataSource, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.events = events;
    }

    record Counts(int inserted, int revised, int unchanged) {
    }

    /** Id of every indicator by code. */
    Map<String, Integer> indicatorIds() {
        Map<String, Integer> ids = new HashMap<>();
        jdbc.sql("select code, id from indicator").query((rs, n) -> ids.put(rs.getString(1), rs.getInt(2))).list();
        return ids;
    }

    Map<String, Integer> geographyIds() {
        Map<String, Integer> ids = new HashMap<>();
        jdbc.sql("select code, id from geography").query((rs, n) -> ids.put(rs.getString(1), rs.getInt(2))).list();
        return ids;
    }

    /** The ids of these periods, creating those not seen before. */
    Map<String, Integer> periodIds(Collection<String> codes) {
        Map<String, Integer> ids = new HashMap<>();
        for (String code : codes.stream().distinct().sorted().toList()) {
            Period period = Period.parse(code).orElseThrow(() -> new IllegalArgumentException("period " + code));
            jdbc.sql("""
                    insert into period (code, kind, position, starts_on, ends_on) values (?, ?, ?, ?, ?)
                    on conflict (code) do nothing""")
                    .params(code, period.kind().name(), period.position(), period.startsOn(), period.endsOn()).update();
            ids.put(code, jdbc.sql("select id from period where code = ?").param(code).query(Integer.class).single());
        }
        return ids;
    }

    /** The ids of these breakdown cells, creating those not seen before. */
    Map<Breakdown, Integer> breakdownIds(Collection<Breakdown> cells) {
        Map<Breakdown, Integer> ids = new HashMap<>();
        for (Breakdown cell : cells.stream().distinct().toList()) {
            jdbc.sql("insert into breakdown (key, cell, dims) values (?, ?::jsonb, ?) on conflict (key) do nothing")
                    .params(cell.key(), json.writeValueAsString(cell.cell()), cell.dimensions()).update();
            ids.put(cell, jdbc.sql("select id from breakdown where key = ?").param(cell.key())
                    .query(Integer.class).single());
        }
        return ids;
    }

    /** Merges {@code cells} (unique keys; every region and indicator must exist) as import {@code importId}. */
    @Transactional(propagation = Propagation.MANDATORY)
    Counts write(List<Cell> cells, long importId, ProgressListener progress) {
        Map<String, Integer> indicators = indicatorIds();
        Map<String, Integer> geographies = geographyIds();
        Map<String, Integer> periods = periodIds(cells.stream().map(Cell::period).toList());
        Map<Breakdown, Integer> breakdowns = breakdownIds(cells.stream().map(Cell::breakdown).toList());
        jdbc.sql("""
                create temporary table observation_stage (
                    indicator_id smallint, geography_id int, period_id int, breakdown_id int,
                    value double precision, numerator double precision, denominator double precision,
                    suppressed_cells int, derived boolean) on commit drop""").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder batch = new StringBuilder();
            int written = 0;
            for (Cell cell : cells) {
                appendRow(batch, cell, indicators, geographies, periods, breakdowns);
                written++;
                if (written % COPY_BATCH == 0) {
                    copy.copyIn("copy observation_stage from stdin (format text)", reader(batch));
                    batch.setLength(0);
                    progress.progress(written, cells.size());
                }
            }
            if (!batch.isEmpty()) {
                copy.copyIn("copy observation_stage from stdin (format text)", reader(batch));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Copying observations failed", e);
        }
        Counts counts = merge(importId, cells.size());
        java.util.Set<String> touched = cells.stream().map(Cell::indicator)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        touchedInThisTransaction().addAll(touched);
        // the read model of these indicators is computed again just before the transaction commits
        events.publishEvent(new IndicatorSummaries.CellsStored(touched));
        return counts;
    }

    private static final Object TOUCHED = new Object();

    /** The indicators whose cells this transaction has written so far (codes); empty outside a transaction. */
    static java.util.Set<String> touched() {
        @SuppressWarnings("unchecked")
        var touched = (java.util.Set<String>) TransactionSynchronizationManager.getResource(TOUCHED);
        return touched == null ? java.util.Set.of() : java.util.Set.copyOf(touched);
    }

    private static java.util.Set<String> touchedInThisTransaction() {
        @SuppressWarnings("unchecked")
        var touched = (java.util.Set<String>) TransactionSynchronizationManager.getResource(TOUCHED);
        if (touched == null) {
            java.util.Set<String> fresh = new java.util.HashSet<>();
            TransactionSynchronizationManager.bindResource(TOUCHED, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TOUCHED);
                }
            });
            return fresh;
        }
        return touched;
    }

    private static Reader reader(StringBuilder text) {
        return new StringReader(text.toString());
    }

    private static void appendRow(StringBuilder out, Cell cell, Map<String, Integer> indicators,
                                  Map<String, Integer> geographies, Map<String, Integer> periods,
                                  Map<Breakdown, Integer> breakdowns) {
        Integer indicator = indicators.get(cell.indicator());
        Integer geography = geographies.get(cell.region());
        if (indicator == null || geography == null) {
            throw new IllegalArgumentException("Unknown indicator or region in " + cell);
        }
        out.append(indicator).append('\t').append(geography).append('\t').append(periods.get(cell.period()))
                .append('\t').append(breakdowns.get(cell.breakdown())).append('\t')
                .append(number(cell.value())).append('\t').append(number(cell.numerator())).append('\t')
                .append(number(cell.denominator())).append('\t').append(cell.suppressedCells()).append('\t')
                .append(cell.derived() ? 't' : 'f').append('\n');
    }

    private static String number(Double value) {
        return value == null ? "\\N" : Double.toString(value);
    }

    private Counts merge(long importId, int staged) {
        jdbc.sql("create index on observation_stage (indicator_id, geography_id, period_id, breakdown_id)").update();
        jdbc.sql("analyze observation_stage").update();
        int revised = jdbc.sql("""
                with changed as (
                    update observation o
                       set value = s.value, numerator = s.numerator, denominator = s.denominator,
                           suppressed_cells = s.suppressed_cells, derived = s.derived,
                           import_id = :job, revision = o.revision + 1
                      from observation_stage s, observation old
                     where o.indicator_id = s.indicator_id and o.geography_id = s.geography_id
                       and o.period_id = s.period_id and o.breakdown_id = s.breakdown_id
                       and old.indicator_id = o.indicator_id and old.geography_id = o.geography_id
                       and old.period_id = o.period_id and old.breakdown_id = o.breakdown_id
                       and (o.value, o.numerator, o.denominator, o.suppressed_cells)
                           is distinct from (s.value, s.numerator, s.denominator, s.suppressed_cells)
                    returning old.indicator_id, old.geography_id, old.period_id, old.breakdown_id, old.revision,
                              old.value, old.numerator, old.denominator, old.suppressed_cells, old.import_id)
                insert into observation_revision (indicator_id, geography_id, period_id, breakdown_id, revision,
                        value, numerator, denominator, suppressed_cells, import_id, superseded_by)
                select indicator_id, geography_id, period_id, breakdown_id, revision, value, numerator,
                       denominator, suppressed_cells, import_id, :job from changed""")
                .param("job", importId).update();
        // A provisional figure that a final import confirms unchanged now comes from the final import: its
        // provenance says final, and no revision is written (the value did not change).
        jdbc.sql("""
                update observation o set import_id = :job
                  from observation_stage s, import_job earlier, import_job confirming
                 where o.indicator_id = s.indicator_id and o.geography_id = s.geography_id
                   and o.period_id = s.period_id and o.breakdown_id = s.breakdown_id
                   and (o.value, o.numerator, o.denominator, o.suppressed_cells)
                       is not distinct from (s.value, s.numerator, s.denominator, s.suppressed_cells)
                   and earlier.id = o.import_id and earlier.provisional
                   and confirming.id = :job and not confirming.provisional""")
                .param("job", importId).update();
        int inserted = jdbc.sql("""
                insert into observation (indicator_id, geography_id, period_id, breakdown_id, value, numerator,
                        denominator, suppressed_cells, derived, import_id)
                select indicator_id, geography_id, period_id, breakdown_id, value, numerator, denominator,
                       suppressed_cells, derived, :job from observation_stage
                on conflict do nothing""").param("job", importId).update();
        jdbc.sql("drop table observation_stage").update();
        return new Counts(inserted, revised, staged - inserted - revised);
    }

    /** Told how far a long write has come. */
    @FunctionalInterface
    interface ProgressListener {
        void progress(int done, int total);

        ProgressListener NONE = (done, total) -> { };
    }
}
