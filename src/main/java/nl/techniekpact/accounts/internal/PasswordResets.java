package nl.techniekpact.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.PasswordPolicy;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.system.MailOutbox;
import nl.techniekpact.system.MailProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by e-mail link: single use, valid for one hour, stored hashed. Asking for a reset gives the
 * same answer whether or not the address has an account, so the form cannot be used to find accounts.
 */
@Service
public class PasswordResets {

    static final Duration VALIDITY = Duration.ofHours(1);
    /** Links sent per account per hour; asking more often gives the same answer and sends nothing. */
    static final int MAX_PER_HOUR = 3;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final MailOutbox mail;
    private final MailProperties mailProperties;
    private final PasswordEncoder passwords;
    private final Audit audit;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    PasswordResets(JdbcClient jdbc, Accounts accounts, MailOutbox mail, MailProperties mailProperties,
                   PasswordEncoder passwords, Audit audit, Clock clock, LoginThrottle throttle,
                   ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mail = mail;
        this.mailProperties = mailProperties;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    @Transactional
    public void request(String email) {
        accounts.byEmail(email).ifPresent(user -> {
            jdbc.sql("select id from app_user where id = ? for update").param(user.id()).query(UUID.class).single();
            int recent = jdbc.sql("select count(*) from password_reset_token where user_id = ? and created_at > ?")
                    .params(user.id(), OffsetDateTime.now(clock).minus(VALIDITY)).query(Integer.class).single();
            if (recent >= MAX_PER_HOUR) {
                return; // the same answer on the page; no more e-mails to flood someone's mailbox with
            }
            String secret = Secrets.random("");
            jdbc.sql("insert into password_reset_token (token_hash, user_id, expires_at) values (?, ?, ?)")
                    .params(Secrets.hash(secret), user.id(), OffsetDateTime.now(clock).plus(VALIDITY)).update();
            String link = mailProperties.baseUrl() + "/password/reset?token=" + secret;
            mail.enqueueWithSecret(user.email(), "Techniekpact: nieuw wachtwoord / new password", """
                    Beste %s,

                    Via deze link kiest u een nieuw wachtwoord voor het Techniekpact-platform. De link werkt één keer
                    en is een uur geldig:

                    %s

                    Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft hetzelfde.

                    --
                    Use the link above to choose a new password for the Techniekpact platform. It works once and is
                    valid for one hour. If you did not ask for this, ignore this e-mail.
                    """.formatted(user.displayName(), link));
            audit.record(new Actor(user.id(), user.email()), "password.resetRequested", "user",
                    user.id().toString(), null, null);
        });
    }

    private int endSessions(String email) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        var ids = repository.findByPrincipalName(email).keySet();
        ids.forEach(repository::deleteById);
        return ids.size();
    }

    public boolean valid(String secret) {
        return secret != null && jdbc.sql("""
                        select exists (select 1 from password_reset_token where token_hash = ? and used_at is null
                                       and expires_at > ?)""")
                .params(Secrets.hash(secret), OffsetDateTime.now(clock)).query(Boolean.class).single();
    }

    @Transactional
    public void reset(String secret, String password, String confirmation) {
        reset(secret, password, confirmation, false);
    }

    /**
     * Sets the new password; ends every session of the account (on every instance: sessions live in PostgreSQL),
     * makes every other outstanding link unusable, lifts the login counters, and, when asked, revokes the
     * account's API tokens.
     */
    @Transactional
    public void reset(String secret, String password, String confirmation, boolean revokeTokens) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var userId = jdbc.sql("""
                        update password_reset_token set used_at = ?
                        where token_hash = ? and used_at is null and expires_at > ? returning user_id""")
                .params(now, Secrets.hash(secret == null ? "" : secret), now).query(UUID.class).optional()
                .orElseThrow(() -> InvalidInput.of("token", "password.reset.invalid"));
        var user = accounts.byId(userId).orElseThrow(() -> InvalidInput.of("token", "password.reset.invalid"));
        List<String> problems = PasswordPolicy.check(password, user.email());
        if (!problems.isEmpty()) {
            throw InvalidInput.of("password", problems.get(0));
        }
        if (!password.equals(confirmation)) {
            throw InvalidInput.of("confirmation", "password.mismatch");
        }
        jdbc.sql("update app_user set password_hash = ?, failed_logins = 0, locked_until = null where id = ?")
                .params(passwords.encode(password), userId).update();
        throttle.clearAccount(user.email());
        int links = jdbc.sql("update password_reset_token set used_at = ? where user_id = ? and used_at is null")
                .params(now, userId).update();
        int sessionsEnded = endSessions(user.email());
        int tokens = revokeTokens ? jdbc.sql("update api_token set revoked_at = ? where user_id = ? and revoked_at is null")
                .params(now, userId).update() : 0;
        audit.record(new Actor(userId, user.email()), "password.reset", "user", userId.toString(),
                Map.of("password", "(old)"), Map.of("password", "(new)", "otherLinksVoided", links,
                        "sessionsEnded", sessionsEnded, "apiTokensRevoked", tokens));
    }
}
