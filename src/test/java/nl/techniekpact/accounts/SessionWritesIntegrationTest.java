package nl.techniekpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in user's page views do not each write the session row; the row is written when its access time is a
 * minute behind, and at sign-in and sign-out as before.
 */
@PlatformIntegrationTest
class SessionWritesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pageViewsWriteTheSessionOnlyWhenItsAccessTimeIsAMinuteBehind() {
        var user = users.create(Role.READER, "office");
        WebSession session = new WebSession(port);
        long beforeSignIn = System.currentTimeMillis();
        session.login(user.email(), TestUsers.PASSWORD);
        assertThat(session.get("/account").body()).contains("Uitloggen");
        long signedIn = accessTime(user.email());
        assertThat(signedIn).as("written at sign-in").isGreaterThanOrEqualTo(beforeSignIn);
        String row = xmin(user.email());

        for (int i = 0; i < 5; i++) {
            assertThat(session.get("/account").statusCode()).isEqualTo(200);
        }
        assertThat(accessTime(user.email())).as("page views within a minute write nothing").isEqualTo(signedIn);
        assertThat(xmin(user.email())).as("the row itself was not rewritten").isEqualTo(row);

        long twoMinutesAgo = System.currentTimeMillis() - 120_000;
        jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000::bigint"
                + " where principal_name = ?").params(twoMinutesAgo, twoMinutesAgo, user.email()).update();
        long beforeView = System.currentTimeMillis();
        assertThat(session.get("/account").body()).as("still signed in").contains("Uitloggen");
        long after = accessTime(user.email());
        assertThat(after).as("a minute behind: written").isGreaterThanOrEqualTo(beforeView);
        long expiry = jdbc.sql("select expiry_time - last_access_time from spring_session where principal_name = ?")
                .param(user.email()).query(Long.class).single();
        assertThat(expiry).as("the expiry moves with it").isGreaterThan(60_000);

        session.post("/logout", java.util.Map.of());
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(user.email())
                .query(Long.class).single()).as("sign-out deletes the session").isZero();
    }

    private long accessTime(String email) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = ?").param(email)
                .query(Long.class).single();
    }

    private String xmin(String email) {
        return jdbc.sql("select xmin::text from spring_session where principal_name = ?").param(email)
                .query(String.class).single();
    }
}
