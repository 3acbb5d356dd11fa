package nl.techniekpact.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Several instances may start on one database at once: the start-up loaders (pact, monitor, open-data bundle,
 * first account) run under one PostgreSQL advisory lock, so one instance loads and the others wait, then find
 * everything in and skip it. The lock is held by a connection of its own from the first runner until the
 * application is ready; if the process dies, PostgreSQL ends the session and the lock with it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupLock implements ApplicationRunner, DisposableBean {

    /** An arbitrary constant naming this lock among the platform's advisory locks ('tp' 'st' in ASCII). */
    static final long KEY = 0x7470_7374L;
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection connection;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void run(ApplicationArguments args) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        if (!call("select pg_try_advisory_lock(?)")) {
            log.info("Another instance is loading the start-up data; waiting for it");
            call("select pg_advisory_lock(?) is null");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void release() throws SQLException {
        if (connection != null) {
            call("select pg_advisory_unlock(?)");
            close();
        }
    }

    @Override
    public synchronized void destroy() {
        close();
    }

    private boolean call(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing the start-up lock's connection: {}", e.getMessage());
        }
        connection = null;
    }
}
