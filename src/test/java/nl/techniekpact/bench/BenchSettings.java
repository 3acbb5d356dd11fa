package nl.techniekpact.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import nl.techniekpact.TechniekpactApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Settings shared by the monitor benchmark's programs (run by {@code bench/monitor/run.sh}, never by the test
 * suite): where the benchmark's PostgreSQL server listens, where the DuckDB file lives, and how to start the real
 * application context against that server (Flyway, the pact and monitor loaders, the {@code Monitor} bean).
 */
final class BenchSettings {

    static final int PORT = Integer.getInteger("bench.pg.port", 55440);
    static final String DATABASE = System.getProperty("bench.pg.database", "techniekpact");
    static final String URL = "jdbc:postgresql://127.0.0.1:" + PORT + "/" + DATABASE;
    static final String USER = "postgres";
    static final Path WORK = Path.of(System.getProperty("bench.dir", "target/bench-monitor"));
    static final Path DUCKDB = WORK.resolve("monitor.duckdb");

    private BenchSettings() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, "");
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PORT + "/" + database, USER, "");
    }

    /**
     * Starts the real application (web server on a free loopback port, not used) against the benchmark database:
     * Flyway migrates, the pact and monitor data loaders run, and the product's beans are ready.
     */
    static ConfigurableApplicationContext startApplication() {
        return new SpringApplicationBuilder(TechniekpactApplication.class)
                .properties(Map.of(
                        "spring.datasource.url", URL,
                        "spring.datasource.username", USER,
                        "spring.datasource.password", "",
                        "server.port", "0",
                        "server.address", "127.0.0.1",
                        "spring.main.banner-mode", "off",
                        "logging.level.root", "WARN",
                        "logging.level.nl.techniekpact", "INFO"))
                .run();
    }

    static void log(String format, Object... args) {
        System.err.printf("[%tT] %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}
