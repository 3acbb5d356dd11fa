package nl.techniekpact.accounts.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: shown once at creation, stored as a SHA-256 hash, revocable, always with an expiry.
 * A token carries its user's role and scope.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "tpk_";
    static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record Token(UUID id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                        OffsetDateTime revokedAt, OffsetDateTime lastUsedAt) {
        public boolean active(OffsetDateTime now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    public record Created(Token token, String secret) {
    }

    @Transactional
    public Created create(CurrentUser user, String name, int days) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInput.of("name", "token.name.required");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw InvalidInput.of("days", "token.days.range");
        }
        String secret = Secrets.random(PREFIX);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        insert into api_token (id, user_id, name, token_hash, prefix, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, user.id(), name.strip(), Secrets.hash(secret), secret.substring(0, 10), now,
                        now.plusDays(days))
                .update();
        Token token = list(user).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        audit.record(user.actor(), "token.create", "api_token", id.toString(), null,
                Map.of("name", token.name(), "expiresAt", token.expiresAt().toString()));
        return new Created(token, secret);
    }

    public List<Token> list(CurrentUser user) {
        return jdbc.sql("""
                        select id, name, prefix, created_at, expires_at, revoked_at, last_used_at from api_token
                        where user_id = ? order by created_at desc""")
                .param(user.id())
                .query((rs, n) -> new Token(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    /** Revokes one of the user's own tokens; a token of someone else is refused. */
    @Transactional
    public void revoke(CurrentUser user, UUID tokenId) {
        int changed = jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(OffsetDateTime.now(clock), tokenId, user.id()).update();
        if (changed == 0) {
            throw new Forbidden("revoke token " + tokenId);
        }
        audit.record(user.actor(), "token.revoke", "api_token", tokenId.toString(), Map.of("revoked", false),
                Map.of("revoked", true));
    }

    /** The user a presented token belongs to, if it is known, not revoked, not expired and the user enabled. */
    Optional<UUID> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<UUID> user = jdbc.sql("""
                        select t.user_id from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.enabled""")
                .params(Secrets.hash(secret), now).query(UUID.class).optional();
        user.ifPresent(u -> jdbc.sql("update api_token set last_used_at = ? where token_hash = ?")
                .params(now, Secrets.hash(secret)).update());
        return user;
    }

    /** Registers a known token for a user (automated installs: TECHNIEKPACT_ADMIN_API_TOKEN). */
    @Transactional
    void register(UUID userId, String secret, String name) {
        jdbc.sql("""
                        insert into api_token (id, user_id, name, token_hash, prefix, expires_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (token_hash) do nothing""")
                .params(UUID.randomUUID(), userId, name, Secrets.hash(secret),
                        secret.substring(0, Math.min(10, secret.length())), OffsetDateTime.now(clock).plusDays(MAX_DAYS))
                .update();
    }
}
