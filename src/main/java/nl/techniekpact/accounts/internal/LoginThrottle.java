package nl.techniekpact.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without handing an attacker a switch that locks the real user out. Counters live
 * in PostgreSQL, so every instance sees the same ones.
 *
 * <ul>
 *   <li><b>Account and address</b> ({@code PAIR}): after {@value #PAIR_LIMIT} failures of one account from one
 *   address, that address may not try that account for 1 minute, doubling with each further failure up to 1 hour.
 *   Someone guessing elsewhere does not block the real user's own address.</li>
 *   <li><b>Address</b> ({@code ADDRESS}): after {@value #ADDRESS_LIMIT} failures from one address over any accounts
 *   (credential stuffing), the same backoff for that address. Behind a reverse proxy the address is the client's
 *   ({@link ClientAddress}: forwarded headers only from configured proxies).</li>
 *   <li><b>Account</b> ({@code ACCOUNT}): after {@value #ACCOUNT_LIMIT} failures from anywhere (guessing from many
 *   addresses) the correct password alone no longer signs in: it sends the owner an e-mail with a single-use link
 *   that lifts the counters ({@link LoginUnlocks}). The answer on the page is the same whether the
 *   password was right or not.</li>
 * </ul>
 * A counter resets on success, and once it has been quiet: {@link #QUIET} after its last failure and its block
 * over. An attempt refused while blocked is not counted, so the real user's correct password never extends a
 * block. The sign-in page gives one answer for a wrong password, an unknown account and a block.
 */
@Component
class LoginThrottle {

    static final int PAIR_LIMIT = 5;
    static final int ADDRESS_LIMIT = 50;
    static final int ACCOUNT_LIMIT = 20;
    static final Duration QUIET = Duration.ofMinutes(15);
    static final Duration FIRST_BLOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_BLOCK = Duration.ofHours(1);

    enum Scope { PAIR, ADDRESS, ACCOUNT }

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when a login for this account from this address must be refused without checking the password. */
    boolean blocked(String email, String address) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return blockedUntil(Scope.PAIR, account(email), hash(address)).filter(now::isBefore).isPresent()
                || blockedUntil(Scope.ADDRESS, "", hash(address)).filter(now::isBefore).isPresent();
    }

    /** True when this account has failed so often, from anywhere, that signing in needs the e-mail link. */
    boolean needsUnlock(String email) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                        select failures from login_throttle where scope = 'ACCOUNT' and account_hash = ?
                           and address_hash = '' and last_failure > ?""")
                .params(account(email), now.minus(QUIET)).query(Integer.class).optional()
                .filter(failures -> failures >= ACCOUNT_LIMIT).isPresent();
    }

    @Transactional
    void failed(String email, String address) {
        String account = account(email);
        String client = hash(address);
        count(Scope.PAIR, account, client, PAIR_LIMIT);
        count(Scope.ADDRESS, "", client, ADDRESS_LIMIT);
        count(Scope.ACCOUNT, account, "", Integer.MAX_VALUE); // never blocks: it asks for the e-mail link instead
    }

    @Transactional
    void succeeded(String email, String address) {
        jdbc.sql("delete from login_throttle where scope = 'PAIR' and account_hash = ? and address_hash = ?")
                .params(account(email), hash(address)).update();
        jdbc.sql("delete from login_throttle where scope = 'ACCOUNT' and account_hash = ?").param(account(email))
                .update();
    }

    /** Lifts every counter of the account (the e-mail link, a new password); the address counters stay. */
    void clearAccount(String email) {
        jdbc.sql("delete from login_throttle where scope in ('PAIR', 'ACCOUNT') and account_hash = ?")
                .param(account(email)).update();
    }

    /** Counters quiet for a day are of no use any more. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetQuietCounters() {
        jdbc.sql("delete from login_throttle where last_failure < ? and (blocked_until is null or blocked_until < ?)")
                .params(OffsetDateTime.now(clock).minusDays(1), OffsetDateTime.now(clock)).update();
    }

    private void count(Scope scope, String account, String address, int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        record Counter(int failures, OffsetDateTime last, OffsetDateTime blockedUntil) {
        }
        Optional<Counter> current = jdbc.sql("""
                        select failures, last_failure, blocked_until from login_throttle
                         where scope = ? and account_hash = ? and address_hash = ? for update""")
                .params(scope.name(), account, address)
                .query((rs, n) -> new Counter(rs.getInt(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class)))
                .optional();
        boolean quiet = current.map(c -> c.last().plus(QUIET).isBefore(now)
                && (c.blockedUntil() == null || c.blockedUntil().isBefore(now))).orElse(true);
        int failures = quiet ? 1 : current.get().failures() + 1;
        OffsetDateTime blockedUntil = failures >= limit ? now.plus(block(failures - limit)) : null;
        jdbc.sql("""
                        insert into login_throttle (scope, account_hash, address_hash, failures, last_failure, blocked_until)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (scope, account_hash, address_hash) do update
                           set failures = excluded.failures, last_failure = excluded.last_failure,
                               blocked_until = excluded.blocked_until""")
                .params(scope.name(), account, address, failures, now, blockedUntil).update();
    }

    /** 1 minute for the failure that reaches the limit, doubling with each one after it, at most an hour. */
    static Duration block(int beyondLimit) {
        Duration block = FIRST_BLOCK;
        for (int i = 0; i < beyondLimit && block.compareTo(LONGEST_BLOCK) < 0; i++) {
            block = block.multipliedBy(2);
        }
        return block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block;
    }

    private Optional<OffsetDateTime> blockedUntil(Scope scope, String account, String address) {
        return jdbc.sql("""
                        select blocked_until from login_throttle
                         where scope = ? and account_hash = ? and address_hash = ? and blocked_until is not null""")
                .params(scope.name(), account, address).query(OffsetDateTime.class).optional();
    }

    private static String account(String email) {
        return hash(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String hash(String value) {
        return Secrets.hash(value == null ? "" : value);
    }
}
