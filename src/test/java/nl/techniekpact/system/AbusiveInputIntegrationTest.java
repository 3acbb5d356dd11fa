package nl.techniekpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.techniekpact.ApiClient;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Input an attacker (or a careless script) sends: a NUL character in a query parameter, a form field or the path
 * gets 400 and the ordinary error page, never a 500 or a stack trace; {@code %} and {@code _} in a search are
 * plain characters, not wildcards that match every title; CSV downloads guard cells that a spreadsheet would run
 * as a formula.
 */
@PlatformIntegrationTest
class AbusiveInputIntegrationTest {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    nl.techniekpact.TestUsers users;
    @org.springframework.beans.factory.annotation.Autowired
    nl.techniekpact.accounts.Accounts accounts;
    @org.springframework.beans.factory.annotation.Autowired
    nl.techniekpact.accounts.internal.ApiTokens tokens;
    @org.springframework.beans.factory.annotation.Autowired
    nl.techniekpact.rounds.ReportingRounds rounds;
    @org.springframework.beans.factory.annotation.Autowired
    nl.techniekpact.rounds.RoundTasks roundTasks;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anUpdateWithThousandsOfRowsOrOfMegabytesIsRefusedAndNothingIsStored() {
        var office = accounts.byId(users.create(nl.techniekpact.accounts.Role.OFFICE, "office").id()).orElseThrow();
        var owner = accounts.byId(users.create(nl.techniekpact.accounts.Role.OWNER, "partner:po-raad").id()).orElseThrow();
        var round = rounds.open(office, new nl.techniekpact.rounds.RoundViews.NewRound("Groot " + java.util.UUID.randomUUID(),
                java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(10), 1, List.of("2013-A02"), List.of()));
        var task = roundTasks.tasksOfRound(round.id()).getFirst();
        ApiClient api = new ApiClient(port, tokens.create(owner, "script", 1).secret());

        List<Map<String, String>> milestones = java.util.stream.IntStream.range(0, 5_000)
                .mapToObj(i -> Map.of("text", "Mijlpaal " + i)).toList();
        var many = api.post("/api/v1/tasks/" + task.id() + "/draft", Map.of("version", 0,
                "update", Map.of("colour", "ON_SCHEDULE", "text", "Concept", "milestones", milestones)));
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.body()).contains("milestones").doesNotContain("Exception");

        var huge = api.post("/api/v1/tasks/" + task.id() + "/draft", Map.of("version", 0,
                "update", Map.of("colour", "ON_SCHEDULE", "text", "x".repeat(3 * 1024 * 1024))));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(jdbc.sql("select state from round_task where id = ?").param(task.id()).query(String.class).single())
                .as("nothing stored").isEqualTo("MISSING");
        var fine = api.post("/api/v1/tasks/" + task.id() + "/draft", Map.of("version", 0,
                "update", Map.of("colour", "ON_SCHEDULE", "text", "Concept", "milestones", milestones.subList(0, 20))));
        assertThat(fine.status()).as(fine.body()).isEqualTo(200);
    }

    @Test
    void aNulCharacterAnywhereGetsA400PageAndNothingInternal() {
        WebSession web = new WebSession(port);
        for (String path : List.of("/search?q=ab%00cd", "/api/v1/search?q=%00", "/monitor/indicatoren/x%00y",
                "/loket?q=lassen%00")) {
            var answer = web.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).doesNotContain("Exception", "\tat ", "PSQLException");
        }
        var form = web.post("/password/forgot", Map.of("email", "a\u0000@example.org"));
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(web.get("/search?q=techniek").statusCode()).as("ordinary input still works").isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndNeverSentCrossSite() {
        var answer = new WebSession(port).get("/login");
        assertThat(answer.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void percentAndUnderscoreInASearchAreCharactersNotWildcards() {
        ApiClient api = new ApiClient(port, null);
        for (String wildcard : List.of("_", "__", "%25_%25")) {
            var hits = api.get("/api/v1/search?q=" + wildcard);
            assertThat(hits.status()).isEqualTo(200);
            assertThat(hits.json().size()).as("hits for " + wildcard).isZero();
        }
        var percent = api.get("/api/v1/search?q=%25").json();
        assertThat(percent.size()).as("only the titles with a per cent sign (\"30% van alle jongeren\")")
                .isLessThan(10);
        percent.forEach(hit -> assertThat(hit.get("title").asString()).contains("%"));
        assertThat(api.get("/api/v1/search?q=fryslan").json().size()).isPositive();
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreGuardedButNegativeNumbersAreNot() {
        assertThat(CsvResponse.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvResponse.safe("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvResponse.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvResponse.safe("-12")).isEqualTo("-12");
        assertThat(CsvResponse.safe("-3,5")).isEqualTo("-3,5");
        assertThat(CsvResponse.safe(-4)).isEqualTo(-4);
        assertThat(CsvResponse.safe("Lassen")).isEqualTo("Lassen");
    }
}
