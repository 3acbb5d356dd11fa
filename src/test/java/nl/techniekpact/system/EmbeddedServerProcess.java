package nl.techniekpact.system;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A platform's life with the embedded PostgreSQL server in a JVM of its own, for the crash test: starts the server
 * on the data directory given, answers one query, prints {@code READY <data directory>} and runs until its
 * standard input closes (then it ends normally and its shutdown hook stops the server) or until it is killed.
 * A start that fails prints {@code FAILED <message>} and exits with 3.
 */
public final class EmbeddedServerProcess {

    private EmbeddedServerProcess() {
    }

    public static void main(String[] args) throws IOException {
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(Path.of(args[0]), false, 0));
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                 var result = connection.createStatement().executeQuery("select 41 + 1")) {
                result.next();
                if (result.getInt(1) != 42) {
                    throw new IllegalStateException("wrong answer");
                }
            }
        } catch (RuntimeException | SQLException e) {
            System.out.println("FAILED " + e.getMessage().replace('\n', ' '));
            System.out.flush();
            System.exit(3);
            return;
        }
        System.out.println("READY " + server.dataDirectory());
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until the test closes standard input
        }
    }
}
