package nl.techniekpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Login throttling as an attacker and as the real user meet it: a block per account and address with backoff that
 * never locks the real user's own address, is not extended by the correct password, resets on success and once
 * quiet; a block per address across accounts; an account guessed at from many addresses asks for the e-mail
 * link, with the same answer whether the password was right; one answer for unknown accounts and blocked ones.
 * Client addresses come from {@code X-Forwarded-For} (127.0.0.1 is a trusted proxy in the tests).
 */
@PlatformIntegrationTest
class LoginThrottleIntegrationTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private final String net = "10." + (UUID.randomUUID().hashCode() & 0x7f) + ".";

    private String address() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return net + (n / 250) + "." + (n % 250 + 1);
    }

    private static String answer(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void fiveFailuresBlockThatAddressForThatAccountOnlyAndTheBlockIsNotExtendedByTheRightPassword() {
        var user = users.create(Role.READER, "office");
        WebSession attacker = new WebSession(port, address());
        for (int i = 0; i < 5; i++) {
            assertThat(answer(attacker.login(user.email(), "fout-" + i))).endsWith("/login?error=bad");
        }
        OffsetDateTime blockedUntil = blockedUntil(user.email());
        assertThat(blockedUntil).as("blocked for a minute").isAfter(OffsetDateTime.now().plusSeconds(30));

        // the right password from the blocked address: refused without looking, same answer, block not extended
        assertThat(answer(attacker.login(user.email(), TestUsers.PASSWORD))).endsWith("/login?error=bad");
        assertThat(blockedUntil(user.email())).isEqualTo(blockedUntil);
        assertThat(failures(user.email())).isEqualTo(5);

        // the real user, elsewhere, is not locked out
        assertThat(answer(new WebSession(port, address()).login(user.email(), TestUsers.PASSWORD))).endsWith("/account");
    }

    @Test
    void theBackoffDoublesAndTheCounterResetsOnceQuietAndOnSuccess() {
        var user = users.create(Role.READER, "office");
        String from = address();
        WebSession attacker = new WebSession(port, from);
        for (int i = 0; i < 5; i++) {
            attacker.login(user.email(), "fout-" + i);
        }
        // the block ran out (moved back in time): one more failure blocks for two minutes
        jdbc.sql("update login_throttle set blocked_until = now() - interval '1 second', last_failure = now() - interval '1 minute'"
                + " where " + ACCOUNT).param(user.email()).update();
        assertThat(answer(attacker.login(user.email(), "fout-6"))).endsWith("/login?error=bad");
        assertThat(failures(user.email())).isEqualTo(6);
        assertThat(blockedUntil(user.email())).isAfter(OffsetDateTime.now().plusSeconds(90));

        // quiet for 15 minutes after the block: the count starts again at one, not blocked
        jdbc.sql("update login_throttle set blocked_until = now() - interval '16 minutes', last_failure = now() - interval '20 minutes'"
                + " where " + ACCOUNT).param(user.email()).update();
        attacker.login(user.email(), "fout-7");
        assertThat(failures(user.email())).isEqualTo(1);
        assertThat(blockedUntil(user.email())).isNull();

        // four failures, then the right password: the counters of the account are gone
        for (int i = 0; i < 3; i++) {
            attacker.login(user.email(), "fout-" + (8 + i));
        }
        assertThat(answer(attacker.login(user.email(), TestUsers.PASSWORD))).endsWith("/account");
        assertThat(jdbc.sql("select count(*) from login_throttle where " + ACCOUNT).param(user.email())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void oneAddressFailingOnManyAccountsIsBlockedForEveryAccount() {
        String from = address();
        for (int i = 0; i < 50; i++) {
            new WebSession(port, from).login("stuffing-" + i + "-" + UUID.randomUUID() + "@example.org", "Welkom01");
        }
        var user = users.create(Role.READER, "office");
        assertThat(answer(new WebSession(port, from).login(user.email(), TestUsers.PASSWORD)))
                .as("blocked before the password is checked").endsWith("/login?error=bad");
        assertThat(answer(new WebSession(port, address()).login(user.email(), TestUsers.PASSWORD))).endsWith("/account");
    }

    @Test
    void anAccountGuessedAtFromManyAddressesNeedsTheEmailLinkWithTheSameAnswerEitherWay() {
        var user = users.create(Role.OWNER, "partner:po-raad");
        String unknown = "niemand-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 20; i++) {
            new WebSession(port, address()).login(user.email(), "fout-" + i);
            new WebSession(port, address()).login(unknown, "fout-" + i);
        }
        String wrong = answer(new WebSession(port, address()).login(user.email(), "nog-steeds-fout"));
        String right = answer(new WebSession(port, address()).login(user.email(), TestUsers.PASSWORD));
        String nobody = answer(new WebSession(port, address()).login(unknown, TestUsers.PASSWORD));
        assertThat(wrong).endsWith("/login?error=check-mail");
        assertThat(right).as("a right password is not told apart from a wrong one").isEqualTo(wrong);
        assertThat(nobody).as("nor an unknown account from a known one").isEqualTo(wrong);
        assertThat(new WebSession(port).get("/login?error=check-mail").body()).contains("bevestigingslink");

        String body = jdbc.sql("select body from outbox_mail where recipient = ? and subject like '%inloggen bevestigen%'")
                .param(user.email()).query(String.class).single();
        new WebSession(port, address()).login(user.email(), TestUsers.PASSWORD);
        assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = ? and subject like '%inloggen bevestigen%'")
                .param(user.email()).query(Integer.class).single()).as("one link per quarter of an hour").isEqualTo(1);

        Matcher link = Pattern.compile("/password/unlock\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        WebSession owner = new WebSession(port, address());
        assertThat(owner.get("/password/unlock?token=" + link.group(1)).body()).contains("Ik was het: bevestigen");
        assertThat(answer(owner.post("/password/unlock", java.util.Map.of("token", link.group(1)))))
                .endsWith("/login?unlocked");
        assertThat(owner.post("/password/unlock", java.util.Map.of("token", link.group(1))).body())
                .as("single use").contains("niet (meer) geldig");
        assertThat(answer(owner.login(user.email(), TestUsers.PASSWORD))).endsWith("/account");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'login.unlocked'").query(Integer.class)
                .single()).isPositive();
    }

    @Test
    void theAnswerIsTheSameForAWrongPasswordAnUnknownAccountAndABlock() {
        var user = users.create(Role.READER, "office");
        String wrong = answer(new WebSession(port, address()).login(user.email(), "fout"));
        String unknown = answer(new WebSession(port, address()).login("onbekend-" + UUID.randomUUID() + "@example.org", "fout"));
        WebSession blocked = new WebSession(port, address());
        for (int i = 0; i < 5; i++) {
            blocked.login(user.email(), "fout-" + i);
        }
        assertThat(unknown).isEqualTo(wrong);
        assertThat(answer(blocked.login(user.email(), TestUsers.PASSWORD))).isEqualTo(wrong);
        assertThat(new WebSession(port).get("/login?error=anything").body()).contains("Onjuist e-mailadres of wachtwoord");
    }

    private static final String ACCOUNT = "account_hash = encode(sha256(convert_to(lower(?), 'UTF8')), 'hex')";

    private OffsetDateTime blockedUntil(String email) {
        return jdbc.sql("select blocked_until from login_throttle where scope = 'PAIR' and " + ACCOUNT).param(email)
                .query(OffsetDateTime.class).optional().orElse(null);
    }

    private int failures(String email) {
        return jdbc.sql("select failures from login_throttle where scope = 'PAIR' and " + ACCOUNT).param(email)
                .query(Integer.class).single();
    }
}
