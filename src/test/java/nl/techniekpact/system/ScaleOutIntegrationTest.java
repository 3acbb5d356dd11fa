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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.Preconditions;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.rounds.ReportingRounds;
import nl.techniekpact.rounds.RoundTasks;
import nl.techniekpact.rounds.RoundViews.ActionUpdate;
import nl.techniekpact.rounds.RoundViews.NewRound;
import nl.techniekpact.PlatformJar;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the platform (the jar, each in a JVM of its own) on one PostgreSQL — the suite's — behind a
 * real nginx on loopback, as a national deployment runs: an approval (made here, a third instance on the same
 * database) shows at once on both, through their page caches; a user signed in on one instance keeps working,
 * through nginx, when that instance is stopped; a round's reminders, due while both instances run their
 * reminder job every two seconds, are written once, and every e-mail of the outbox is sent once although all
 * three instances send.
 */
@PlatformIntegrationTest
class ScaleOutIntegrationTest {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    @org.springframework.boot.test.web.server.LocalServerPort
    int self;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    ReportingRounds rounds;
    @Autowired
    RoundTasks tasks;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();
    private Path home;

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
    void twoInstancesBehindNginxShareChangesSessionsAndJobs() throws Exception {
        Preconditions.require(Files.isExecutable(NGINX), "Debian's nginx at " + NGINX + " (apt-get install nginx)");
        home = Path.of("target", "scale-out-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(home);

        // a round whose reminders are due today, before the instances (that run the reminder job) start
        var office = accounts.byId(users.create(Role.OFFICE, "office").id()).orElseThrow();
        var owner = accounts.byId(users.create(Role.OWNER, "partner:szw").id()).orElseThrow(); // owns 2013-A21
        String name = "Schaal " + UUID.randomUUID().toString().substring(0, 6);
        var round = rounds.open(office, new NewRound(name, LocalDate.now(), LocalDate.now().plusDays(2), 3,
                List.of("2013-A21"), List.of()));

        int a = PlatformJar.freePort();
        int b = PlatformJar.freePort();
        Process instanceA = start("a", a);
        Process instanceB = start("b", b);
        awaitReady(instanceA, a);
        awaitReady(instanceB, b);
        int proxy = startNginx(a, b);

        // reminders: both instances run the job every two seconds; each reporter is reminded once
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                jdbc.sql("select reminded_on is not null from reporting_round where id = ?").param(round.id())
                        .query(Boolean.class).single());
        String reminder = "Herinnering: rapportageronde " + name + "%";
        // while both instances go on running the job (three more times each), no reporter gets a second one
        Awaitility.await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.sql("select count(*) from outbox_mail where subject like ? group by recipient")
                        .param(reminder).query(Integer.class).list().stream().allMatch(n -> n == 1));
        List<Integer> perReporter = jdbc.sql("select count(*) from outbox_mail where subject like ? group by recipient")
                .param(reminder).query(Integer.class).list();
        assertThat(perReporter).as("one reminder per reporter").isNotEmpty().containsOnly(1);

