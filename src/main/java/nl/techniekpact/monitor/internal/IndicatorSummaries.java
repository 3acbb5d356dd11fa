package nl.techniekpact.monitor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.techniekpact.monitor.Analysis;
import nl.techniekpact.monitor.Monitor;
import nl.techniekpact.monitor.SeriesPoint;
import nl.techniekpact.shared.Json;
import nl.techniekpact.shared.StatusColour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps {@code monitor_indicator_summary}, the read model of what the pages show of each indicator beside its
 * series: the periods, kinds of geography and breakdown values with figures, the two newest national points and
 * the colour its targets suggest. It is computed from the stored cells with the same rules as every other answer
 * ({@link Monitor#series}, {@link Monitor#targetAnalyses}) inside the transaction that changed the cells, just
 * before it commits, so a page never sees figures and summary of different moments.
 *
 * <p>Two imports of the same indicator on two instances: each refresh first takes a transaction lock per
 * indicator, so the second one computes after the first has committed and sees its cells too.
 */
@Component
class IndicatorSummaries {

    /** First key of the advisory locks, so they cannot collide with another module's. */
    private static final int LOCK_SPACE = 24;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndicatorSummaries.class);

    private final JdbcClient jdbc;
    private final Monitor monitor;

    IndicatorSummaries(JdbcClient jdbc, Monitor monitor) {
        this.jdbc = jdbc;
        this.monitor = monitor;
    }

    /** Published inside a transaction that stored cells of these indicators (codes). */
    record CellsStored(Set<String> indicators) {
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void cellsStored(CellsStored event) {
        refresh(event.indicators());
    }

    /** Every indicator's summary, computed again (the monitor's data loaded at start). */
    @Transactional(propagation = Propagation.MANDATORY)
    void refreshAll() {
        refresh(jdbc.sql("select code from indicator").query(String.class).list());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(Collection<String> codes) {
        long started = System.nanoTime();
        List<Integer> ids = jdbc.sql("select id from indicator where code in (:codes) order by id")
                .param("codes", codes.isEmpty() ? List.of("") : codes).query(Integer.class).list();
        for (int id : ids) { // in id order, so two refreshes never wait for each other in a circle
            jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, id).query().singleRow();
            String code = jdbc.sql("select code from indicator where id = ?").param(id).query(String.class).single();
            List<SeriesPoint> national = monitor.series(code, "NL01", Map.of()).points();
            List<SeriesPoint> latest = national.subList(Math.max(0, national.size() - 2), national.size()).stream()
                    .map(p -> new SeriesPoint(p.period(), p.kind(), p.position(), p.value(), p.numerator(),
                            p.denominator(), p.suppressedCells(), p.derived(), List.of()))
                    .toList();
            StatusColour suggested = Analysis.worst(monitor.targetAnalyses(code).stream().map(Analysis::suggested)
                    .toList());
            jdbc.sql("""
                    insert into monitor_indicator_summary (indicator_id, periods, geography_kinds, breakdown_values,
                                                           latest, suggested, refreshed_at)
                    values (:id, :periods, :kinds, :values::jsonb, :latest::jsonb, :suggested, now())
                    on conflict (indicator_id) do update set periods = excluded.periods,
                        geography_kinds = excluded.geography_kinds, breakdown_values = excluded.breakdown_values,
                        latest = excluded.latest, suggested = excluded.suggested, refreshed_at = now()""")
                    .param("id", id).param("periods", periods(id).toArray(String[]::new))
                    .param("kinds", geographyKinds(id).toArray(String[]::new))
                    .param("values", Json.MAPPER.writeValueAsString(breakdownValues(id)))
                    .param("latest", Json.MAPPER.writeValueAsString(latest)).param("suggested", suggested.name())
                    .update();
        }
        log.info("Read model of {} indicator(s) computed in {} ms", ids.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private List<String> periods(int indicator) {
        return jdbc.sql("""
                select p.code from period p where exists (select 1 from observation o
                    where o.indicator_id = ? and o.period_id = p.id) order by p.position""")
                .param(indicator).query(String.class).list();
    }

    private List<String> geographyKinds(int indicator) {
        return jdbc.sql("""
                select distinct g.kind from geography g where exists (select 1 from observation o
                    where o.indicator_id = ? and o.geography_id = g.id) order by g.kind""")
                .param(indicator).query(String.class).list();
    }

    private Map<String, List<String>> breakdownValues(int indicator) {
        Map<String, List<String>> values = new TreeMap<>();
        jdbc.sql("""
                select distinct e.key, e.value from breakdown b cross join jsonb_each_text(b.cell) e
                 where exists (select 1 from observation o where o.indicator_id = ? and o.breakdown_id = b.id)
                 order by e.key, e.value""").param(indicator)
                .query((rs, n) -> values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return values;
    }
}
