package nl.techniekpact.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import nl.techniekpact.ApiClient;
import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.accounts.internal.ApiTokens;
import nl.techniekpact.pact.PactItems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A whole round over the API, as the programme office and two action owners would walk it: open, submit (a
 * DELAYED update without reason is refused), return, resubmit, approve; then the public page, the history and
 * the e-mails in GreenMail (real SMTP).
 */
@PlatformIntegrationTest
class RoundWalkIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Accounts accounts;
    @Autowired
    PactItems items;
    @Autowired
    nl.techniekpact.system.MailOutbox outbox;

    @Test
    void officeOpensOwnersSubmitOfficeReturnsAndApprovesAndThePublicSeesIt() throws Exception {
        var officeUser = users.create(Role.OFFICE, "office");
        var poRaad = users.create(Role.OWNER, "partner:po-raad");   // owns 2013-A02
        var sbb = users.create(Role.OWNER, "partner:sbb");           // owns 2013-A16
        ApiClient office = client(officeUser);
        ApiClient ownerA = client(poRaad);
        ApiClient ownerB = client(sbb);
        String roundName = "Walk " + UUID.randomUUID().toString().substring(0, 6);

        var opened = office.post("/api/v1/office/rounds", Map.of("name", roundName,
                "referenceDate", LocalDate.now().toString(), "deadline", LocalDate.now().plusDays(30).toString(),
                "reminderDays", 7, "actionIds", List.of("2013-A02", "2013-A16"), "regionCodes", List.of()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        String roundId = opened.json().get("id").asString();
        assertThat(awaitRecipients("geopend", poRaad.email(), sbb.email())).contains(poRaad.email(), sbb.email());

        JsonNode taskA = taskIn(ownerA, roundName);
        JsonNode taskB = taskIn(ownerB, roundName);
        assertThat(taskA.get("itemId").asString()).isEqualTo("2013-A02");
        assertThat(taskB.get("itemId").asString()).isEqualTo("2013-A16");

        var delayedWithoutReason = ownerA.post("/api/v1/tasks/" + id(taskA) + "/submit", submission(taskA,
                update("DELAYED", "De visie is nog niet in alle plannen verwerkt.", null, null)));
        assertThat(delayedWithoutReason.status()).isEqualTo(400);
        assertThat(delayedWithoutReason.json().get("errors").propertyNames())
                .contains("delayReason", "correctiveMeasure");
        assertThat(taskIn(ownerA, roundName).get("version").asInt()).as("nothing stored")
                .isEqualTo(taskA.get("version").asInt());

        var delayed = ownerA.post("/api/v1/tasks/" + id(taskA) + "/submit", submission(taskA,
                update("DELAYED", "De visie is nog niet in alle plannen verwerkt.", "Bestuurswisselingen",
                        "Extra ondersteuning door de PO-Raad in 2026")));
        assertThat(delayed.status()).as(delayed.body()).isEqualTo(200);
        assertThat(delayed.json().get("state").asString()).isEqualTo("SUBMITTED");

        var onSchedule = ownerB.post("/api/v1/tasks/" + id(taskB) + "/submit", submission(taskB,
                update("ON_SCHEDULE", "De studiebijsluiters zijn voor alle opleidingen beschikbaar.", null, null)));
        assertThat(onSchedule.status()).isEqualTo(200);

        var returned = office.post("/api/v1/office/tasks/" + id(taskB) + "/return",
                Map.of("version", onSchedule.json().get("version").asInt(), "comment", "Graag een vindplaats toevoegen."));
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.json().get("state").asString()).isEqualTo("RETURNED");
        assertThat(awaitRecipients("teruggestuurd", sbb.email())).contains(sbb.email()).doesNotContain(poRaad.email());

        var resubmitted = ownerB.post("/api/v1/tasks/" + id(taskB) + "/submit", Map.of(
                "version", returned.json().get("version").asInt(),
                "update", Map.of("colour", "ON_SCHEDULE",
                        "text", "De studiebijsluiters zijn voor alle opleidingen beschikbaar.",
                        "links", List.of(Map.of("label", "Studiebijsluiters", "url", "https://www.s-bb.nl")),
                        "milestones", List.of(Map.of("text", "Alle bijsluiters online", "done", "2026-06")))));
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);

        var staleApprove = office.post("/api/v1/office/tasks/" + id(taskB) + "/approve",
                Map.of("version", returned.json().get("version").asInt()));
        assertThat(staleApprove.status()).as("approving a version that was changed since").isEqualTo(409);

        assertThat(office.post("/api/v1/office/tasks/" + id(taskA) + "/approve",
                Map.of("version", delayed.json().get("version").asInt())).status()).isEqualTo(200);
        var approvedB = office.post("/api/v1/office/tasks/" + id(taskB) + "/approve",
                Map.of("version", resubmitted.json().get("version").asInt()));
        assertThat(approvedB.status()).isEqualTo(200);
        assertThat(awaitRecipients("goedgekeurd", poRaad.email(), sbb.email())).contains(poRaad.email(), sbb.email());

        var publicA = new Http(port).get("/actions/2013-A02").body();
        assertThat(publicA).contains("Ronde " + roundName, "tp-status--DELAYED", "vertraagd",
                "De visie is nog niet in alle plannen verwerkt.", "Bestuurswisselingen");
        var actionB = items.action("2013-A16").orElseThrow();
        assertThat(actionB.currentStatus().round()).isEqualTo(roundName);
        assertThat(actionB.currentStatus().colour().name()).isEqualTo("ON_SCHEDULE");
        assertThat(actionB.currentStatus().links()).extracting(l -> l.url()).containsExactly("https://www.s-bb.nl");
        assertThat(actionB.statusHistory()).extracting(s -> s.round()).contains("2014", roundName);

        JsonNode progress = office.get("/api/v1/office/rounds/" + roundId + "/progress").json();
        JsonNode historyB = null;
        for (JsonNode task : progress) {
            assertThat(task.get("state").asString()).isEqualTo("APPROVED");
            if (task.get("itemId").asString().equals("2013-A16")) {
                historyB = task.get("history");
            }
        }
        assertThat(historyB).extracting(v -> v.get("step").asString())
                .containsExactly("SUBMIT", "RETURN", "SUBMIT", "APPROVE");
        assertThat(historyB.get(0).get("content").asString()).doesNotContain("s-bb.nl");
        assertThat(historyB.get(2).get("content").asString()).contains("s-bb.nl");

        var locked = ownerB.post("/api/v1/tasks/" + id(taskB) + "/submit", submission(taskB,
                update("COMPLETED", "Overschrijven na goedkeuring", null, null)));
        assertThat(locked.status()).as("an approved update is locked").isEqualTo(409);
    }

    private ApiClient client(TestUsers.User user) {
        var current = accounts.byId(user.id()).orElseThrow();
        return new ApiClient(port, tokens.create(current, "walk test", 30).secret());
    }

    /** The owner's task in this round (other tests may have open rounds too). */
    private JsonNode taskIn(ApiClient owner, String roundName) {
        List<JsonNode> found = new java.util.ArrayList<>();
        owner.get("/api/v1/tasks").json().forEach(t -> {
            if (t.get("roundName").asString().equals(roundName)) {
                found.add(t);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String id(JsonNode task) {
        return task.get("id").asString();
    }

    private static Map<String, Object> submission(JsonNode task, Map<String, Object> update) {
        return Map.of("version", task.get("version").asInt(), "update", update);
    }

    private static Map<String, Object> update(String colour, String text, String reason, String measure) {
        var update = new java.util.HashMap<String, Object>();
        update.put("colour", colour);
        update.put("text", text);
        update.put("delayReason", reason);
        update.put("correctiveMeasure", measure);
        return update;
    }

    /** Waits (up to 15 s) until e-mails with the subject word have reached all the given addresses. */
    private List<String> awaitRecipients(String subjectWord, String... addresses) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        outbox.sendPending();
        List<String> recipients = recipientsOf(subjectWord);
        while (!recipients.containsAll(List.of(addresses)) && System.currentTimeMillis() < deadline) {
            outbox.sendPending();
            greenMail.waitForIncomingEmail(500, greenMail.getReceivedMessages().length + 1);
            recipients = recipientsOf(subjectWord);
        }
        return recipients;
    }

    private List<String> recipientsOf(String subjectWord) throws Exception {
        MimeMessage[] messages = greenMail.getReceivedMessages();
        List<String> recipients = new java.util.ArrayList<>();
        for (MimeMessage m : messages) {
            if (m.getSubject().contains(subjectWord)) {
                Arrays.stream(m.getAllRecipients()).forEach(r -> recipients.add(r.toString()));
                assertThat(GreenMailUtil.getBody(m)).isNotBlank();
            }
        }
        return recipients;
    }
}
