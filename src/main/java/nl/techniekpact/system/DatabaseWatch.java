package nl.techniekpact.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Watches the database once a second on a connection of its own (not one of the pool's, so a busy pool is never
 * taken for an outage). After two failed probes in a row the database is away: the application declares itself
 * not ready (readiness probe down at once), and {@link StartupGate} answers every request with a short 503 page
 * and {@code Retry-After} instead of letting it wait for a connection; an embedded server that died is started
 * again. When a probe succeeds again the application is ready again (caches emptied, gate open). The pool makes
 * new connections by itself, for an external server too.
 */
@Component
public class DatabaseWatch {

    /** How long a request waits for a pooled connection before it fails (HikariCP's default is 30 s). */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration PERIOD = Duration.ofSeconds(1);
    private static final int FAILURES_BEFORE_AWAY = 2;
    private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;
    private final ApplicationContext context;
    private volatile boolean away;
    private volatile boolean running;
    private Thread thread;
    private Connection probe;
    private int failures;

    DatabaseWatch(DataSource dataSource, ObjectProvider<EmbeddedPostgresServer> embedded, ApplicationContext context) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.context = context;
    }

    /** Whether the database is away right now (two probes failed, none succeeded since). */
    public boolean away() {
        return away;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (thread == null && dataSource instanceof HikariDataSource) {
            running = true;
            thread = Thread.ofPlatform().daemon().name("database-watch").start(this::watch);
        }
    }

    private void watch() {
        while (running) {
            check();
            LockSupport.parkNanos(PERIOD.toNanos());
        }
        close();
    }

    /** One probe, and what follows from it. */
    void check() {
        if (probe()) {
            failures = 0;
            if (away) {
                away = false;
                log.warn("The database is back: serving requests again");
                AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
            }
            return;
        }
        failures++;
        if (failures >= FAILURES_BEFORE_AWAY && !away && running) {
            away = true;
            log.error("The database does not answer: refusing requests with 503 until it is back");
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        }
        if (away) {
            EmbeddedPostgresServer server = embedded.getIfAvailable();
            if (server != null) {
                server.restartIfStopped();
            }
        }
    }

    private boolean probe() {
        try {
            if (probe == null || probe.isClosed()) {
                probe = connect();
            }
            try (Statement statement = probe.createStatement()) {
                statement.setQueryTimeout(3);
                statement.execute("select 1");
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            close();
            return false;
        }
    }

    private Connection connect() throws SQLException {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        Properties properties = new Properties();
        if (hikari.getUsername() != null) {
            properties.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            properties.setProperty("password", hikari.getPassword());
        }
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "5");
        properties.setProperty("ApplicationName", "techniekpact-database-watch");
        return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
    }

    private void close() {
        try {
            if (probe != null) {
                probe.close();
            }
        } catch (SQLException e) {
            log.debug("Closing the watch connection: {}", e.getMessage());
        }
        probe = null;
    }

    @EventListener(ContextClosedEvent.class)
    void contextClosed() {
        stop();
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread watching = thread;
        if (watching != null) {
            LockSupport.unpark(watching);
        }
    }
}
