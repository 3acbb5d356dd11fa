package nl.techniekpact.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.PasswordPolicy;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.system.MailOutbox;
import nl.techniekpact.system.MailProperties;
import nl.techniekpact.system.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners are onboarded by invitation: the office creates an account without a password, and the person receives
 * an e-mail with a link, valid for {@link #VALIDITY} and usable once, where they choose their own password. The
 * office never sees or sets a password. Only a hash of the link's secret is kept; sending the invitation again or
 * revoking it makes the earlier link unusable.
 */
@Service
public class Invitations {

    static final Duration VALIDITY = Duration.ofDays(7);
    /** Invitations per account per day, so a mistaken double click or a script cannot flood a mailbox. */
    static final int MAX_PER_DAY = 5;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final MailOutbox mail;
    private final MailProperties mailProperties;
    private final PasswordEncoder passwords;
    private final Audit audit;
    private final Clock clock;
    private final LoginThrottle throttle;

    Invitations(JdbcClient jdbc, Accounts accounts, MailOutbox mail, MailProperties mailProperties,
                PasswordEncoder passwords, Audit audit, Clock clock, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mail = mail;
        this.mailProperties = mailProperties;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.throttle = throttle;
    }

    /** The person an invitation link is for, as its page greets them. */
    public record Invitee(UUID userId, String email, String displayName, Role role, OffsetDateTime expiresAt) {
    }

    /** Creates the account and sends its invitation, in one transaction (a failure leaves neither). */
    @Transactional
    public CurrentUser invite(CurrentUser actor, Accounts.NewUser user) {
        CurrentUser created = accounts.create(actor, user);
        send(actor, created);
        audit.record(actor.actor(), "invitation.send", "user", created.id().toString(), null,
                Map.of("email", created.email()));
        return created;
    }

    /**
     * Sends a new invitation to an account whose person has not chosen a password yet; the earlier link stops
     * working. Office only.
     */
    @Transactional
    public void resend(CurrentUser actor, UUID userId) {
        requireOffice(actor);
        CurrentUser user = lockWaitingAccount(userId);
        int today = jdbc.sql("select count(*) from invitation where user_id = ? and created_at > ?")
                .params(userId, OffsetDateTime.now(clock).minusDays(1)).query(Integer.class).single();
        if (today >= MAX_PER_DAY) {
            throw InvalidInput.of("user", "invitation.tooMany");
        }
        int voided = voidOutstanding(userId);
        send(actor, user);
        audit.record(actor.actor(), "invitation.resend", "user", userId.toString(),
                Map.of("outstandingLinks", voided), Map.of("outstandingLinks", 1));
    }

    /** Makes the outstanding invitation link unusable; the account stays, without a password. Office only. */
    @Transactional
    public void revoke(CurrentUser actor, UUID userId) {
        requireOffice(actor);
        lockWaitingAccount(userId);
        int voided = voidOutstanding(userId);
        if (voided == 0) {
            throw InvalidInput.of("user", "invitation.none");
        }
        audit.record(actor.actor(), "invitation.revoke", "user", userId.toString(),
                Map.of("outstandingLinks", voided), Map.of("outstandingLinks", 0));
    }

    /** Whom a link invites, while it still works (not used, not revoked, not expired, the account enabled). */
    public Optional<Invitee> valid(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select i.user_id, i.expires_at from invitation i join app_user u on u.id = i.user_id
                        where i.token_hash = ? and i.accepted_at is null and i.revoked_at is null
                          and i.expires_at > ? and u.enabled and u.password_hash is null""")
                .params(Secrets.hash(secret), OffsetDateTime.now(clock))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class)))
                .optional()
                .flatMap(found -> accounts.byId(found.getKey()).map(u -> new Invitee(u.id(), u.email(),
                        u.displayName(), u.role(), found.getValue())));
    }

    /**
     * Sets the person's own password and uses up the link. A password the policy refuses, or two that differ,
     * leave the link usable (the transaction rolls back).
     */
    @Transactional
    public Invitee accept(String secret, String password, String confirmation) {
        Invitee invitee = valid(secret).orElseThrow(() -> InvalidInput.of("token", "invitation.invalid"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        int used = jdbc.sql("""
                        update invitation set accepted_at = ?
                        where token_hash = ? and accepted_at is null and revoked_at is null and expires_at > ?""")
                .params(now, Secrets.hash(secret), now).update();
        if (used == 0) { // the same link used twice at once: the other request won
            throw InvalidInput.of("token", "invitation.invalid");
        }
        List<String> problems = PasswordPolicy.check(password, invitee.email());
        if (!problems.isEmpty()) {
            throw InvalidInput.of("password", problems.get(0));
        }
        if (!password.equals(confirmation)) {
            throw InvalidInput.of("confirmation", "password.mismatch");
        }
        int set = jdbc.sql("""
                        update app_user set password_hash = ?, failed_logins = 0, locked_until = null
                        where id = ? and password_hash is null and enabled""")
                .params(passwords.encode(password), invitee.userId()).update();
        if (set == 0) {
            throw InvalidInput.of("token", "invitation.invalid");
        }
        throttle.clearAccount(invitee.email());
        audit.record(new Actor(invitee.userId(), invitee.email()), "invitation.accept", "user",
                invitee.userId().toString(), Map.of("password", "(none)"), Map.of("password", "(chosen by the person)"));
        return invitee;
    }

    private void send(CurrentUser actor, CurrentUser user) {
        String secret = Secrets.random("");
        OffsetDateTime expires = OffsetDateTime.now(clock).plus(VALIDITY);
        jdbc.sql("insert into invitation (token_hash, user_id, invited_by, expires_at) values (?, ?, ?, ?)")
                .params(Secrets.hash(secret), user.id(), actor.id(), expires).update();
        mail.enqueueWithSecret(user.email(), "Uitnodiging voor het Techniekpact-platform / invitation to the "
                + "Techniekpact platform", InvitationMail.body(user, actor.displayName(),
                mailProperties.baseUrl() + "/password/invitation?token=" + secret,
                Times.written(expires, Locale.of("nl")), Times.written(expires, Locale.ENGLISH)));
    }

    private CurrentUser lockWaitingAccount(UUID userId) {
        Boolean waiting = jdbc.sql("""
                        select password_hash is null and oidc_subject is null from app_user
                        where id = ? and enabled for update""")
                .param(userId).query(Boolean.class).optional()
                .orElseThrow(() -> InvalidInput.of("user", "user.unknown"));
        if (!waiting) {
            throw InvalidInput.of("user", "invitation.accepted");
        }
        return accounts.byId(userId).orElseThrow(() -> InvalidInput.of("user", "user.unknown"));
    }

    private int voidOutstanding(UUID userId) {
        return jdbc.sql("""
                        update invitation set revoked_at = ?
                        where user_id = ? and accepted_at is null and revoked_at is null and expires_at > ?""")
                .params(OffsetDateTime.now(clock), userId, OffsetDateTime.now(clock)).update();
    }

    private static void requireOffice(CurrentUser actor) {
        if (actor == null || !actor.is(Role.OFFICE)) {
            throw new Forbidden("invite users");
        }
    }
}
