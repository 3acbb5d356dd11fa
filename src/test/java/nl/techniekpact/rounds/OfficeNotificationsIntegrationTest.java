package nl.techniekpact.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.rounds.RoundViews.NewRound;
import nl.techniekpact.system.MailOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office hears of submissions as each member chose: one e-mail per submission, or one daily digest that lists
 * each submission once (a second run the same day sends nothing); the start page lists what waits for review.
 */
@PlatformIntegrationTest
class OfficeNotificationsIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    ReportingRounds rounds;
    @Autowired
    OfficeNotifications notifications;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void perSubmissionOrOneDigestADayAsEachOfficeMemberChose() {
        var each = users.create(Role.OFFICE, "office");
        var daily = users.create(Role.OFFICE, "office");
        WebSession eachSession = new WebSession(port);
        eachSession.login(each.email(), TestUsers.PASSWORD);
        assertThat(eachSession.get("/office").body()).contains("Programmabureau: overzicht", "Eén overzicht per dag");
        assertThat(eachSession.post("/office/notifications", Map.of("mode", "EACH")).headers().firstValue("Location")
                .orElse("")).endsWith("/office?saved");
        assertThat(eachSession.post("/office/notifications", Map.of("mode", "VAAK")).body())
                .contains("Kies hoe u van indieningen wilt horen.");

        var owner = users.create(Role.OWNER, "partner:po-raad"); // owns 2013-A02
        String name = "Meldingen " + UUID.randomUUID().toString().substring(0, 6);
        var round = rounds.open(accounts.byId(each.id()).orElseThrow(), new NewRound(name, LocalDate.now(),
                LocalDate.now().plusDays(10), 7, List.of("2013-A02"), List.of()));
        UUID task = jdbc.sql("select id from round_task where round_id = ?").param(round.id()).query(UUID.class).single();
        WebSession ownerSession = new WebSession(port);
        ownerSession.login(owner.email(), TestUsers.PASSWORD);
        var submitted = ownerSession.post("/tasks/" + task, Map.of("version", "0", "step", "submit",
                "colour", "ON_SCHEDULE", "text", "Alles loopt."));
        assertThat(submitted.headers().firstValue("Location").orElse("")).endsWith("/tasks?submitted");

        var mails = new nl.techniekpact.Mails(greenMail, outbox);
        String perSubmission = mails.text(each.email(), "Techniekpact: rapportage ingediend");
        assertThat(perSubmission).contains("Beste ", "actie 2013-A02", name, "/office/tasks/" + task);
        assertThat(eachSession.get("/office").body()).contains("Wacht op beoordeling", "/office/tasks/" + task, name);

        assertThat(notifications.sendDigests()).isPositive();
        String digest = mails.text(daily.email(), "Techniekpact: ");
        assertThat(digest).contains("zijn deze rapportages ingediend", "actie 2013-A02", "/office/tasks/" + task);
        assertThat(notifications.sendDigests()).as("once a day").isZero();
        outbox.sendPending();
        assertThat(java.util.Arrays.stream(greenMail.getReceivedMessages()).filter(m -> nl.techniekpact.Mails.recipientOf(m).equals(each.email())
                && nl.techniekpact.Mails.subjectOf(m).contains("rapportage(s) ingediend"))).as("no digest for who chose each").isEmpty();
    }

}
