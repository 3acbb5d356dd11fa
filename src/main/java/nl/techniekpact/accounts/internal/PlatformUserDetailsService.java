package nl.techniekpact.accounts.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class PlatformUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoginThrottle throttle;

    PlatformUserDetailsService(JdbcClient jdbc, Clock clock, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                        select id, email, password_hash, role, enabled, locked_until from app_user
                        where lower(email) = lower(?) and password_hash is not null""")
                .param(email == null ? "" : email.strip())
                .query((rs, n) -> {
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    return new PlatformUserDetails(rs.getObject("id", UUID.class), rs.getString("email"),
                            rs.getString("password_hash"), rs.getString("role"), rs.getBoolean("enabled"),
                            lockedUntil != null && lockedUntil.isAfter(now), throttle.needsUnlock(email));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
