package nl.techniekpact.pact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public pages: content, language switch, status in words, errors and headers. */
@PlatformIntegrationTest
class PactPagesIntegrationTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/editions/2013", "/editions/2016", "/editions/2018", "/actions/2013-A01",
            "/actions/2013-A22", "/goals/2016-G12", "/themes/2018-T4", "/partners", "/partners/ocw", "/regions",
            "/regions/TL05", "/regions/PV21", "/search?q=techniek"})
    void everyPageRendersInDutchWithSecurityHeaders(String path) {
        HttpResponse<String> page = http().get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"nl\"").contains("Naar de inhoud");
        var headers = page.headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'").doesNotContain("unsafe-inline");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void homeShowsEditionsTreeAndStatusCountsInWords() {
        String home = http().get("/").body();
        assertThat(home).contains("Het Techniekpact in één oogopslag", "2013-A01", "2016-G01", "2018-T1",
                "22 kleur onbekend");
    }

    @Test
    void actionPageShowsItemsOwnersEvidenceAndTimeline() {
        String page = http().get("/actions/2013-A01").body();
        assertThat(page).contains("Actie 2013-A01", "Onderdelen", "Vindplaats", "Ronde 2014",
                "De opdracht voor een leerlijn", "tp-status--UNKNOWN", "kleur onbekend",
                "De kleurcode van deze ronde is in de brontekst verloren gegaan");
    }

    @Test
    void englishSwitchTranslatesTheInterfaceButNotThePact() {
        HttpResponse<String> english = http().get("/actions/2013-A01?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\"", "Action 2013-A01", "Status over time",
                "colour unknown", "De opdracht voor een leerlijn");
        assertThat(english.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("tp-lang=en"));
        assertThat(http().get("/?lang=xx").body()).contains("<html lang=\"nl\"");
    }

    @Test
    void regionPageShowsAgendaProgressAndExamples() {
        String page = http().get("/regions/TL02").body();
        for (String expected : new String[] {"Noordwest", "Noordvleugel", "Regionale Techniekpact-agenda 2016",
                "Prioriteiten", "Regionale voortgang", "Noord-Holland"}) {
            assertThat(page).as(expected).contains(expected);
        }
        assertThat(http().get("/regions/PV30").body()).contains("Voorbeelden uit de regio", "Brainport");
    }

    @Test
    void searchHighlightsAndKeepsUserInputInert() {
        String page = http().get("/search?q=hybride+docenten").body();
        assertThat(page).contains("<mark>");
        String attack = http().get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg+src%3Dx%3E").body();
        assertThat(attack).doesNotContain("<script>alert(1)").doesNotContain("<img src=x>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void manyConcurrentRequestsNeverExhaustThePool() throws Exception {
        // more parallel rendered (uncached: ?lang=) requests than the pool has connections; a page that needs a
        // second connection while holding one would hang here until the pool timeout and answer 500
        var pool = java.util.concurrent.Executors.newFixedThreadPool(48);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 96; i++) {
                String path = i % 2 == 0 ? "/?lang=nl" : "/editions/2018?lang=nl";
                answers.add(pool.submit(() -> http().get(path).statusCode()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void missingPagesGiveAFriendlyPageWithoutInternals() {
        HttpResponse<String> missing = http().get("/actions/2013-A99");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Pagina niet gevonden").doesNotContain("Exception")
                .doesNotContain("at org.");
        assertThat(http().get("/editions/abc").statusCode()).isEqualTo(404);
        assertThat(http().get("/no/such/page").body()).contains("Pagina niet gevonden");
    }

    private Http http() {
        return new Http(port);
    }
}
