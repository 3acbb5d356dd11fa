package nl.techniekpact.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import nl.techniekpact.shared.MonitorChanged;
import nl.techniekpact.shared.PactChanged;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Carries "the pact's data changed" and "the monitor's figures changed" to every other instance on the same
 * database, so none keeps serving a page or a cached read from before an approval or an import. The change's
 * transaction sends {@code NOTIFY tp_pact_changed, '<instance> <scope> [indicators]'} (PostgreSQL delivers it only when that
 * transaction commits, and not at all when it rolls back); every instance listens on a connection of its own and,
 * on a signal from another instance, empties the pages of that scope and (for the pact) its read caches. The sending instance empties its own after commit, as
 * before. When the listening connection is lost (the database restarted), the caches are emptied once it is back,
 * since signals may have been missed meanwhile.
 */
@Component
public class CacheSignals {

    static final String CHANNEL = "tp_pact_changed";
    private static final Logger log = LoggerFactory.getLogger(CacheSignals.class);

    private final String instance = UUID.randomUUID().toString();
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final PublicPageCache pages;
    private final CacheManager caches;
    private final Thread listener;
    private volatile boolean running = true;
    private volatile long received;

    CacheSignals(JdbcClient jdbc, DataSource dataSource, PublicPageCache pages, CacheManager caches) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.pages = pages;
        this.caches = caches;
        this.listener = Thread.ofPlatform().daemon().name("cache-signal-listener").unstarted(this::listen);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        listener.start();
    }

    /** In the change's transaction, so the signal goes out exactly when (and if) it commits. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void pactChanged(PactChanged event) {
        notifyOthers(ALL);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void monitorChanged(MonitorChanged event) {
        String codes = event.indicators() == null ? null : String.join(",", new java.util.TreeSet<>(event.indicators()));
        // NOTIFY carries at most 8,000 bytes: a very long list becomes "every indicator"
        notifyOthers(PublicPages.Scope.FIGURES.name() + (codes == null || codes.length() > 7_000 ? "" : " " + codes));
    }

    private static final String ALL = "ALL";

    private void notifyOthers(String scope) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, instance + " " + scope).query().singleRow();
    }

    /** How many signals from other instances this one has acted on (for tests and the health page). */
    public long received() {
        return received;
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                if (!first) {
                    emptyCaches(); // signals may have been missed while the connection was gone
                }
                log.info("Listening for changes made by other instances ({})", first ? "started" : "again");
                first = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(10_000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        String[] signal = n.getParameter().split(" ", 3);
                        if (instance.equals(signal[0])) {
                            continue;
                        }
                        if (signal.length >= 2 && signal[1].equals(PublicPages.Scope.FIGURES.name())) {
                            pages.clear(PublicPages.Scope.FIGURES, signal.length == 3
                                    ? java.util.Set.of(signal[2].isEmpty() ? new String[0] : signal[2].split(","))
                                    : null);
                        } else {
                            emptyCaches();
                        }
                        received++;
                        log.debug("Published data changed on another instance: caches emptied ({})", n.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.debug("Cache signal listener lost its connection; retrying: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void emptyCaches() {
        pages.clear();
        caches.getCacheNames().forEach(name -> {
            var cache = caches.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        });
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        listener.interrupt();
    }
}
