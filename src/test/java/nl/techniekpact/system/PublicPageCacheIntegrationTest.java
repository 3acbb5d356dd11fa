package nl.techniekpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.rounds.ReportingRounds;
import nl.techniekpact.rounds.RoundTasks;
import nl.techniekpact.rounds.RoundViews.ActionUpdate;
import nl.techniekpact.rounds.RoundViews.NewRound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anonymous public pages come from the page cache until published content changes; signed-in users get the kept page
 * with their own header.
 */
@PlatformIntegrationTest
class PublicPageCacheIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    ReportingRounds rounds;
    @Autowired
    RoundTasks tasks;
    @Autowired
    nl.techniekpact.monitor.MonitorImports imports;
    @Autowired
    PublicPageCache cache;
    @Autowired
    PageWarmer warmer;

    @Test
    void servesAnonymousPagesFromTheCacheUntilAnApprovalChangesThem() {
        Http anonymous = new Http(port);
        anonymous.get("/actions/2013-A21");
        var cached = anonymous.get("/actions/2013-A21");
        assertThat(cached.headers().firstValue("X-Page-Cache")).contains("hit");
        assertThat(cached.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(cached.headers().firstValue("X-Frame-Options")).contains("DENY");

        var office = accounts.byId(users.create(Role.OFFICE, "office").id()).orElseThrow();
        var owner = accounts.byId(users.create(Role.OWNER, "partner:szw").id()).orElseThrow();   // owns 2013-A21
        String name = "Cache " + UUID.randomUUID().toString().substring(0, 6);
        var round = rounds.open(office, new NewRound(name, LocalDate.now(), LocalDate.now().plusDays(5), 1,
                List.of("2013-A21"), List.of()));
        var task = tasks.tasksOfRound(round.id()).get(0);
        tasks.submit(owner, task.id(), new ActionUpdate("COMPLETED", "Regeling vastgesteld in " + name, null, null,
                List.of(), List.of(), List.of()), 0);
        assertThat(anonymous.get("/actions/2013-A21").body()).as("submitted is not yet published")
                .doesNotContain("Regeling vastgesteld in " + name);
        tasks.approve(office, task.id(), 1);

        var fresh = anonymous.get("/actions/2013-A21");
        assertThat(fresh.headers().firstValue("X-Page-Cache")).contains("miss");
        assertThat(fresh.body()).contains("Regeling vastgesteld in " + name, "tp-status--COMPLETED");
    }

    @Test
    void signedInUsersGetTheKeptPageWithTheirOwnHeaderAndTheBytesOfAFullRender() {
        var office = accounts.byId(users.create(Role.OFFICE, "office").id()).orElseThrow();
        var owner = accounts.byId(users.create(Role.OWNER, "partner:szw").id()).orElseThrow();
        WebSession officeSession = new WebSession(port);
        officeSession.login(office.email(), TestUsers.PASSWORD);
        WebSession ownerSession = new WebSession(port);
        ownerSession.login(owner.email(), TestUsers.PASSWORD);
        Http anonymous = new Http(port);

        for (String path : List.of("/regions/TL03", "/monitor", "/factsheets/PV27")) {
            cache.clear();
            var rendered = officeSession.get(path);
            assertThat(rendered.headers().firstValue("X-Page-Cache")).as(path + ": nothing kept yet").isEmpty();
            var ownerRendered = ownerSession.get(path);
            anonymous.get(path);
            var anonymousPage = anonymous.get(path);
            assertThat(anonymousPage.headers().firstValue("X-Page-Cache")).contains("hit");
            assertThat(anonymousPage.body()).contains(">Inloggen</a>").doesNotContain(office.displayName());

            var kept = officeSession.get(path);
            assertThat(kept.headers().firstValue("X-Page-Cache")).as(path).contains("signed-in");
            assertThat(withoutCsrfToken(kept.body())).as(path + ": the same bytes as a full render")
                    .isEqualTo(withoutCsrfToken(rendered.body()));
            assertThat(kept.body()).contains(office.displayName(), "/office/audit", "Uitloggen", "name=\"_csrf\"")
                    .doesNotContain(">Inloggen</a>");
            assertThat(kept.headers().firstValue("Cache-Control")).as("never kept by a browser or proxy")
                    .isEqualTo(rendered.headers().firstValue("Cache-Control"));

            var ownerKept = ownerSession.get(path);
            assertThat(ownerKept.headers().firstValue("X-Page-Cache")).contains("signed-in");
            assertThat(withoutCsrfToken(ownerKept.body())).isEqualTo(withoutCsrfToken(ownerRendered.body()));
            assertThat(ownerKept.body()).contains(owner.displayName()).doesNotContain(office.displayName(),
                    "/office/audit");
        }
        var english = officeSession.get("/regions/TL03?lang=en");
        assertThat(english.headers().firstValue("X-Page-Cache")).as("a language switch is rendered").isEmpty();
        assertThat(officeSession.get("/regions/TL03").headers().firstValue("X-Page-Cache"))
                .as("no English page kept yet").isEmpty();
        var signedOut = officeSession.post("/logout", java.util.Map.of());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(officeSession.get("/regions/TL03").body()).as("signed out").contains(">Sign in</a>")
                .doesNotContain(office.displayName());
    }

    private static String withoutCsrfToken(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\" value=\"…\"");
    }

    @Test
    void languageSwitchesAndOtherQueriesBypassTheCache() {
        Http anonymous = new Http(port);
        anonymous.get("/regions/TL03");
        assertThat(anonymous.get("/regions/TL03").headers().firstValue("X-Page-Cache")).contains("hit");
        var english = anonymous.get("/regions/TL03?lang=en");
        assertThat(english.headers().firstValue("X-Page-Cache")).isEmpty();
        assertThat(english.body()).contains("<html lang=\"en\"");
        assertThat(anonymous.get("/regions/TL03").body()).contains("<html lang=\"nl\"");
        anonymous.get("/search?q=techniek");
        assertThat(anonymous.get("/search?q=techniek").headers().firstValue("X-Page-Cache")).as("search per question")
                .contains("hit");
        assertThat(anonymous.get("/search?q=techniek&page=2").headers().firstValue("X-Page-Cache")).isEmpty();
    }

    @Test
    void figurePagesAreKeptPerQuestionAndAnImportEmptiesThemButNotThePactPages() {
        Http anonymous = new Http(port);
        List<String> figures = List.of("/monitor", "/monitor/indicatoren/" + INDICATOR + "?region=NL01",
                "/monitor/indicatoren/" + INDICATOR + "/regios?kind=PROVINCE", "/factsheets", "/reports",
                "/api/v1/indicators/" + INDICATOR + "/series?region=NL01",
                "/api/v1/indicators/" + INDICATOR + "/series?region=NL01&format=csv");
        for (String path : figures) {
            var first = anonymous.get(path, "*/*");
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            var second = anonymous.get(path, "*/*");
            assertThat(second.headers().firstValue("X-Page-Cache")).as(path).contains("hit");
            assertThat(second.body()).as("%s the same bytes from the cache", path).isEqualTo(first.body());
            assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        }
        assertThat(anonymous.get("/api/v1/indicators/" + INDICATOR + "/series?format=csv&region=NL01", "*/*").headers()
                .firstValue("Content-Disposition")).as("parameters in another order: the same entry")
                .hasValueSatisfying(v -> assertThat(v).contains(".csv"));
        assertThat(anonymous.get("/api/v1/indicators/" + INDICATOR + "/series?format=csv&region=NL01", "*/*").headers()
                .firstValue("X-Page-Cache")).contains("hit");
        assertThat(anonymous.get("/api/v1/indicators/" + INDICATOR + "/series?region=NL01", "text/html").statusCode())
                .as("a kept answer is only given to a request that accepts its type").isEqualTo(406);
        anonymous.get("/actions/2013-A06");
        anonymous.get("/monitor/indicatoren/mbo-deelnemers-techniek/regios");

        var job = imports.run(csv("NL01;2033;7777\r\n"), Actor.system("page-cache-test"));
        assertThat(job.state()).as("%s", job.errors()).isEqualTo(nl.techniekpact.monitor.ImportJob.State.DONE);

        for (String path : figures) {
            assertThat(anonymous.get(path, "*/*").headers().firstValue("X-Page-Cache")).as("%s after the import", path)
                    .contains("miss");
        }
        assertThat(anonymous.get("/monitor").body()).contains("7.777");
        assertThat(anonymous.get("/actions/2013-A06").headers().firstValue("X-Page-Cache")).as("pact pages kept")
                .contains("hit");
        assertThat(anonymous.get("/monitor/indicatoren/mbo-deelnemers-techniek/regios").headers()
                .firstValue("X-Page-Cache")).as("another indicator's pages kept").contains("hit");
    }

    @Test
    void theWarmerRendersTheMostAskedPagesAgainAfterAChange() {
        Http anonymous = new Http(port);
        anonymous.get("/monitor/indicatoren/" + INDICATOR + "/kaart?kind=PROVINCE");
        anonymous.get("/factsheets/PV26");
        List<PublicPageCache.Page> emptied = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable stopListening = cache.whenEmptied(emptied::addAll);
        cache.clear(PublicPages.Scope.FIGURES);
        stopListening.run();
        assertThat(emptied).extracting(PublicPageCache.Page::target)
                .contains("/monitor/indicatoren/" + INDICATOR + "/kaart?kind=PROVINCE", "/factsheets/PV26");

        assertThat(warmer.askAgain(List.copyOf(emptied), warmer.pass())).isEqualTo(emptied.size());

        assertThat(anonymous.get("/monitor/indicatoren/" + INDICATOR + "/kaart?kind=PROVINCE").headers()
                .firstValue("X-Page-Cache")).contains("hit");
        assertThat(anonymous.get("/factsheets/PV26").headers().firstValue("X-Page-Cache")).contains("hit");
    }

    /** A seed indicator no other test reads (its overview line and series change here). */
    static final String INDICATOR = "ho-internationale-betastudenten-extra";

    private static nl.techniekpact.monitor.ImportRequest csv(String rows) {
        String mapping = """
                {"indicator": "%s", "region": "Regio", "period": "Periode", "value": "Aantal", "unitFactor": 1}"""
                .formatted(INDICATOR);
        return new nl.techniekpact.monitor.ImportRequest(nl.techniekpact.monitor.ImportFormat.CSV,
                List.of(new nl.techniekpact.monitor.ImportRequest.File("nuffic.csv",
                        ("Regio;Periode;Aantal\r\n" + rows).getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                null, mapping, "Nuffic", LocalDate.of(2026, 12, 1), false);
    }

    @Test
    void junkQueryStringsNeitherFillNorFlushTheCache() {
        Http anonymous = new Http(port);
        anonymous.get("/actions/2013-A02");
        assertThat(anonymous.get("/actions/2013-A02").headers().firstValue("X-Page-Cache")).contains("hit");
        for (int i = 0; i < 2_100; i++) {
            var junk = anonymous.get("/actions/2013-A02?x=" + i);
            assertThat(junk.headers().firstValue("X-Page-Cache")).as("request %d", i).isEmpty();
        }
        assertThat(anonymous.get("/actions/2013-A02").headers().firstValue("X-Page-Cache")).contains("hit");
    }
}
