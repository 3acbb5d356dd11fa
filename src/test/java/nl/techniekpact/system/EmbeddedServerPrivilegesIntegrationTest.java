package nl.techniekpact.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded server is no open door: no login without a password, the generated passwords kept owner-only in
 * the data directory, and the platform serving as a role that can read and write the tables but cannot change
 * them, truncate them, disable the audit trail's append-only trigger, replicate around it or read password
 * hashes. A cluster made before these roles existed (trust logins, everything owned by {@code postgres}) is
 * converted on its next start, its data kept. Each server runs in a platform JVM of its own, stopped for real.
 */
class EmbeddedServerPrivilegesIntegrationTest {

    private final EmbeddedServerChildren children = new EmbeddedServerChildren();

    @AfterEach
    void stopChildren() throws Exception {
        children.close();
    }

    @Test
    void aNewClusterTakesPasswordsOnlyAndServesAsARoleThatCannotBypassTheAuditTrail() throws Exception {
        var child = children.start(newDataDirectory());
        assertThat(child.line()).startsWith("READY ");
        Path data = child.dataDirectory();
        EmbeddedCredentials credentials = credentialsKeptOwnerOnly(data);
        String url = url(data);

        assertLoginRefused(url, EmbeddedRoles.SUPERUSER, "");
        assertLoginRefused(url, EmbeddedRoles.SUPERUSER, "postgres");
        assertLoginRefused(url, EmbeddedRoles.APP, credentials.owner());
        migrateAsOwner(url, credentials);

        try (Connection app = DriverManager.getConnection(url, EmbeddedRoles.APP, credentials.app());
             Statement s = app.createStatement()) {
            s.execute("insert into audit_event (action, entity_type, entity_id) values ('probe', 'test', '1')");
            assertThat(count(s, "select count(*) from audit_event")).isEqualTo(1);
            assertThat(count(s, "select count(*) from edition")).as("the platform reads its tables").isZero();
            assertRefused(s, "update audit_event set action = 'changed'", "append-only");
            assertRefused(s, "delete from audit_event", "append-only");
            for (String forbidden : List.of("set session_replication_role = replica",
                    "alter table audit_event disable trigger all",
                    "alter table audit_event disable trigger audit_event_no_update",
                    "truncate audit_event", "drop table audit_event", "create table probe (i int)",
                    "select rolpassword from pg_authid", "create role intruder superuser",
                    "create database intruder", "alter role " + EmbeddedRoles.APP + " superuser",
                    "set role " + EmbeddedRoles.OWNER, "copy audit_event to '/tmp/audit.txt'")) {
                assertRefused(s, forbidden, "");
            }
            assertThat(count(s, "select count(*) from audit_event")).as("the trail is whole").isEqualTo(1);
        }
    }

    @Test
    void aClusterFromBeforeThePasswordsIsConvertedOnItsNextStartAndKeepsItsData() throws Exception {
        var first = children.start(newDataDirectory());
        assertThat(first.line()).startsWith("READY ");
        Path data = first.dataDirectory();
        EmbeddedCredentials before = EmbeddedCredentials.read(data).orElseThrow();
        migrateAsOwner(url(data), before);
        try (Connection admin = DriverManager.getConnection(url(data), EmbeddedRoles.SUPERUSER, before.superuser());
             Statement s = admin.createStatement()) {
            s.execute("insert into audit_event (action, entity_type, entity_id) values ('kept', 'test', '1')");
            // the shape of a cluster from before: every object the superuser's, no platform roles
            s.execute("reassign owned by " + EmbeddedRoles.OWNER + " to postgres");
            s.execute("drop owned by " + EmbeddedRoles.APP);
            s.execute("drop owned by " + EmbeddedRoles.OWNER);
            s.execute("drop role " + EmbeddedRoles.OWNER);
            s.execute("drop role " + EmbeddedRoles.APP);
        }
        first.stop();
        Files.writeString(data.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
        Files.delete(EmbeddedCredentials.file(data));

        var second = children.start(data);
        assertThat(second.line()).as("the old cluster starts").startsWith("READY ");
        EmbeddedCredentials after = credentialsKeptOwnerOnly(data);
        String url = url(data);
        assertLoginRefused(url, EmbeddedRoles.SUPERUSER, "");
        assertLoginRefused(url, EmbeddedRoles.SUPERUSER, before.superuser());

        try (Connection owner = DriverManager.getConnection(url, EmbeddedRoles.OWNER, after.owner());
             Statement s = owner.createStatement()) {
            assertThat(count(s, "select count(*) from pg_class where relnamespace = 'public'::regnamespace "
                    + "and relkind in ('r', 'v', 'm', 'S') and relowner <> '" + EmbeddedRoles.OWNER + "'::regrole "
                    + "and not exists (select 1 from pg_depend d where d.objid = pg_class.oid and d.deptype = 'e')"))
                    .as("every table, view and sequence is the owner's").isZero();
            assertThat(count(s, "select count(*) from pg_proc where pronamespace = 'public'::regnamespace "
                    + "and proowner <> '" + EmbeddedRoles.OWNER + "'::regrole and not exists (select 1 from "
                    + "pg_depend d where d.objid = pg_proc.oid and d.deptype = 'e')"))
                    .as("the trigger functions are the owner's").isZero();
            s.execute("create table migration_probe (i int)");
            s.execute("drop table migration_probe");
        }
        var migrated = Flyway.configure().dataSource(url, EmbeddedRoles.OWNER, after.owner())
                .locations("classpath:db/migration").load();
        assertThat(migrated.migrate().migrationsExecuted).as("nothing left to migrate").isZero();
        migrated.validate();

        try (Connection app = DriverManager.getConnection(url, EmbeddedRoles.APP, after.app());
             Statement s = app.createStatement()) {
            assertThat(count(s, "select count(*) from audit_event where action = 'kept'")).isEqualTo(1);
            assertThat(count(s, "select count(*) from pg_class c where c.relnamespace = 'public'::regnamespace "
                    + "and c.relkind in ('r', 'p') and not has_table_privilege('" + EmbeddedRoles.APP + "', c.oid, "
                    + "'select, insert, update, delete')"))
                    .as("the platform may read and write every table").isZero();
            s.execute("insert into audit_event (action, entity_type, entity_id) values ('after', 'test', '2')");
            assertRefused(s, "alter table audit_event disable trigger all", "");
            assertRefused(s, "set session_replication_role = replica", "");
        }
    }

    private static Path newDataDirectory() {
        return Path.of("target", "privileges-test-" + UUID.randomUUID(), "postgres").toAbsolutePath();
    }

    private static EmbeddedCredentials credentialsKeptOwnerOnly(Path data) throws Exception {
        Path file = EmbeddedCredentials.file(data);
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(EmbeddedCredentials.OWNER_ONLY);
        return EmbeddedCredentials.read(data).orElseThrow();
    }

    /** The server's address, from the port in its {@code postmaster.pid} (the fourth line). */
    private static String url(Path data) throws Exception {
        String port = Files.readAllLines(data.resolve("postmaster.pid")).get(3).strip();
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + EmbeddedPostgresServer.DATABASE;
    }

    private static void migrateAsOwner(String url, EmbeddedCredentials credentials) {
        Flyway.configure().dataSource(url, EmbeddedRoles.OWNER, credentials.owner())
                .locations("classpath:db/migration").load().migrate();
    }

    private static void assertLoginRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .as("login as %s with password '%s'", user, password).isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    private static void assertRefused(Statement statement, String sql, String because) {
        assertThatThrownBy(() -> statement.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                .hasMessageContaining(because);
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
