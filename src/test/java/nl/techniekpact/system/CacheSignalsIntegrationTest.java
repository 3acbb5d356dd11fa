package nl.techniekpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.shared.PactChanged;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signal between instances on its own: a change of the pact's data sends {@code NOTIFY tp_pact_changed} when
 * (and only when) its transaction commits, and a signal from another instance empties this one's page cache.
 */
@PlatformIntegrationTest
class CacheSignalsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    CacheSignals signals;

    @Test
    void aCommittedChangeIsSignalledARolledBackOneIsNot() throws Exception {
        try (Connection listener = dataSource.getConnection()) {
            try (Statement s = listener.createStatement()) {
                s.execute("listen " + CacheSignals.CHANNEL);
            }
            PGConnection pg = listener.unwrap(PGConnection.class);
            transaction.executeWithoutResult(status -> {
                events.publishEvent(new PactChanged("test"));
                status.setRollbackOnly();
            });
            assertThat(pg.getNotifications(1_000)).as("nothing for a rolled-back change").isNullOrEmpty();
            transaction.executeWithoutResult(status -> events.publishEvent(new PactChanged("test")));
            List<PGNotification> received = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
                PGNotification[] n = pg.getNotifications(500);
                if (n != null) {
                    received.addAll(List.of(n));
                }
                return !received.isEmpty();
            });
            assertThat(received).hasSize(1);
        }
    }

    @Test
    void aSignalFromAnotherInstanceEmptiesThePageCache() {
        Http anonymous = new Http(port);
        anonymous.get("/actions/2013-A03");
        assertThat(anonymous.get("/actions/2013-A03").headers().firstValue("X-Page-Cache")).contains("hit");
        long before = signals.received();
        jdbc.sql("select pg_notify(?, ?)").params(CacheSignals.CHANNEL, "another-instance").query().singleRow();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> signals.received() > before);
        assertThat(anonymous.get("/actions/2013-A03").headers().firstValue("X-Page-Cache")).contains("miss");
    }

    @Test
    void aSignalFromAnotherInstanceEmptiesTheReadCachesToo() {
        Http anonymous = new Http(port);
        anonymous.get("/actions/2013-A04?read");
        // what another instance wrote: straight into the table, so nothing here evicts anything by itself
        String text = "Elders goedgekeurd " + java.util.UUID.randomUUID();
        jdbc.sql("insert into status_report (item_id, round, revision, colour, text, source) values ('2013-A04', ?, 1, 'ON_SCHEDULE', ?, 'test')")
                .params("Signaal " + text, text).update();
        assertThat(anonymous.get("/actions/2013-A04?read").body()).as("still the cached read model").doesNotContain(text);
        long before = signals.received();
        jdbc.sql("select pg_notify(?, ?)").params(CacheSignals.CHANNEL, "another-instance").query().singleRow();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> signals.received() > before);
        assertThat(anonymous.get("/actions/2013-A04?read").body()).contains(text);
    }

    @Test
    void aSignalThatTheFiguresChangedEmptiesTheFigurePagesOnly() {
        Http anonymous = new Http(port);
        anonymous.get("/actions/2013-A05");
        anonymous.get("/monitor/indicatoren/mbo-deelnemers-techniek?region=PV27");
        assertThat(anonymous.get("/actions/2013-A05").headers().firstValue("X-Page-Cache")).contains("hit");
        assertThat(anonymous.get("/monitor/indicatoren/mbo-deelnemers-techniek?region=PV27").headers()
                .firstValue("X-Page-Cache")).contains("hit");
        long before = signals.received();
        anonymous.get("/monitor/indicatoren/banen?region=PV27");
        jdbc.sql("select pg_notify(?, ?)").params(CacheSignals.CHANNEL, "another-instance FIGURES banen").query()
                .singleRow();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> signals.received() > before);
        assertThat(anonymous.get("/monitor/indicatoren/banen?region=PV27").headers().firstValue("X-Page-Cache"))
                .contains("miss");
        assertThat(anonymous.get("/monitor/indicatoren/mbo-deelnemers-techniek?region=PV27").headers()
                .firstValue("X-Page-Cache")).as("another indicator's page").contains("hit");
        long second = signals.received();
        jdbc.sql("select pg_notify(?, ?)").params(CacheSignals.CHANNEL, "another-instance FIGURES").query().singleRow();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> signals.received() > second);
        assertThat(anonymous.get("/monitor/indicatoren/mbo-deelnemers-techniek?region=PV27").headers()
                .firstValue("X-Page-Cache")).as("every figure page").contains("miss");
        assertThat(anonymous.get("/actions/2013-A05").headers().firstValue("X-Page-Cache")).contains("hit");
    }

    @Test
    void anImportSignalsTheOtherInstancesWithItsScope() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.execute("listen " + CacheSignals.CHANNEL);
            transaction.executeWithoutResult(status -> events.publishEvent(
                    new nl.techniekpact.shared.MonitorChanged("test", java.util.Set.of("banen", "po-scholen"))));
            PGConnection pg = connection.unwrap(PGConnection.class);
            List<String> received = new java.util.ArrayList<>();
            // (a pooled connection may still hold signals of earlier tests: look for this instance's)
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
                PGNotification[] n = pg.getNotifications(500);
                if (n != null) {
                    List.of(n).forEach(x -> received.add(x.getParameter()));
                }
                return received.stream().anyMatch(p -> !p.startsWith("another-instance"));
            });
            assertThat(received).filteredOn(p -> !p.startsWith("another-instance")).singleElement()
                    .satisfies(p -> assertThat(p).matches("[0-9a-f-]{36} FIGURES banen,po-scholen"));
        }
    }
}
