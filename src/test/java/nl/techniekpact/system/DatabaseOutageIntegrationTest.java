package nl.techniekpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.techniekpact.PlatformJar;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole platform (its jar, in a JVM of its own, on an embedded PostgreSQL of its own) through a database
 * outage and a crash, as an operator meets them: the PostgreSQL server is killed under a running platform — pages
 * and the API answer 503 at once with {@code Retry-After}, readiness is down, the platform starts the server again
 * and serves the same data within seconds; then the platform itself is killed with SIGKILL and started again on
 * the same data directory — it stops the orphaned server and serves. Runs in both CI modes (the platform under
 * test never uses the suite's database).
 */
class DatabaseOutageIntegrationTest {

    private static final Pattern DATA_DIRECTORY = Pattern.compile("Embedded PostgreSQL running on \\S+ with data in (\\S+)");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process platform;
    private Path output;
    private int port;

    @AfterEach
    void stop() throws Exception {
        if (platform != null && platform.isAlive()) {
            platform.destroy();
            if (!platform.waitFor(60, TimeUnit.SECONDS)) {
                platform.destroyForcibly();
            }
        }
    }

    @Test
    void aKilledDatabaseMeans503AtOnceAndTheSameDataSecondsLaterAndAKilledPlatformStartsAgain() throws Exception {
        Path home = Path.of("target", "outage-test-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(home);
        port = PlatformJar.freePort();
        start(home);
        String editions = get("/api/v1/editions").body();
        assertThat(get("/").statusCode()).isEqualTo(200);

        Path data = dataDirectory();
        long postmaster = OrphanedServer.pid(data.resolve("postmaster.pid"));
        assertThat(ProcessHandle.of(postmaster).orElseThrow().destroyForcibly()).isTrue();

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Answer page = get("/");
            return page.statusCode() == 503 && page.retryAfter() && page.body().contains("even niet bereikbaar");
        });
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/").statusCode() == 200 && get("/actuator/health/readiness").statusCode() == 200);
        assertThat(get("/api/v1/editions").body()).as("the same data after the outage").isEqualTo(editions);
        assertThat(log()).contains("The database does not answer", "starting it again", "The database is back");

        platform.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        start(home);
        assertThat(get("/api/v1/editions").body()).as("the same data after a crash").isEqualTo(editions);
        assertThat(log()).contains("was left running");
    }

    private void start(Path home) throws IOException {
        output = home.resolve("platform-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", PlatformJar.jar().toString(), "--server.port=" + port,
                "--techniekpact.embedded-db.data-directory=" + home.resolve("postgres"))
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE"));
        builder.environment().put("TECHNIEKPACT_MONITOR_OPEN_DATA_LOAD", "false");
        builder.environment().put("TECHNIEKPACT_LOKET_REFERENCE_DATA_LOAD", "false");
        platform = builder.start();
        Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(platform.isAlive()).as("the platform runs; its log: " + output).isTrue();
            return get("/actuator/health/readiness").statusCode() == 200;
        });
    }

    private Path dataDirectory() throws IOException {
        Matcher m = DATA_DIRECTORY.matcher(log());
        assertThat(m.find()).as("the platform logs its data directory").isTrue();
        return Path.of(m.group(1));
    }

    private String log() throws IOException {
        try (Stream<Path> logs = Files.list(output.getParent())) {
            StringBuilder all = new StringBuilder();
            for (Path file : logs.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        }
    }

    /** An answer: status 0 when there was none (connection refused while the platform starts). */
    private record Answer(int statusCode, String body, boolean retryAfter) {
    }

    private Answer get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + path)).timeout(Duration.ofSeconds(20)).header("Accept", "text/html,application/json").GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").isPresent());
        } catch (IOException e) {
            return new Answer(0, "", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


}
