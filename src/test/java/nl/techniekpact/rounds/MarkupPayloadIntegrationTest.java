package nl.techniekpact.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Script and markup typed into every text field of every form ends up inert on every page that shows it:
 * printed as text, never as markup. A {@code javascript:} link is refused.
 */
@PlatformIntegrationTest
class MarkupPayloadIntegrationTest {

    static final String PAYLOAD = "<script>alert('tp')</script><img src=x onerror=alert(1)><b onmouseover=x>\"'";

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

    @Test
    void payloadsInEveryTextFieldAreRenderedInert() {
        var officeUser = users.create(Role.OFFICE, "office");
        var ownerUser = users.create(Role.OWNER, "partner:po-raad");
        var coordinatorUser = users.create(Role.COORDINATOR, "region:TL03");
        WebSession office = login(officeUser);
        WebSession owner = login(ownerUser);
        WebSession coordinator = login(coordinatorUser);

        String roundName = PAYLOAD + UUID.randomUUID();
        var opened = office.post("/office/rounds", Map.of("name", roundName, "referenceDate", LocalDate.now().toString(),
                "deadline", LocalDate.now().plusDays(5).toString(), "reminderDays", "2", "actionIds", "2013-A02",
                "regionCodes", "TL03"));
        assertThat(opened.statusCode()).isEqualTo(302);
        String roundPath = java.net.URI.create(opened.headers().firstValue("Location").orElseThrow()).getPath();
        office.post("/office/users", Map.of("email", "xss-" + UUID.randomUUID().toString().substring(0, 6)
                        + "@example.org", "displayName", PAYLOAD, "role", "READER", "organisationId", "office",
                "password", "Xss-Wachtwoord-2026"));
        owner.post("/account/tokens", Map.of("name", PAYLOAD, "days", "5"));

        var ownTasks = tasks.tasksFor(accounts.byId(ownerUser.id()).orElseThrow()).stream()
                .filter(t -> t.roundName().equals(roundName)).toList();
        UUID actionTask = ownTasks.get(0).id();
        Map<String, String> update = new LinkedHashMap<>();
        update.put("version", "0");
        update.put("step", "submit");
        update.put("colour", "DELAYED");
        for (String field : List.of("text", "delayReason", "correctiveMeasure", "milestones[0].text",
                "links[0].label", "figures[0].label", "figures[0].unit")) {
            update.put(field, PAYLOAD);
        }
        update.put("milestones[0].due", PAYLOAD);
        update.put("links[0].url", "javascript:alert(1)");
        update.put("figures[0].value", PAYLOAD);
        var refused = owner.post("/tasks/" + actionTask, update);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("met http:// of https:// begint", "Vul een getal in");
        assertInert(refused.body(), "task form with errors");

        update.put("milestones[0].due", "2026");
        update.put("links[0].url", "https://example.org/?q=" + "%3Cscript%3E");
        update.put("figures[0].value", "12");
        assertThat(owner.post("/tasks/" + actionTask, update).statusCode()).isEqualTo(302);

        UUID regionTask = tasks.tasksFor(accounts.byId(coordinatorUser.id()).orElseThrow()).stream()
                .filter(t -> t.roundName().equals(roundName)).findFirst().orElseThrow().id();
        Map<String, String> region = new LinkedHashMap<>();
        region.put("version", "0");
        region.put("step", "submit");
        region.put("progress", PAYLOAD);
        region.put("priorities[0].line", "leren");
        region.put("priorities[0].text", PAYLOAD);
        region.put("examples[0].themeId", "2018-T1");
        region.put("examples[0].title", PAYLOAD);
        region.put("examples[0].place", PAYLOAD);
        region.put("examples[0].text", PAYLOAD);
        assertThat(coordinator.post("/tasks/" + regionTask, region).statusCode()).isEqualTo(302);

        var review = office.post("/office/tasks/" + actionTask + "/return", Map.of("version", "1", "comment", PAYLOAD));
        assertThat(review.headers().firstValue("Location").orElseThrow()).endsWith("?returned");
        update.put("version", "2");
        assertThat(owner.post("/tasks/" + actionTask, update).statusCode()).isEqualTo(302);
        assertThat(office.post("/office/tasks/" + actionTask + "/approve", Map.of("version", "3")).headers()
                .firstValue("Location").orElseThrow()).endsWith("?approved");
        assertThat(office.post("/office/tasks/" + regionTask + "/approve", Map.of("version", "1")).headers()
                .firstValue("Location").orElseThrow()).endsWith("?approved");

        for (String page : List.of("/office/rounds", roundPath, "/office/tasks/" + actionTask,
                "/office/tasks/" + regionTask, "/office/users", "/office/audit")) {
            assertInert(office.get(page).body(), page);
        }
        assertInert(owner.get("/tasks/" + actionTask).body(), "owner task page");
        assertInert(owner.get("/account").body(), "account page");
        Http anonymous = new Http(port);
        for (String page : List.of("/actions/2013-A02", "/regions/TL03", "/themes/2018-T1", "/editions/2013",
                "/search?q=alert")) {
            String body = anonymous.get(page).body();
            assertThat(body).as(page + " shows the approved text").contains("&lt;script&gt;");
            assertInert(body, page);
        }
        assertThat(anonymous.get("/api/v1/actions/2013-A02", "application/json").body())
                .as("JSON keeps the text as data").contains("<script>alert('tp')</script>");
    }

    private WebSession login(TestUsers.User user) {
        WebSession session = new WebSession(port);
        session.login(user.email(), TestUsers.PASSWORD);
        return session;
    }

    private static void assertInert(String html, String where) {
        assertThat(html).as(where).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .doesNotContain("<b onmouseover").doesNotContain("href=\"javascript:");
    }
}
