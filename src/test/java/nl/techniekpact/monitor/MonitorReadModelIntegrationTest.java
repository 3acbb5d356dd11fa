package nl.techniekpact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.shared.StatusColour;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitor's read model (monitor_indicator_summary) against the cells it is computed from: for every indicator,
 * whatever the other tests imported before, the periods, kinds, breakdown values, newest national points and
 * suggested colour equal what the stored cells give when asked directly; an import changes both in one
 * transaction, and a failed import neither; the overview page shows the new figure at once.
 */
@PlatformIntegrationTest
class MonitorReadModelIntegrationTest {

    /** A seed indicator with a target that no other test reads. */
    static final String INDICATOR = "jetnet-bedrijven";

    @LocalServerPort
    int port;
    @Autowired
    Monitor monitor;
    @Autowired
    MonitorImports imports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyIndicatorsSummaryEqualsWhatItsCellsGive() {
        List<IndicatorSummary> summaries = monitor.summaries();
        assertThat(summaries).hasSameSizeAs(monitor.indicators());
        for (IndicatorSummary summary : summaries) {
            assertSummaryMatchesCells(summary.indicator().code(), summary);
        }
    }

    @Test
    void anImportRefreshesTheSummaryInItsOwnTransactionAndTheOverviewShowsIt() {
        Http anonymous = new Http(port);
        anonymous.get("/monitor");
        assertThat(anonymous.get("/monitor").headers().firstValue("X-Page-Cache")).contains("hit");
        assertThat(anonymous.get("/monitor").body()).doesNotContain("4.321");

        ImportJob job = imports.run(csv("NL01;2031;4321\r\nPV27;2031;321\r\n"), Actor.system("read-model-test"));

        assertThat(job.state()).as("%s %s", job.message(), job.errors()).isEqualTo(ImportJob.State.DONE);
        IndicatorSummary summary = summary(INDICATOR);
        assertThat(summary.latest().getLast().period()).isEqualTo("2031JJ00");
        assertThat(summary.latest().getLast().value()).isEqualTo(4321.0);
        assertThat(monitor.periods(INDICATOR)).endsWith("2031JJ00");
        assertSummaryMatchesCells(INDICATOR, summary);
        assertThat(anonymous.get("/monitor").body()).as("the cached overview was emptied by the import")
                .contains("4.321");
        assertThat(anonymous.get("/monitor/indicatoren/" + INDICATOR + "/regios?period=2031JJ00").body()).contains("321");
    }

    @Test
    void aFailedImportChangesNeitherTheCellsNorTheSummary() {
        OffsetDateTime before = refreshedAt(INDICATOR);
        List<String> periods = monitor.periods(INDICATOR);

        ImportJob job = imports.run(csv("NL01;2032;100\r\nXX99;2032;5\r\n"), Actor.system("read-model-test"));

        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(refreshedAt(INDICATOR)).isEqualTo(before);
        assertThat(monitor.periods(INDICATOR)).isEqualTo(periods).doesNotContain("2032JJ00");
    }

    private ImportRequest csv(String rows) {
        String mapping = """
                {"indicator": "%s", "region": "Regio", "period": "Periode", "value": "Aantal", "unitFactor": 1}"""
                .formatted(INDICATOR);
        return new ImportRequest(ImportFormat.CSV, List.of(new ImportRequest.File("jet-net.csv",
                ("Regio;Periode;Aantal\r\n" + rows).getBytes(StandardCharsets.UTF_8))), null, mapping, "JET-NET",
                LocalDate.of(2026, 12, 1), false);
    }

    private IndicatorSummary summary(String code) {
        return monitor.summaries().stream().filter(s -> s.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    private OffsetDateTime refreshedAt(String code) {
        return jdbc.sql("select s.refreshed_at from monitor_indicator_summary s join indicator i on i.id = s.indicator_id"
                + " where i.code = ?").param(code).query(OffsetDateTime.class).single();
    }

    /** The summary against questions asked of the cells directly, written here independently of the product. */
    private void assertSummaryMatchesCells(String code, IndicatorSummary summary) {
        assertThat(monitor.periods(code)).as("periods of %s", code).isEqualTo(jdbc.sql("""
                select p.code from period p where p.id in (select o.period_id from observation o join indicator i
                    on i.id = o.indicator_id where i.code = ?) order by p.position""").param(code)
                .query(String.class).list());
        assertThat(monitor.geographyKinds(code)).as("kinds of %s", code).containsExactlyInAnyOrderElementsOf(jdbc.sql("""
                select distinct g.kind from observation o join indicator i on i.id = o.indicator_id
                  join geography g on g.id = o.geography_id where i.code = ?""").param(code).query(String.class).list()
                .stream().map(Geography.Kind::valueOf).toList());
        Map<String, List<String>> values = new TreeMap<>();
        jdbc.sql("""
                select e.key, e.value from (select distinct o.breakdown_id from observation o join indicator i
                    on i.id = o.indicator_id where i.code = ?) used join breakdown b on b.id = used.breakdown_id
                  cross join jsonb_each_text(b.cell) e group by e.key, e.value order by e.key, e.value""")
                .param(code).query((rs, n) -> values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getString(2))).list();
        assertThat(monitor.breakdownValues(code)).as("breakdown values of %s", code).isEqualTo(values);
        List<SeriesPoint> national = monitor.series(code, "NL01", Map.of()).points();
        List<SeriesPoint> newest = national.subList(Math.max(0, national.size() - 2), national.size());
        assertThat(summary.latest()).as("newest national points of %s", code).hasSameSizeAs(newest);
        for (int i = 0; i < newest.size(); i++) {
            assertThat(summary.latest().get(i).period()).isEqualTo(newest.get(i).period());
            assertThat(summary.latest().get(i).value()).as("%s %s", code, newest.get(i).period())
                    .isEqualTo(newest.get(i).value());
            assertThat(summary.latest().get(i).suppressedCells()).isEqualTo(newest.get(i).suppressedCells());
        }
        StatusColour suggested = Analysis.worst(monitor.targetAnalyses(code).stream().map(Analysis::suggested).toList());
        assertThat(summary.suggested()).as("suggested colour of %s", code).isEqualTo(suggested);
        assertThat(monitor.suggestedColour(code)).isEqualTo(suggested);
        assertThat(summary.targets()).isEqualTo(monitor.targets(code));
    }
}
