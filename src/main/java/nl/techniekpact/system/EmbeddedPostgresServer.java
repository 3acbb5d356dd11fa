package nl.techniekpact.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final int NOBODY = 65534;
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final Path dataDirectory;
    private final Path binaries;
    private final int port;
    private final boolean asNobody;
    private EmbeddedCredentials credentials;

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
            Path binaries = EmbeddedBinaries.extract();
            int port = properties.port() == 0 ? freePort() : properties.port();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDirectory, binaries, port, asNobody);
            DataDirectoryOwnership.claim(dataDirectory);
            server.stopOrphan();
            if (properties.clean()) {
                EmbeddedBinaries.deleteRecursively(dataDirectory);
            }
            server.credentials = server.initIfNeeded();
            server.startPostmaster();
            server.secure();
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

    /** The role the platform serves with: it reads and writes the tables, and cannot change or bypass them. */
    public String username() {
        return EmbeddedRoles.APP;
    }

    public String password() {
        return credentials.app();
    }

    /** The role that owns the schema and runs the migrations. */
    public String ownerUsername() {
        return EmbeddedRoles.OWNER;
    }

    public String ownerPassword() {
        return credentials.owner();
    }

    public int port() {
        return port;
    }

    /** Where the cluster lives (another folder than the configured one when root had to move it for 'nobody'). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Initialises a new cluster with password authentication from its first moment: {@code initdb} runs in a
     * staging directory beside the data directory, the generated credentials are written into it, and only then
     * is it moved into place, so a crash half-way leaves no cluster whose password is lost. A cluster without
     * credentials predates them (trust authentication): they are generated now and {@link #secure()} converts it.
     */
    private EmbeddedCredentials initIfNeeded() throws IOException {
        if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            Optional<EmbeddedCredentials> kept = EmbeddedCredentials.read(dataDirectory);
            if (kept.isPresent()) {
                return kept.get();
            }
            log.warn("The embedded PostgreSQL cluster in {} predates password logins; securing it now",
                    dataDirectory);
            EmbeddedCredentials generated = EmbeddedCredentials.generate();
            generated.write(dataDirectory);
            return generated;
        }
        if (Files.isDirectory(dataDirectory)) {
            try (Stream<Path> entries = Files.list(dataDirectory)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(dataDirectory + " is not empty and holds no PostgreSQL cluster");
                }
            }
            Files.delete(dataDirectory);
        }
        Path staging = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".init");
        EmbeddedBinaries.deleteRecursively(staging);
        Files.createDirectories(staging);
        giveToServerUser(staging);
        EmbeddedCredentials generated = EmbeddedCredentials.generate();
        Path passwordFile = Files.createTempFile("techniekpact-pg-password", ".txt");
        try {
            Files.writeString(passwordFile, generated.superuser());
            giveToServerUser(passwordFile);
            String locale = Files.isDirectory(Path.of("/usr/lib/locale/C.utf8")) ? "C.UTF-8" : "C";
            run(List.of(bin("initdb"), "-D", staging.toString(), "-U", EmbeddedRoles.SUPERUSER,
                    "-A", "scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=" + locale), 120);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        generated.write(staging);
        Files.move(staging, dataDirectory, StandardCopyOption.ATOMIC_MOVE);
        log.info("Initialised embedded PostgreSQL cluster in {}", dataDirectory);
        return generated;
    }

    /**
     * Brings the roles into shape ({@link EmbeddedRoles}) and then allows password logins over loopback only,
     * reloading the server's configuration when that changed it (a cluster that predates the roles trusted
     * every local connection).
     */
    private void secure() throws IOException {
        String server = "jdbc:postgresql://127.0.0.1:" + port + "/";
        try {
            EmbeddedRoles.apply(server, DATABASE, credentials);
            Path hba = dataDirectory.resolve("pg_hba.conf");
            if (!EmbeddedRoles.HBA.equals(Files.readString(hba))) {
                Path written = dataDirectory.resolve("pg_hba.conf.new");
                Files.writeString(written, EmbeddedRoles.HBA);
                giveToServerUser(written);
                Files.move(written, hba, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                try (Connection admin = DriverManager.getConnection(server + "postgres", EmbeddedRoles.SUPERUSER,
                        credentials.superuser()); var s = admin.createStatement()) {
                    s.execute("select pg_reload_conf()");
                }
                log.info("The embedded PostgreSQL server now takes password logins over loopback only");
            }
        } catch (SQLException e) {
            throw new IOException("Could not set up the embedded PostgreSQL server's roles (is "
                    + EmbeddedCredentials.file(dataDirectory) + " the one made with this cluster?): "
                    + e.getMessage(), e);
        }
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

    /** Makes {@code path} the server user's alone: a directory rwx, a file rw, for its owner only. */
    private void giveToServerUser(Path path) throws IOException {
        Files.setPosixFilePermissions(path, Files.isDirectory(path)
                ? Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE)
                : EmbeddedCredentials.OWNER_ONLY);
        if (!asNobody) {
            return;
        }
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(path, users.lookupPrincipalByName("nobody"));
        Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class)
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(String text) {
        return "\nserver.log:\n" + text.substring(Math.max(0, text.length() - 2000));
    }
}
