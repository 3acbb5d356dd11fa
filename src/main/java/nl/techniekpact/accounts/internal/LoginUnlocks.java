package nl.techniekpact.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.system.MailOutbox;
import nl.techniekpact.system.MailProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail link that lets the owner of an account sign in again after the account was guessed at from many
 * addresses ({@link LoginThrottle}): sent when the correct password is given, at most once per
 * {@link #RESEND_AFTER} per account; single use, valid for {@link #VALIDITY}, stored hashed. Using it lifts the
 * account's counters; the password itself is unchanged.
 */
@Service
public class LoginUnlocks {

    static final Duration VALIDITY = Duration.ofMinutes(30);
    static final Duration RESEND_AFTER = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final MailOutbox mail;
    private final MailProperties mailProperties;
    private final Audit audit;
    private final Clock clock;

    LoginUnlocks(JdbcClient jdbc, Accounts accounts, LoginThrottle throttle, MailOutbox mail,
                 MailProperties mailProperties, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.throttle = throttle;
        this.mail = mail;
        this.mailProperties = mailProperties;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void request(String email) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        accounts.byEmail(email).ifPresent(user -> {
            jdbc.sql("select id from app_user where id = ? for update").param(user.id()).query(UUID.class).single();
            boolean recent = jdbc.sql("select exists (select 1 from login_unlock_token where user_id = ? and created_at > ?)")
                    .params(user.id(), now.minus(RESEND_AFTER)).query(Boolean.class).single();
            if (recent) {
                return;
            }
            String secret = Secrets.random("");
            jdbc.sql("""
                            insert into login_unlock_token (token_hash, user_id, created_at, expires_at)
                            values (?, ?, ?, ?)""")
                    .params(Secrets.hash(secret), user.id(), now, now.plus(VALIDITY)).update();
            String link = mailProperties.baseUrl() + "/password/unlock?token=" + secret;
            mail.enqueueWithSecret(user.email(), "Techniekpact: inloggen bevestigen / confirm your sign-in", """
                    Beste %s,

                    Er is vaak geprobeerd met een verkeerd wachtwoord in te loggen op uw account. U gaf zojuist het
                    juiste wachtwoord; bevestig met deze link dat u het was. Daarna kunt u weer gewoon inloggen.
                    De link werkt één keer en is 30 minuten geldig:

                    %s

                    Was u het niet? Klik dan niet op de link en kies een nieuw wachtwoord via "Wachtwoord vergeten".

                    --
                    Someone tried many wrong passwords on your account. You just gave the right one: confirm with the
                    link above that it was you, then sign in as usual. It works once and is valid for 30 minutes.
                    If it was not you, do not use the link and choose a new password.
                    """.formatted(user.displayName(), link));
            audit.record(new Actor(user.id(), user.email()), "login.unlockRequested", "user", user.id().toString(),
                    null, null);
        });
    }

    /** Uses the link: true when it was valid (the account's counters are lifted), false when not (any more). */
    @Transactional
    public boolean unlock(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                        update login_unlock_token set used_at = ?
                         where token_hash = ? and used_at is null and expires_at > ? returning user_id""")
                .params(now, Secrets.hash(secret), now).query(UUID.class).optional()
                .flatMap(accounts::byId)
                .map(user -> {
                    throttle.clearAccount(user.email());
                    audit.record(new Actor(user.id(), user.email()), "login.unlocked", "user", user.id().toString(),
                            null, Map.of("counters", "lifted"));
                    return true;
                })
                .orElse(false);
    }
}
