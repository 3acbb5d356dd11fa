package nl.techniekpact.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: an account is locked for 15 minutes after 5 failed logins in a row, and one
 * client address may fail at most 20 times per 15 minutes (across accounts) before its attempts are refused.
 */
@Component
class LoginThrottle {

    static final int MAX_ACCOUNT_FAILURES = 5;
    static final int MAX_ADDRESS_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean addressBlocked(String address) {
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            Instant cutoff = clock.instant().minus(WINDOW);
            while (!failures.isEmpty() && failures.peekFirst().isBefore(cutoff)) {
                failures.pollFirst();
            }
            return failures.size() >= MAX_ADDRESS_FAILURES;
        }
    }

    void failed(String email, String address) {
        Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            failures.addLast(clock.instant());
        }
        if (email == null || email.isBlank()) {
            return;
        }
        jdbc.sql("""
                        update app_user set failed_logins = failed_logins + 1,
                          locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
                        where lower(email) = lower(?)""")
                .params(MAX_ACCOUNT_FAILURES, OffsetDateTime.now(clock).plus(WINDOW), email.strip())
                .update();
    }

    void succeeded(String email) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where lower(email) = lower(?)")
                .param(email).update();
    }
}
