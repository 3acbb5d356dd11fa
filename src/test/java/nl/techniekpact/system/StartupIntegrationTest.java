package nl.techniekpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import nl.techniekpact.PlatformJar;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform as it is installed: the packaged jar started as its own process on an empty database (a fresh
 * embedded PostgreSQL directory, or a fresh database on the external server in CI), with its open-data bundle.
 * From before the port opens until well after start-up, every kind of page is requested again and again; every
 * answer must be the friendly 503 (with Retry-After) or the real page — never a 404 or 500 — and afterwards every
 * page must be correct and show the bundle's figures. Then a restart on the loaded database, which must load
 * nothing again and serve the same answers. Start-up times go to {@code target/startup-times.txt} (measured,
 * not asserted; see docs/benchmarks.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartupIntegrationTest {

    /** Every kind of page: pact pages, search, the API, the monitor (overview, indicator, comparison, map), reports. */
    static final List<String> PAGES = List.of("/", "/editions/2013", "/actions/2013-A01", "/goals/2016-G01",
            "/themes/2018-T1", "/partners", "/regions", "/regions/TL02", "/search?q=techniek", "/api/v1/editions/2013",
            "/api/v1/regions", "/api/v1/indicators", "/monitor", "/monitor/indicatoren/mbo-deelnemers-techniek",
            "/monitor/indicatoren/mbo-deelnemers-techniek/regios?kind=PROVINCE",
            "/monitor/indicatoren/ho-eerstejaars-techniek/kaart?kind=LABOUR_MARKET_REGION",
            "/api/v1/indicators/mbo-deelnemers-techniek/series?region=PV27",
            "/api/v1/indicators/openstaande-vacatures/comparison?kind=PROVINCE", "/reports", "/factsheets",
            "/factsheets/PV27", "/factsheets/AM18", "/open-data", "/actuator/health/readiness");
    static final String READINESS = "/actuator/health/readiness";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Path work = Path.of("target/startup-test").toAbsolutePath();
    private String databaseUrl;
    private final Map<String, String> firstBodies = new LinkedHashMap<>();
    private final List<String> times = new ArrayList<>();

    record Answer(long atMillis, String path, int status, String retryAfter, String body) {
    }

    @BeforeAll
    void freshDatabase() throws Exception {
        deleteRecursively(work);
        Files.createDirectories(work);
        String external = System.getenv("SPRING_DATASOURCE_URL");
        if (external != null && !external.isBlank()) {
            String name = "techniekpact_startup_test";
            try (Connection c = DriverManager.getConnection(external, System.getenv("SPRING_DATASOURCE_USERNAME"),
                    System.getenv("SPRING_DATASOURCE_PASSWORD"))) {
                c.createStatement().execute("drop database if exists " + name);
                c.createStatement().execute("create database " + name + " encoding 'UTF8' template template0");
            }
            databaseUrl = external.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        }
    }

    @AfterAll
    void writeTimes() throws IOException {
        Files.writeString(Path.of("target/startup-times.txt"), String.join("\n", times) + "\n");
    }

    @Test
    @Order(1)
    void requestsDuringAFirstStartNeverBreakThePlatform() throws Exception {
        int port = PlatformJar.freePort();
        long started = System.nanoTime();
        Process platform = start(port, true, "first");
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        ScheduledExecutorService firing = Executors.newSingleThreadScheduledExecutor();
        long readyAt;
        try {
            // every kind of page, every 150 ms, from before the port opens until 8 s after readiness
            firing.scheduleAtFixedRate(() -> PAGES.forEach(path -> pool.submit(() -> answers.add(get(port, path, started)))),
                    0, 150, TimeUnit.MILLISECONDS);
            readyAt = awaitReadiness(platform, port, started, "first", answers);
            long until = readyAt + 8_000;
            Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> List.copyOf(answers).stream()
                    .anyMatch(a -> a.path().equals("/api/v1/editions/2013") && a.atMillis() > until));
            firing.shutdown();
            assertThat(firing.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            times.add("first start on an empty database, to readiness: " + readyAt + " ms");

            List<Answer> all = List.copyOf(answers);
            assertThat(all).as("requests sent while the platform started").hasSizeGreaterThan(PAGES.size() * 10);
            for (Answer a : all) {
                assertThat(a.status()).as("%s at %d ms: %s", a.path(), a.atMillis(), abbreviate(a.body()))
                        .isIn(0, 200, 503);
                if (a.status() == 503 && !a.path().startsWith("/actuator/")) {
                    assertThat(a.retryAfter()).as("Retry-After on %s", a.path()).isNotNull();
                    if (!a.path().startsWith("/api/") && !a.path().startsWith("/actuator/")) {
                        assertThat(a.body()).contains("Het platform start op");
                    }
                }
            }
            assertThat(all).as("the window before the data was in was hit: 503 with Retry-After")
                    .anyMatch(a -> a.status() == 503 && a.path().equals("/api/v1/editions/2013"));
            assertThat(all).as("readiness said OUT_OF_SERVICE while loading")
                    .anyMatch(a -> a.path().equals(READINESS) && a.status() == 503 && a.body().contains("OUT_OF_SERVICE"));

            for (String path : PAGES) {
                Answer after = get(port, path, started);
                assertThat(after.status()).as("%s after start-up: %s", path, abbreviate(after.body())).isEqualTo(200);
                firstBodies.put(path, after.body());
            }
            assertPagesAreRight(port, started);
            assertPagesAreTheBytesPublishedBefore(port);
        } finally {
            firing.shutdownNow();
            pool.shutdownNow();
            stop(platform);
        }
    }

    @Test
    @Order(2)
    void aRestartOnTheLoadedDatabaseLoadsNothingAgainAndServesTheSame() throws Exception {
        int port = PlatformJar.freePort();
        long started = System.nanoTime();
        Process platform = start(port, false, "restart");
        try {
            long readyAt = awaitReadiness(platform, port, started, "restart", new ArrayList<>());
            times.add("restart on the loaded database, to readiness: " + readyAt + " ms");
            String log = Files.readString(log("restart"));
            assertThat(log).contains("Open-data bundle: 0 imports run");
            for (String path : PAGES) {
                Answer after = get(port, path, started);
                assertThat(after.status()).as(path).isEqualTo(200);
                if (path.startsWith("/api/") && !firstBodies.isEmpty()) {
                    assertThat(after.body()).as("%s the same after a restart", path).isEqualTo(firstBodies.get(path));
                }
            }
        } finally {
            stop(platform);
        }
    }

    /**
     * Polls the readiness probe (each answer kept in {@code answers}) until it says UP, failing at once if the
     * process dies and after ten minutes; returns the time of the first UP in ms since {@code started}.
     */
    private long awaitReadiness(Process platform, int port, long started, String name, List<Answer> answers) {
        AtomicLong readyAt = new AtomicLong(-1);
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            assertThat(platform.isAlive()).as("the platform process is running (see %s)", log(name)).isTrue();
            Answer readiness = get(port, READINESS, started);
            answers.add(readiness);
            assertThat(readiness.status()).as("readiness: %s", abbreviate(readiness.body())).isIn(0, 200, 503);
            if (readiness.status() == 200) {
                readyAt.set(readiness.atMillis());
            }
            return readiness.status() == 200;
        });
        return readyAt.get();
    }

    /** The pages show the pact and the bundle's real figures, not the empty states. */
    private void assertPagesAreRight(int port, long started) {
        assertThat(body(port, "/api/v1/editions/2013", started)).contains("\"2013-A01\"").contains("\"2013-A22\"");
        assertThat(body(port, "/", started)).contains("2013").contains("2016").contains("2018");
        assertThat(body(port, "/actions/2013-A01", started)).contains("2013-A01");
        assertThat(body(port, "/monitor/indicatoren/mbo-deelnemers-techniek", started))
                .doesNotContain("Voor deze keuze zijn nog geen cijfers geladen.");
        assertThat(body(port, "/api/v1/indicators/mbo-deelnemers-techniek/series?region=PV27", started))
                .contains("2019");
        assertThat(body(port, "/monitor/indicatoren/ho-eerstejaars-techniek/kaart?kind=LABOUR_MARKET_REGION", started))
                .contains("<svg").contains("Groot Amsterdam");
        String factsheets = body(port, "/factsheets", started);
        List<String> codes = java.util.regex.Pattern.compile("href=\"/factsheets/((?:vmbo-)?(?:PV|AM|RMC)\\d\\d)\"")
                .matcher(factsheets).results().map(m -> m.group(1)).distinct().toList();
        assertThat(codes).as("factsheets listed: 12 provinces, 35 labour-market regions")
                .filteredOn(c -> !c.startsWith("vmbo-")).hasSize(47);
        assertThat(codes).as("vmbo portraits of the provinces and RMC regions (figures from the bundle)")
                .filteredOn(c -> c.startsWith("vmbo-")).hasSizeGreaterThanOrEqualTo(12 + 30);
        for (String code : codes) {
            assertThat(body(port, "/factsheets/" + code, started)).as("factsheet %s", code)
                    .doesNotContain("Voor deze regio zijn in de monitor nog geen cijfers geladen.");
        }
        assertThat(body(port, "/open-data", started)).contains("CC BY 4.0").contains("municipalities.csv");
    }

    /** The pages of the monitor and the reports, as published before issue 14, byte for byte (see the folder). */
    static final String PUBLISHED = "src/test/resources/nl/techniekpact/system/published-pages";

    /**
     * The read model and the page cache change how pages are made, never what they say: the monitor's overview,
     * indicator pages (filtered, per region, shares), comparisons, maps, factsheets and the figures API for the
     * installed bundle are the same bytes as the platform wrote before them (commit f0056c2, saved with curl
     * from a fresh install; {@code -Dtechniekpact.published-pages.write=true} saves them again when the bundle
     * or a page deliberately changes).
     */
    private void assertPagesAreTheBytesPublishedBefore(int port) throws IOException, InterruptedException {
        boolean write = Boolean.getBoolean("techniekpact.published-pages.write");
        List<String> lines = Files.readAllLines(Path.of(PUBLISHED, "pages.txt"));
        assertThat(lines).hasSizeGreaterThan(20);
        for (String line : lines) {
            String[] page = line.split(" ");
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + page[1])).header("Cookie", "tp-lang=" + page[0])
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(line).isEqualTo(200);
            Path saved = Path.of(PUBLISHED, page[2]);
            String body = withoutToday(new String(response.body(), StandardCharsets.UTF_8));
            if (write) {
                Files.writeString(saved, body, StandardCharsets.UTF_8);
            }
            assertThat(body).as("%s (%s) as published before", page[1], page[0])
                    .isEqualTo(Files.readString(saved, StandardCharsets.UTF_8));
        }
    }

    /**
     * Reports and factsheets are dated the day they are asked for ("stand op 4 december 2026"): the saved pages
     * hold {@value #TODAY} where that date stands, so they compare on any day.
     */
    static String withoutToday(String page) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            page = page.replace(DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(today), TODAY);
        }
        return page;
    }

    static final String TODAY = "{today}";

    private String body(int port, String path, long started) {
        Answer answer = get(port, path, started);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }

    private Answer get(int port, String path, long started) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept", path.startsWith("/api/") || path.startsWith("/actuator/") ? "application/json"
                            : "text/html").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(millisSince(started), path, response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException e) {
            return new Answer(millisSince(started), path, 0, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(millisSince(started), path, 0, null, "interrupted");
        }
    }

    private Process start(int port, boolean clean, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-jar", PlatformJar.jar().toString())
                .redirectErrorStream(true).redirectOutput(log(name).toFile());
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(port));
        env.remove("TECHNIEKPACT_MONITOR_IMPORT_DIRECTORY");
        if (databaseUrl != null) {
            env.put("SPRING_DATASOURCE_URL", databaseUrl);
        } else {
            env.remove("SPRING_DATASOURCE_URL");
            env.put("TECHNIEKPACT_EMBEDDED_DB_DATA_DIRECTORY", work.resolve("postgres").toString());
            env.put("TECHNIEKPACT_EMBEDDED_DB_CLEAN", String.valueOf(clean));
        }
        return builder.start();
    }

    private Path log(String name) {
        return work.resolve(name + ".log");
    }

    private static void stop(Process platform) throws InterruptedException {
        platform.destroy();
        if (!platform.waitFor(60, TimeUnit.SECONDS)) {
            platform.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }



    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 300 ? text : text.substring(0, 300) + "…";
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
