package nl.techniekpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.system.MailOutbox;
import nl.techniekpact.system.Times;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Onboarding by invitation, through the office's pages and a real SMTP server (GreenMail): the office invites, the
 * person receives a named e-mail with the date written out in Dutch and a link on the public address, chooses their
 * own password (errors keep the link usable), is signed in and lands on their tasks; the link works once; sending
 * again voids the earlier link, revoking voids it too; the outbox page shows the messages without personal links.
 */
@PlatformIntegrationTest
class InvitationsIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    private static final Pattern LINK = Pattern.compile("(\\S+)/password/invitation\\?token=([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailOutbox outbox;
    @Autowired
    nl.techniekpact.system.MailProperties mailProperties;

    @Test
    void anInvitedPartnerChoosesTheirOwnPasswordAndLandsOnTheirTasks() throws Exception {
        WebSession office = officeSession();
        String email = "uitgenodigd-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var invited = office.post("/office/users", Map.of("email", email, "displayName", "Fatima el Amrani",
                "role", "OWNER", "organisationId", "partner:po-raad"));
        String location = invited.headers().firstValue("Location").orElse("");
        assertThat(location).contains("/office/users?invited=");
        UUID userId = UUID.fromString(location.substring(location.indexOf('=') + 1));
        assertThat(office.get(java.net.URI.create(location).getRawPath() + "?" + java.net.URI.create(location)
                .getRawQuery()).body()).contains("Uitnodiging verstuurd naar Fatima el Amrani (" + email + ")",
                "uitgenodigd", "link geldig tot en met");
        assertThat(jdbc.sql("select password_hash is null from app_user where id = ?").param(userId)
                .query(Boolean.class).single()).as("the office sets no password").isTrue();

        MimeMessage mail = invitationTo(email);
        String body = String.valueOf(mail.getContent());
        OffsetDateTime expires = jdbc.sql("select expires_at from invitation where user_id = ?").param(userId)
                .query(OffsetDateTime.class).single();
        assertThat(body).contains("Beste Fatima el Amrani,", Times.written(expires, Locale.of("nl")),
                "Dear Fatima el Amrani", Times.written(expires, Locale.ENGLISH), "acties van het Techniekpact");
        assertThat(expires).isBetween(OffsetDateTime.now().plusDays(7).minusMinutes(5),
                OffsetDateTime.now().plusDays(7).plusMinutes(5));
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).as("the configured public address").isEqualTo(mailProperties.baseUrl());
        String token = link.group(2);
        assertThat(jdbc.sql("select body from outbox_mail where recipient = ? order by id desc limit 1").param(email)
                .query(String.class).single()).as("a sent invitation keeps no link").isEqualTo(MailOutbox.REDACTED);

        WebSession person = new WebSession(port);
        assertThat(person.get("/password/invitation?token=" + token).body())
                .contains("Beste Fatima el Amrani", email, "(Nederlandse tijd)");
        var weak = person.post("/password/invitation", Map.of("token", token, "password", "kort", "confirmation", "kort"));
        assertThat(weak.body()).contains("Er is een probleem", "minstens 12 tekens", "<title>Fout: ");
        var mismatch = person.post("/password/invitation", Map.of("token", token, "password", "Eigen-Wachtwoord-2026",
                "confirmation", "Ander-Wachtwoord-2026"));
        assertThat(mismatch.body()).as("the link still works after an error").contains("niet gelijk");
        var accepted = person.post("/password/invitation", Map.of("token", token, "password", "Eigen-Wachtwoord-2026",
                "confirmation", "Eigen-Wachtwoord-2026"));
        assertThat(accepted.headers().firstValue("Location").orElse("")).endsWith("/tasks?welcome");
        var tasks = person.get("/tasks?welcome");
        assertThat(tasks.statusCode()).as("signed in at once").isEqualTo(200);
        assertThat(tasks.body()).contains("Uw wachtwoord is ingesteld en u bent ingelogd", "Uitloggen");

        assertThat(new WebSession(port).get("/password/invitation?token=" + token).body())
                .as("single use").contains("niet (meer) geldig");
        assertThat(new WebSession(port).post("/password/invitation", Map.of("token", token,
                "password", "Weer-Een-Wachtwoord-2026", "confirmation", "Weer-Een-Wachtwoord-2026")).body())
                .contains("niet (meer) geldig");
        assertThat(new WebSession(port).login(email, "Eigen-Wachtwoord-2026").headers().firstValue("Location")
                .orElse("")).endsWith("/account");
        assertThat(rowOf(office.get("/office/users").body(), email)).contains("<td><span>actief</span>")
                .doesNotContain("uitnodigen");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_id = ? and action in "
                        + "('user.create', 'invitation.send', 'invitation.accept')").param(userId.toString())
                .query(Integer.class).single()).isEqualTo(3);
        var again = office.post("/office/users/" + userId + "/invitation", Map.of());
        assertThat(again.headers().firstValue("Location").orElse("")).endsWith("?problem=invitation.accepted");
        assertThat(office.get("/office/users?problem=invitation.accepted").body())
                .contains("Dit account heeft al een wachtwoord");
    }

    @Test
    void sendingAgainVoidsTheEarlierLinkAndRevokingVoidsTheLast() throws Exception {
        WebSession office = officeSession();
        String email = "opnieuw-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        office.post("/office/users", Map.of("email", email, "displayName", "Jan Jansen", "role", "COORDINATOR",
                "organisationId", "region:TL01"));
        UUID userId = jdbc.sql("select id from app_user where email = ?").param(email).query(UUID.class).single();
        String first = tokenIn(invitationTo(email));

        assertThat(office.post("/office/users/" + userId + "/invitation", Map.of()).headers().firstValue("Location")
                .orElse("")).endsWith("?invited=" + userId);
        String second = tokenIn(invitationTo(email));
        assertThat(second).isNotEqualTo(first);
        assertThat(new WebSession(port).get("/password/invitation?token=" + first).body()).contains("niet (meer) geldig");
        assertThat(new WebSession(port).get("/password/invitation?token=" + second).body()).contains("Beste Jan Jansen");

        assertThat(office.post("/office/users/" + userId + "/invitation/revoke", Map.of()).headers()
                .firstValue("Location").orElse("")).endsWith("?revoked=" + userId);
        assertThat(new WebSession(port).get("/password/invitation?token=" + second).body()).contains("niet (meer) geldig");
        assertThat(office.get("/office/users?revoked=" + userId).body())
                .contains("De uitnodiging voor " + email + " is ingetrokken", "uitnodiging ingetrokken");
        assertThat(office.post("/office/users/" + userId + "/invitation/revoke", Map.of()).headers()
                .firstValue("Location").orElse("")).as("nothing left to revoke").endsWith("?problem=invitation.none");

        // at most five a day (the first invitation and the one sent again count)
        for (int i = 0; i < 3; i++) {
            assertThat(office.post("/office/users/" + userId + "/invitation", Map.of()).headers()
                    .firstValue("Location").orElse("")).endsWith("?invited=" + userId);
        }
        assertThat(office.post("/office/users/" + userId + "/invitation", Map.of()).headers().firstValue("Location")
                .orElse("")).endsWith("?problem=invitation.tooMany");

        jdbc.sql("update invitation set expires_at = now() - interval '1 second' where user_id = ? and revoked_at is null")
                .param(userId).update();
        assertThat(rowOf(office.get("/office/users").body(), email)).contains("uitnodiging verlopen", "Opnieuw uitnodigen")
                .doesNotContain("Uitnodiging intrekken");
    }

    @Test
    void theOutboxPageShowsMessagesWithoutTheirPersonalLinks() throws Exception {
        WebSession office = officeSession();
        String email = "postvak-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long waiting = jdbc.sql("""
                        insert into outbox_mail (recipient, subject, body, redact_after_send, attempts, last_error)
                        values (?, 'Uitnodiging voor het Techniekpact-platform',
                                'Kies: http://localhost:8080/password/invitation?token=geheim-123 graag', true, 10,
                                'Connection refused') returning id""")
                .param(email).query(Long.class).single();
        var page = office.get("/office/outbox?showing=failed");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(email, "Kies: " + MailOutbox.MASKED_LINK + " graag",
                "niet verzonden na 10 pogingen", "Connection refused", "De e-mailserver is ingesteld")
                .doesNotContain("geheim-123");
        var shown = office.post("/office/outbox/" + waiting + "/show", Map.of());
        assertThat(shown.body()).contains("token=geheim-123", "staat in het auditlog");
        assertThat(office.get("/office/outbox?showing=sent&lang=en").body()).contains("Outgoing e-mail", "Sent");
        assertThat(office.post("/office/outbox/999999999/show", Map.of()).statusCode()).isEqualTo(404);
    }

    /** The table row of the account with this e-mail address on the accounts page. */
    private static String rowOf(String page, String email) {
        Matcher row = Pattern.compile("<tr>(?:(?!</tr>).)*" + Pattern.quote(email) + "(?:(?!</tr>).)*</tr>",
                Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("a row for " + email).isTrue();
        return row.group();
    }

    private WebSession officeSession() {
        var user = users.create(Role.OFFICE, "office");
        WebSession office = new WebSession(port);
        office.login(user.email(), TestUsers.PASSWORD);
        return office;
    }

    private static String tokenIn(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).isTrue();
        return link.group(2);
    }

    /** The newest invitation e-mail to the address that is not yet among those already read. */
    private final java.util.Set<String> read = new java.util.HashSet<>();

    private MimeMessage invitationTo(String email) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            outbox.sendPending();
            greenMail.waitForIncomingEmail(1_000, 1);
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                String id = m.getMessageID();
                if (m.getAllRecipients()[0].toString().equals(email) && m.getSubject().startsWith("Uitnodiging")
                        && read.add(id)) {
                    return m;
                }
            }
        }
        throw new AssertionError("no invitation e-mail for " + email);
    }
}
