package nl.techniekpact.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.PlatformJar;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.shared.Json;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Backup of the running platform through the office API, restored with the jar's {@code restore} command into an
 * empty install (a new data directory) and started there: every table holds what the backup holds (same rows,
 * same SHA-256 of its data), the pact reads the same and a user signs in with the password they had. A damaged
 * backup and a restore into an install in use are refused with the reason and write nothing.
 */
@PlatformIntegrationTest
class BackupRestoreIntegrationTest {

    private static final String OFFICE_TOKEN = "tpk_bootstrap_token_for_tests_0123456789";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (Process p : processes) {
            if (p.isAlive()) {
                p.destroy();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    @Test
    void aBackupRestoredIntoAnEmptyInstallHoldsEveryRecord() throws Exception {
        Path home = Path.of("target", "backup-test-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(home);
        var user = users.create(Role.OWNER, "partner:po-raad");
        // a row of a table with a generated column (the listing's search vector): computed again on restore
        long company = jdbc.sql("""
                        insert into loket_company (kvk_number, name, sbi_code, street, house_number, postcode, pc4,
                                                   place, municipality_code, organisation_id, state)
                        values (?, 'Backupbedrijf', '2562', 'Teststraat', '1', '3511AB', '3511', 'Utrecht', 'GM0344',
                                ?, 'ACTIVE') returning id""")
                .params(String.valueOf(30_000_000 + Math.floorMod(UUID.randomUUID().hashCode(), 60_000_000)),
                        "company:backup-" + UUID.randomUUID())
                .query(Long.class).single();
        jdbc.sql("""
                        insert into loket_listing (side, company_id, title, activity_type, levels, subjects, venues,
                                                   travel_km, description, state, created_by)
                        values ('OFFER', ?, 'Gastles lassen', 'GASTLES', '{VMBO}', '{techniek}', '{AT_SCHOOL}', 25,
                                'Lassen en solderen', 'PUBLISHED', ?)""")
                .params(company, UUID.randomUUID()).update();
        Path backup = home.resolve("backup.zip");
        assertThat(download(port, backup)).isEqualTo(200);
        BackupManifest taken = manifest(backup);
        assertThat(taken.tables()).extracting(BackupManifest.Table::name)
                .contains("app_user", "audit_event", "action", "observation", "scheme", "loket_school", "esco_concept")
                .doesNotContain("flyway_schema_history", "spring_session");
        assertThat(rows(taken, "app_user")).isEqualTo(count("app_user"));

        // a damaged backup: refused before anything is written
        Path damaged = home.resolve("damaged.zip");
        damage(backup, damaged, "tables/app_user.copy");
        Path emptyInstall = home.resolve("empty");
        Command refused = run(home, "restore", damaged, emptyInstall);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("app_user: its data does not match the manifest");

        // the same empty install takes the good backup (the refused attempt left it empty)
        Command restored = run(home, "restore", backup, emptyInstall);
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(restored.output()).contains("Teruggezet / restored", taken.rows() + " rijen");
        Command again = run(home, "restore", backup, emptyInstall);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.output()).contains("this install is not empty");

        // a backup of the restored install (the jar's command, nothing else has touched it): every table as it was
        Path second = home.resolve("second.zip");
        Command backedUp = run(home, "backup", second, emptyInstall);
        assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
        BackupManifest after = manifest(second);
        assertThat(after.schemaVersion()).isEqualTo(taken.schemaVersion());
        assertThat(after.tables()).as("every table, its rows and the SHA-256 of its data")
                .containsExactlyElementsOf(taken.tables());

        // and it serves: the same pact, the user signs in with the password they had
        int other = PlatformJar.freePort();
        start(home, emptyInstall, other);
        assertThat(get(other, "/api/v1/editions")).isEqualTo(get(port, "/api/v1/editions"));
        assertThat(new WebSession(other).login(user.email(), TestUsers.PASSWORD).headers().firstValue("Location")
                .orElse("")).as("the password the user had").endsWith("/account");
    }

    private int download(int instance, Path file) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + instance + "/api/v1/office/backup"))
                .header("Authorization", "Bearer " + OFFICE_TOKEN).timeout(Duration.ofMinutes(5)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            Files.copy(in, file);
        }
        return response.statusCode();
    }

    private static BackupManifest manifest(Path backup) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile());
             InputStream in = zip.getInputStream(zip.getEntry(PlatformBackup.MANIFEST))) {
            return Json.MAPPER.readValue(in, BackupManifest.class);
        }
    }

    /** A copy of {@code backup} with one byte of {@code entry} changed. */
    private static void damage(Path backup, Path damaged, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] content = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    content[content.length / 2] ^= 0x01;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }

    private record Command(int exitCode, String output) {
    }

    private Command run(Path home, String command, Path file, Path dataDirectory) throws Exception {
        Path log = home.resolve(command + "-" + System.nanoTime() + ".out");
        Process process = builder(home, dataDirectory, command, file.toString()).redirectOutput(log.toFile()).start();
        processes.add(process);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the command ends; its output: " + log).isTrue();
        return new Command(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private void start(Path home, Path dataDirectory, int instance) throws IOException {
        Path log = home.resolve("restored-" + instance + ".log");
        Process process = builder(home, dataDirectory, "--server.port=" + instance).redirectOutput(log.toFile()).start();
        processes.add(process);
        Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(process.isAlive()).as("the restored install runs; its log: " + log).isTrue();
            return status(instance, "/actuator/health/readiness") == 200;
        });
    }

    private static ProcessBuilder builder(Path home, Path dataDirectory, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(PlatformJar.java(),
                "-Xmx640m", "-jar", PlatformJar.jar().toString()));
        command.addAll(List.of(args));
        command.add("--techniekpact.embedded-db.data-directory=" + dataDirectory);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE"));
        builder.environment().put("TECHNIEKPACT_MONITOR_OPEN_DATA_LOAD", "false");
        builder.environment().put("TECHNIEKPACT_LOKET_REFERENCE_DATA_LOAD", "false");
        builder.environment().put("TECHNIEKPACT_SKILLS_ESCO_LOAD", "false");
        builder.environment().put("TECHNIEKPACT_SCHEMES_BUNDLE_LOAD", "false");
        return builder;
    }

    private long rows(BackupManifest manifest, String table) {
        return manifest.tables().stream().filter(t -> t.name().equals(table)).findFirst().orElseThrow().rows();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private int status(int instance, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance + path))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private String get(int instance, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
