package nl.techniekpact.loket;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.SelfRegistrations;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.shared.Forbidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's own data in the Loket: downloaded whole, deleted on request, and removed when the account was not
 * used for a set period ({@code techniekpact.loket.inactive-after}, two years by default) or its address was never
 * confirmed within 30 days. What stays is the school's or company's own data (its listings, its activities), which
 * is not personal; the audit log keeps that a deletion happened, not the address.
 */
@Service
public class PersonalData {

    static final Duration UNCONFIRMED = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

    private final JdbcClient jdbc;
    private final Members members;
    private final SelfRegistrations registrations;
    private final TransactionTemplate transactions;
    private final Duration inactiveAfter;

    PersonalData(JdbcClient jdbc, Members members, SelfRegistrations registrations, TransactionTemplate transactions,
                 @Value("${techniekpact.loket.inactive-after:P730D}") Duration inactiveAfter) {
        this.jdbc = jdbc;
        this.members = members;
        this.registrations = registrations;
        this.transactions = transactions;
        this.inactiveAfter = inactiveAfter;
    }

    /** Everything the Loket holds about the signed-in person, as a map for a JSON download. */
    public Map<String, Object> export(CurrentUser user) {
        if (user == null) {
            throw new Forbidden("export personal data");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("account", Map.of("email", user.email(), "name", user.displayName(),
                "organisation", user.organisationName() == null ? "" : user.organisationName()));
        members.of(user).ifPresent(member -> {
            Map<String, Object> tie = new LinkedHashMap<>();
            tie.put("name", member.name());
            tie.put("email", member.email());
            tie.put("phone", member.phone());
            tie.put("state", member.state());
            tie.put("confirmedBy", member.confirmedBy());
            tie.put("school", member.schoolId());
            tie.put("company", member.companyId());
            data.put("loketMember", tie);
        });
        List<Map<String, Object>> listings = jdbc.sql("""
                        select id, side, title, state, created_at from loket_listing where created_by = ? order by id""")
                .param(user.id()).query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", rs.getLong(1));
                    row.put("side", rs.getString(2));
                    row.put("title", rs.getString(3));
                    row.put("state", rs.getString(4));
                    row.put("createdAt", rs.getObject(5, OffsetDateTime.class).toString());
                    return row;
                }).list();
        data.put("listingsYouCreated", listings);
        return data;
    }

    /** Deletes the signed-in person's Loket tie and account. */
    @Transactional
    public void delete(CurrentUser user) {
        if (user == null) {
            throw new Forbidden("delete personal data");
        }
        members.of(user).ifPresent(members::delete);
        registrations.delete(user.id(), user.actor());
    }

    /** Removes accounts unused for the set period and registrations never confirmed; returns how many. */
    public int removeInactive(OffsetDateTime now) {
        List<UUID> stale = jdbc.sql("""
                        select user_id from loket_member
                        where last_seen_at < ? or (state = 'PENDING' and created_at < ?)""")
                .params(now.minus(inactiveAfter), now.minus(UNCONFIRMED)).query(UUID.class).list();
        for (UUID userId : stale) {
            transactions.executeWithoutResult(status -> {
                members.byUser(userId).ifPresent(members::delete);
                registrations.delete(userId, Actor.system("loket-retention"));
            });
        }
        if (!stale.isEmpty()) {
            log.info("Loket: removed {} inactive or never confirmed account(s)", stale.size());
        }
        return stale.size();
    }

    @Scheduled(cron = "${techniekpact.loket.retention-cron:0 17 3 * * *}")
    void nightly() {
        removeInactive(OffsetDateTime.now());
    }
}
