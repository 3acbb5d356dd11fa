package nl.techniekpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import nl.techniekpact.ApiClient;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.internal.ApiTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in, sessions, password reset by e-mail, API tokens and the bootstrap office account. */
@PlatformIntegrationTest
class AccountsIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    nl.techniekpact.system.MailOutbox outbox;

    @Test
    void signInChangesTheSessionIdAndSignOutEndsTheSession() {
        var user = users.create(Role.READER, "office");
        WebSession session = new WebSession(port);
        session.get("/login");
        String before = session.sessionId().orElseThrow();
        var login = session.login(user.email(), TestUsers.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(session.sessionId().orElseThrow()).as("session fixation protection").isNotEqualTo(before);
        assertThat(session.get("/account").body()).contains(user.email());

        session.post("/logout", Map.of());
        assertThat(session.get("/account").headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void passwordResetLinkArrivesByMailWorksOnceAndExpires() throws Exception {
        var user = users.create(Role.OWNER, "partner:po-raad");
        WebSession session = new WebSession(port);
        var asked = session.post("/password/forgot", Map.of("email", user.email()));
        assertThat(asked.body()).contains("Als er een account bij dit adres hoort");
        var unknown = session.post("/password/forgot", Map.of("email", "onbekend@example.org"));
        assertThat(unknown.body()).as("no account enumeration").contains("Als er een account bij dit adres hoort");

        String token = resetToken(user.email());
        var weak = session.post("/password/reset", Map.of("token", token, "password", "kort", "confirmation", "kort"));
        assertThat(weak.body()).contains("minstens 12 tekens", "aria-invalid=\"true\"");
        var done = session.post("/password/reset", Map.of("token", token, "password", "Nieuw-Geheim-2026!",
                "confirmation", "Nieuw-Geheim-2026!"));
        assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/login?reset");
        assertThat(new WebSession(port).login(user.email(), "Nieuw-Geheim-2026!").headers().firstValue("Location")
                .orElse("")).endsWith("/account");

        var again = session.post("/password/reset", Map.of("token", token, "password", "Ander-Geheim-2026!",
                "confirmation", "Ander-Geheim-2026!"));
        assertThat(again.body()).as("single use").contains("niet (meer) geldig");

        session.post("/password/forgot", Map.of("email", user.email()));
        String second = resetToken(user.email());
        jdbc.sql("update password_reset_token set expires_at = now() - interval '1 second' where used_at is null").update();
        assertThat(session.get("/password/reset?token=" + second).body()).as("expired").contains("niet (meer) geldig");
    }

    @Test
    void aNewPasswordEndsEverySessionVoidsOtherLinksAndRevokesTokensWhenAskedAndLinksAreRateLimited() throws Exception {
        var user = users.create(Role.OWNER, "partner:po-raad");
        WebSession signedIn = new WebSession(port);
        signedIn.login(user.email(), TestUsers.PASSWORD);
        assertThat(signedIn.get("/account").statusCode()).isEqualTo(200);
        var apiToken = tokens.create(accounts.byId(user.id()).orElseThrow(), "script", 30);

        WebSession asker = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            assertThat(asker.post("/password/forgot", Map.of("email", user.email())).body())
                    .contains("Als er een account bij dit adres hoort");
        }
        assertThat(jdbc.sql("select count(*) from password_reset_token where user_id = ?").param(user.id())
                .query(Integer.class).single()).as("at most three links an hour, the same answer").isEqualTo(3);
        String link = resetToken(user.email());
        var done = asker.post("/password/reset", Map.of("token", link, "password", "Nieuw-Geheim-2026!",
                "confirmation", "Nieuw-Geheim-2026!", "revokeTokens", "true"));
        assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/login?reset");

        assertThat(signedIn.get("/account").headers().firstValue("Location").orElse(""))
                .as("the other session has ended").endsWith("/login");
        assertThat(jdbc.sql("select count(*) from password_reset_token where user_id = ? and used_at is null")
                .param(user.id()).query(Integer.class).single()).as("the other links are void").isZero();
        assertThat(new ApiClient(port, apiToken.secret()).get("/api/v1/me").status()).as("token revoked").isEqualTo(401);
        assertThat(jdbc.sql("""
                        select body from outbox_mail where recipient = ? and subject like '%nieuw wachtwoord%'
                           and sent_at is not null""").param(user.email()).query(String.class).list())
                .as("sent links are not kept in the outbox").isNotEmpty()
                .containsOnly(nl.techniekpact.system.MailOutbox.REDACTED);
    }

    @Test
    void apiTokensCarryTheUsersRoleAndStopWorkingWhenRevokedOrExpired() {
        var owner = accounts.byId(users.create(Role.OWNER, "partner:sbb").id()).orElseThrow();
        var created = tokens.create(owner, "script", 30);
        assertThat(created.secret()).startsWith("tpk_");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(created.secret())
                .query(Integer.class).single()).as("stored hashed, never plain").isZero();

        ApiClient client = new ApiClient(port, created.secret());
        assertThat(client.get("/api/v1/me").json().get("role").asString()).isEqualTo("OWNER");
        assertThat(client.get("/api/v1/office/rounds").status()).isEqualTo(403);

        tokens.revoke(owner, created.token().id());
        assertThat(client.get("/api/v1/me").status()).isEqualTo(401);

        var expiring = tokens.create(owner, "kort", 1);
        jdbc.sql("update api_token set expires_at = ? where id = ?")
                .params(OffsetDateTime.now().minusMinutes(1), expiring.token().id()).update();
        assertThat(new ApiClient(port, expiring.secret()).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(new ApiClient(port, "tpk_niet-bestaand").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void afterSigningInAPersonLandsOnThePageTheyWereGoingTo() {
        var owner = users.create(Role.OWNER, "partner:sbb");
        WebSession session = new WebSession(port);
        var asked = session.get("/tasks");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/login");
        String target = session.login(owner.email(), TestUsers.PASSWORD).headers().firstValue("Location").orElse("");
        assertThat(java.net.URI.create(target).getPath()).as("the task link, not the account page").isEqualTo("/tasks");
        var landed = session.get(java.net.URI.create(target).getRawPath() + "?" + java.net.URI.create(target).getRawQuery());
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("Uitloggen");

        WebSession direct = new WebSession(port);
        assertThat(direct.login(owner.email(), TestUsers.PASSWORD).headers().firstValue("Location").orElse(""))
                .as("signing in from the sign-in page itself: the account page").endsWith("/account");
    }

    @Test
    void theFirstOfficeAccountAndItsApiTokenComeFromTheEnvironment() {
        var office = accounts.byEmail("office-bootstrap@example.org").orElseThrow();
        assertThat(office.role()).isEqualTo(Role.OFFICE);
        var me = new ApiClient(port, "tpk_bootstrap_token_for_tests_0123456789").get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asString()).isEqualTo("OFFICE");
        assertThat(new WebSession(port).login("office-bootstrap@example.org", "Bootstrap-Wachtwoord-2026")
                .headers().firstValue("Location").orElse("")).endsWith("/account");
    }

    @Test
    void officeCreatesAccountsWithValidatedFields() {
        var office = users.create(Role.OFFICE, "office");
        WebSession session = new WebSession(port);
        session.login(office.email(), TestUsers.PASSWORD);
        var invalid = session.post("/office/users", Map.of("email", "geen-adres", "displayName", "",
                "role", "OWNER", "organisationId", "region:TL01"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("Vul een geldig e-mailadres in.", "Deze rol past niet bij deze organisatie.",
                "Vul een naam in", "id=\"email-error\"", "<title>Fout: ");
        assertThat(invalid.body()).as("the office never chooses a password").doesNotContain("type=\"password\"");
        assertThat(session.post("/office/users?lang=en", Map.of("email", "x")).body())
                .contains("Enter a valid e-mail address.");
    }

    @Test
    void aDisabledAccountLosesSignInTokensAndSession() {
        var officeUser = users.create(Role.OFFICE, "office");
        var reader = users.create(Role.READER, "office");
        var readerAccount = accounts.byId(reader.id()).orElseThrow();
        String token = tokens.create(readerAccount, "script", 5).secret();
        WebSession readerSession = new WebSession(port);
        readerSession.login(reader.email(), TestUsers.PASSWORD);

        WebSession office = new WebSession(port);
        office.login(officeUser.email(), TestUsers.PASSWORD);
        var disabled = office.post("/office/users/" + reader.id() + "/enabled", Map.of("enabled", "false",
                "version", "0"));
        assertThat(disabled.headers().firstValue("Location").orElse("")).endsWith("?changed");
        var stale = office.post("/office/users/" + reader.id() + "/enabled", Map.of("enabled", "true",
                "version", "0"));
        assertThat(stale.headers().firstValue("Location").orElse("")).endsWith("?stale");
        var self = office.post("/office/users/" + officeUser.id() + "/enabled", Map.of("enabled", "false",
                "version", "0"));
        assertThat(self.headers().firstValue("Location").orElse("")).endsWith("?self");

        assertThat(new WebSession(port).login(reader.email(), TestUsers.PASSWORD).headers().firstValue("Location")
                .orElse("")).endsWith("/login?error=bad");
        assertThat(new ApiClient(port, token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(readerSession.post("/account/tokens", Map.of("name", "na uitschakelen", "days", "5"))
                .statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'user.disable' and entity_id = ?")
                .param(reader.id().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    private String resetToken(String email) throws Exception {
        Pattern link = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");
        long deadline = System.currentTimeMillis() + 30_000; // generous: a loaded machine, other contexts' outboxes
        while (System.currentTimeMillis() < deadline) {
            outbox.sendPending();
            greenMail.waitForIncomingEmail(1_000, 1);
            for (int i = greenMail.getReceivedMessages().length - 1; i >= 0; i--) {
                MimeMessage m = greenMail.getReceivedMessages()[i];
                if (m.getAllRecipients()[0].toString().equals(email)) {
                    Matcher matcher = link.matcher(String.valueOf(m.getContent()));
                    if (matcher.find() && !used(matcher.group(1))) {
                        return matcher.group(1);
                    }
                }
            }
        }
        throw new AssertionError("no reset e-mail for " + email);
    }

    private boolean used(String token) {
        return jdbc.sql("""
                        select exists (select 1 from password_reset_token where token_hash = encode(sha256(?::bytea), 'hex')
                                       and used_at is not null)""")
                .param(token).query(Boolean.class).single();
    }
}
