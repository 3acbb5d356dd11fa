package nl.techniekpact.operations;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import nl.techniekpact.shared.Json;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.stereotype.Service;

/**
 * The whole platform to one file and back. A backup is a zip of {@code manifest.json} and one file per table in
 * PostgreSQL's COPY text format, all read in one repeatable-read, read-only transaction, so it is one consistent
 * moment even while the platform runs. A restore goes into an empty install of the same schema version (a new
 * data directory, or an empty database after the platform's migrations): it checks every table's SHA-256
 * before it writes anything, then loads every table in one transaction (parents before children), checks the row
 * counts and moves every sequence past the restored ids; any problem rolls the whole restore back.
 */
@Service
public class PlatformBackup {

    static final String MANIFEST = "manifest.json";

    private final DataSource dataSource;
    private final Clock clock;

    PlatformBackup(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Writes a backup of the whole platform to {@code out} (not closed) and returns what it holds. */
    public BackupManifest write(OutputStream out) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("set transaction isolation level repeatable read, read only");
            }
            try {
                ZipOutputStream zip = new ZipOutputStream(out);
                CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
                List<BackupManifest.Table> tables = new ArrayList<>();
                for (String table : SchemaTables.inLoadOrder(connection)) {
                    long rows = count(connection, table);
                    zip.putNextEntry(new ZipEntry(entry(table)));
                    MessageDigest sha = sha256();
                    copy.copyOut("copy (" + SchemaTables.orderedSelect(connection, table) + ") to stdout",
                            new DigestOutputStream(new Unclosed(zip), sha));
                    zip.closeEntry();
                    tables.add(new BackupManifest.Table(table, rows, HexFormat.of().formatHex(sha.digest())));
                }
                BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT,
                        SchemaTables.schemaVersion(connection), clock.instant(), tables);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
                zip.finish();
                return manifest;
            } finally {
                connection.rollback();
            }
        }
    }

    /** Restores {@code backup} into this (empty) install, all or nothing; returns what it restored. */
    public BackupManifest restore(Path backup) throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(backup.toFile()); Connection connection = dataSource.getConnection()) {
            BackupManifest manifest = manifest(zip);
            verify(zip, manifest);
            connection.setAutoCommit(false);
            try {
                String version = SchemaTables.schemaVersion(connection);
                if (!version.equals(manifest.schemaVersion())) {
                    throw new BackupException("the backup is of schema version " + manifest.schemaVersion()
                            + ", this install is at " + version + ": restore with the platform version that made it");
                }
                List<String> order = SchemaTables.inLoadOrder(connection);
                Map<String, BackupManifest.Table> byName = manifest.tables().stream()
                        .collect(Collectors.toMap(BackupManifest.Table::name, Function.identity()));
                if (!byName.keySet().equals(new java.util.HashSet<>(order))) {
                    throw new BackupException("the backup's tables differ from this install's");
                }
                requireEmptyInstall(connection);
                for (String table : order.reversed()) {
                    if (count(connection, table) > 0) {
                        execute(connection, "delete from " + SchemaTables.quoted(table));
                    }
                }
                CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
                for (String table : order) {
                    try (InputStream in = zip.getInputStream(zip.getEntry(entry(table)))) {
                        copy.copyIn("copy " + SchemaTables.quoted(table) + " ("
                                + SchemaTables.columnList(connection, table) + ") from stdin", in);
                    } catch (SQLException e) {
                        throw new BackupException(table + ": " + e.getMessage());
                    }
                    long rows = count(connection, table);
                    if (rows != byName.get(table).rows()) {
                        throw new BackupException(table + ": " + rows + " rows restored, the backup holds "
                                + byName.get(table).rows());
                    }
                }
                moveSequences(connection);
                connection.commit();
                return manifest;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** An install is empty when nobody has used it: no accounts, no audit trail (only what its start loaded). */
    private static void requireEmptyInstall(Connection connection) throws SQLException {
        for (String table : List.of("app_user", "audit_event", "progress_report")) {
            if (count(connection, table) > 0) {
                throw new BackupException("this install is not empty (" + table + " has rows): restore into a new "
                        + "data directory or an empty database");
            }
        }
    }

    private static BackupManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new BackupException("not a backup of the platform: " + MANIFEST + " is missing");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            BackupManifest manifest = Json.MAPPER.readValue(in, BackupManifest.class);
            if (manifest.format() != BackupManifest.FORMAT) {
                throw new BackupException("backup format " + manifest.format() + " is not known here");
            }
            return manifest;
        }
    }

    /** Every table's data must be there with the hash the manifest states, before anything is written. */
    private static void verify(ZipFile zip, BackupManifest manifest) throws IOException {
        for (BackupManifest.Table table : manifest.tables()) {
            ZipEntry entry = zip.getEntry(entry(table.name()));
            if (entry == null) {
                throw new BackupException(table.name() + ": its data is missing from the backup");
            }
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(table.sha256())) {
                throw new BackupException(table.name() + ": its data does not match the manifest (damaged file?)");
            }
        }
    }

    /** Every sequence behind a column default or identity continues after the highest restored value. */
    private static void moveSequences(Connection connection) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("""
                select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name)
                  from information_schema.columns
                 where table_schema = current_schema()
                   and (column_default like 'nextval(%' or is_identity = 'YES')""")) {
            while (rs.next()) {
                if (rs.getString(3) != null) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        for (String[] c : columns) {
            try (var statement = connection.prepareStatement("select setval(?, coalesce((select max("
                    + SchemaTables.quoted(c[1]) + ") from " + SchemaTables.quoted(c[0]) + "), 0) + 1, false)")) {
                statement.setString(1, c[2]);
                statement.execute();
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + SchemaTables.quoted(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static String entry(String table) {
        return "tables/" + table + ".copy";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip stays open when the COPY stream is done with one entry. */
    private static final class Unclosed extends FilterOutputStream {

        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
