package nl.techniekpact.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.techniekpact.accounts.internal.Secrets;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts that people create themselves (the Loket's school staff and company contacts): a reader account in an
 * organisation of kind {@code SCHOOL} or {@code COMPANY}, disabled until its owner opens the single-use link that
 * was e-mailed to the address (valid for {@link #VALIDITY}). The person chooses their own password; the caller
 * writes and sends the e-mail, with the secret this returns. A person may delete their own account.
 */
@Service
public class SelfRegistrations {

    /** How long a confirmation link works. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    private static final List<String> KINDS = List.of("SCHOOL", "COMPANY");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Audit audit;
    private final Clock clock;

    SelfRegistrations(JdbcClient jdbc, PasswordEncoder passwords, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a person fills in; the organisation is created when it does not exist yet. */
    public record Registration(String email, String displayName, String password, String passwordConfirmation,
                               String organisationId, String organisationName, String organisationKind) {
    }

    /** The new, still disabled account and the secret for its confirmation link. */
    public record Pending(UUID userId, String email, String secret) {
    }

    /** The problems with a registration, by field ({@code email}, {@code displayName}, {@code password} …). */
    public Map<String, String> problems(Registration registration) {
        Map<String, String> errors = new LinkedHashMap<>();
        String email = normalised(registration.email());
        if (!Accounts.EMAIL.matcher(email).matches() || email.length() > 254) {
            errors.put("email", "user.email.invalid");
        } else if (exists(email)) {
            errors.put("email", "user.email.taken");
        }
        if (registration.displayName() == null || registration.displayName().isBlank()
                || registration.displayName().length() > 200) {
            errors.put("displayName", "user.displayName.required");
        }
        List<String> passwordProblems = PasswordPolicy.check(registration.password(), email);
        if (!passwordProblems.isEmpty()) {
            errors.put("password", passwordProblems.get(0));
        } else if (!registration.password().equals(registration.passwordConfirmation())) {
            errors.put("passwordConfirmation", "password.mismatch");
        }
        return errors;
    }

    /**
     * Creates the disabled account (and its organisation when new) in the caller's transaction.
     *
     * @throws InvalidInput with the {@link #problems} when there are any
     */
    @Transactional
    public Pending register(Registration registration) {
        if (!KINDS.contains(registration.organisationKind())) {
            throw new IllegalArgumentException("Not a self-service organisation kind: "
                    + registration.organisationKind());
        }
        Map<String, String> errors = problems(registration);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String email = normalised(registration.email());
        jdbc.sql("insert into organisation (id, name, kind) values (?, ?, ?) on conflict (id) do nothing")
                .params(registration.organisationId(), registration.organisationName(),
                        registration.organisationKind()).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into app_user (id, email, display_name, password_hash, role, organisation_id, enabled)
                        values (?, ?, ?, ?, 'READER', ?, false)""")
                .params(id, email, registration.displayName().strip(), passwords.encode(registration.password()),
                        registration.organisationId())
                .update();
        String secret = Secrets.random("");
        jdbc.sql("insert into account_confirmation (token_hash, user_id, expires_at) values (?, ?, ?)")
                .params(Secrets.hash(secret), id, OffsetDateTime.now(clock).plus(VALIDITY)).update();
        audit.record(new Actor(id, email), "user.register", "user", id.toString(), null,
                Map.of("email", email, "organisation", registration.organisationId()));
        return new Pending(id, email, secret);
    }

    /** Opens a confirmation link: enables the account once; empty when the link is unknown, used or expired. */
    @Transactional
    public Optional<UUID> confirm(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<UUID> userId = jdbc.sql("""
                        update account_confirmation set used_at = ?
                        where token_hash = ? and used_at is null and expires_at > ? returning user_id""")
                .params(now, Secrets.hash(secret), now).query(UUID.class).optional();
        userId.ifPresent(id -> {
            jdbc.sql("update app_user set enabled = true, lock_version = lock_version + 1 where id = ?")
                    .param(id).update();
            audit.record(new Actor(id, null), "user.confirm", "user", id.toString(), Map.of("enabled", false),
                    Map.of("enabled", true));
        });
        return userId;
    }

    /**
     * Removes a self-registered account with its links and tokens (the person's own deletion, or the removal of
     * an inactive account); the audit log keeps that it happened, not the address.
     */
    @Transactional
    public void delete(UUID userId, Actor actor) {
        String kind = jdbc.sql("""
                        select o.kind from app_user u join organisation o on o.id = u.organisation_id where u.id = ?""")
                .param(userId).query(String.class).optional().orElse(null);
        if (kind == null) {
            return;
        }
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("Only self-service accounts are deleted this way");
        }
        jdbc.sql("delete from account_confirmation where user_id = ?").param(userId).update();
        jdbc.sql("delete from password_reset_token where user_id = ?").param(userId).update();
        jdbc.sql("delete from api_token where user_id = ?").param(userId).update();
        jdbc.sql("delete from app_user where id = ?").param(userId).update();
        audit.record(actor, "user.delete", "user", userId.toString(), Map.of("account", "(deleted)"), null);
    }

    private boolean exists(String email) {
        return jdbc.sql("select exists (select 1 from app_user where lower(email) = lower(?))").param(email)
                .query(Boolean.class).single();
    }

    private static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