        // the outbox: 30 e-mails, all three instances sending, each arrives once
        String batch = "Eenmaal " + UUID.randomUUID();
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < 30; i++) {
                outbox.enqueue("lezer" + i + "@example.org", batch + " " + i, "Bericht " + i);
            }
        });
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                jdbc.sql("select count(*) from outbox_mail where subject like ? and sent_at is not null")
                        .param(batch + "%").query(Integer.class).single() == 30);
        long received = java.util.Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().startsWith(batch);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertThat(received).as("every e-mail sent once").isEqualTo(30);

        // an approval shows at once on both instances, through their page caches
        String page = "/actions/2013-A21";
        for (int port : List.of(a, b)) {
            get(port, page);
            assertThat(get(port, page).headers().firstValue("X-Page-Cache")).contains("hit");
        }
        var task = tasks.tasksOfRound(round.id()).getFirst();
        String news = "Regeling vastgesteld in " + name;
        tasks.submit(owner, task.id(), new ActionUpdate("COMPLETED", news, null, null, List.of(), List.of(),
                List.of()), task.version());
        tasks.approve(office, task.id(), task.version() + 1);
        assertThat(get(self, page).body()).as("the page of the instance that approved").contains(news);
        for (int port : List.of(a, b)) {
            // without the signal the cached page would stay forever; the bound is for a busy machine, not a goal
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> get(port, page).body().contains(news));
            assertThat(get(port, page + "?uncached").body()).as("the read caches too").contains(news);
        }

        // a session begun on B goes on, through nginx, when B stops
        var reader = users.create(Role.READER, "office");
        WebSession onB = new WebSession(b);
        assertThat(onB.login(reader.email(), TestUsers.PASSWORD).headers().firstValue("Location").orElse(""))
                .endsWith("/account");
        WebSession throughProxy = onB.onPort(proxy);
        assertThat(throughProxy.get("/account").body()).contains(reader.email());
        instanceB.destroy();
        assertThat(instanceB.waitFor(60, TimeUnit.SECONDS)).isTrue();
        var account = throughProxy.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).as("still signed in, now on A").contains(reader.email());
        String tokenName = "na-de-stop-" + UUID.randomUUID().toString().substring(0, 6);
        var created = throughProxy.post("/account/tokens", Map.of("name", tokenName, "days", "30"));
        assertThat(created.statusCode()).as("a form posted after the stop").isBetween(200, 303);
        assertThat(jdbc.sql("select exists (select 1 from api_token where name = ?)").param(tokenName)
                .query(Boolean.class).single()).isTrue();
    }

    private Process start(String name, int port) throws IOException {
        Path log = home.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(PlatformJar.java(), "-Xmx640m", "-jar", PlatformJar.jar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=3025",
                "--techniekpact.mail.from=techniekpact@example.org",
                "--techniekpact.rounds.reminder-cron=*/2 * * * * *",
                "--techniekpact.monitor.open-data.load=false",
                "--techniekpact.loket.reference-data.load=false",
                "--techniekpact.skills.esco.load=false", "--techniekpact.schemes.bundle.load=false")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(n -> n.startsWith("SPRING_DATASOURCE"));
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private void awaitReady(Process process, int port) {
        Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(process.isAlive()).as("the instance on port " + port + " runs; its log is in " + home).isTrue();
            return status(port, "/actuator/health/readiness") == 200;
        });
    }

    private int startNginx(int a, int b) throws IOException {
        int port = PlatformJar.freePort();
        Path conf = home.resolve("nginx.conf");
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(conf, """
                %s
                worker_processes 1;
                daemon off;
                pid %s/nginx.pid;
                error_log %s/nginx-error.log warn;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path %s/nginx-body;
                    proxy_temp_path %s/nginx-proxy;
                    fastcgi_temp_path %s/nginx-fastcgi;
                    uwsgi_temp_path %s/nginx-uwsgi;
                    scgi_temp_path %s/nginx-scgi;
                    upstream platform {
                        server 127.0.0.1:%d max_fails=1 fail_timeout=30s;
                        server 127.0.0.1:%d max_fails=1 fail_timeout=30s;
                    }
                    server {
                        listen 127.0.0.1:%d;
                        location / {
                            proxy_pass http://platform;
                            proxy_set_header Host $host:$server_port;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_next_upstream error timeout http_502 http_503;
                            proxy_connect_timeout 2s;
                        }
                    }
                }
                """.formatted(root ? "user root;" : "", home, home, home, home, home, home, home, a, b, port));
        Process nginx = new ProcessBuilder(NGINX.toString(), "-p", home.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("nginx.out").toFile()).start();
        processes.add(nginx);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            assertThat(nginx.isAlive()).as("nginx runs; see " + home.resolve("nginx.out")).isTrue();
            return status(port, "/actuator/health/readiness") == 200;
        });
        return port;
    }

    private int status(int port, String path) {
        try {
            return get(port, path).statusCode();
        } catch (IllegalStateException e) {
            return 0;
        }
    }

    private HttpResponse<String> get(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20)).header("Accept", "text/html,application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
