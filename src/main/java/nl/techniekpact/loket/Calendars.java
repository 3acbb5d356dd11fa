package nl.techniekpact.loket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.system.MailProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar of a school's or company's agreed activities, as an iCalendar feed at a secret address that calendar
 * programs subscribe to (they cannot sign in). The address is shown once, when it is made; only its SHA-256 is
 * stored, and a new address replaces the old one (which then stops working). The feed holds the activities agreed
 * in the last year and later: confirmed, or cancelled when withdrawn after they were agreed; never contact details.
 */
@Service
public class Calendars {

    /** A school's or company's feed: when its current address was made. */
    public record Feed(OffsetDateTime createdAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Listings listings;
    private final Members members;
    private final Companies companies;
    private final Schools schools;
    private final MailProperties mailProperties;
    private final Audit audit;
    private final Clock clock;

    Calendars(JdbcClient jdbc, Listings listings, Members members, Companies companies, Schools schools,
              MailProperties mailProperties, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.members = members;
        this.companies = companies;
        this.schools = schools;
        this.mailProperties = mailProperties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The feed of the user's own school or company, if it has one. */
    public Optional<Feed> feed(CurrentUser user) {
        Members.Member member = members.confirmed(user);
        return jdbc.sql("select created_at from loket_calendar_feed where school_id = ? or company_id = ?")
                .params(member.isSchool() ? member.schoolId() : -1L, member.isSchool() ? -1L : member.companyId())
                .query((rs, n) -> new Feed(rs.getObject(1, OffsetDateTime.class))).optional();
    }

    /** Makes a new secret address for the user's school or company (the old one stops working); returns it. */
    @Transactional
    public String newLink(CurrentUser user) {
        Members.Member member = listings.actingMember(user);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String column = member.isSchool() ? "school_id" : "company_id";
        long party = member.isSchool() ? member.schoolId() : member.companyId();
        boolean replaced = jdbc.sql("update loket_calendar_feed set token_hash = ?, created_by = ?, created_at = now()"
                + " where " + column + " = ?").params(hash(secret), user.id(), party).update() > 0;
        if (!replaced) {
            jdbc.sql("insert into loket_calendar_feed (" + column + ", token_hash, created_by) values (?, ?, ?)")
                    .params(party, hash(secret), user.id()).update();
        }
        audit.record(user.actor(), "loket.calendar.link", "loket_calendar_feed", column + ":" + party,
                null, Map.of("replaced", replaced));
        return mailProperties.baseUrl() + "/loket/agenda/" + secret + ".ics";
    }

    /** The feed at the secret address, as iCalendar text; empty when the address is unknown (or replaced). */
    public Optional<String> ics(String secret) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        Optional<long[]> owner = jdbc.sql("select coalesce(school_id, -1), coalesce(company_id, -1)"
                        + " from loket_calendar_feed where token_hash = ?").param(hash(secret))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        boolean school = owner.get()[0] >= 0;
        long party = school ? owner.get()[0] : owner.get()[1];
        Optional<String> name = school ? schools.byId(party).map(Schools.School::name)
                : companies.byId(party).filter(Companies.Company::active).map(Companies.Company::name);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<Activities.Activity> agreed = jdbc.sql(Activities.SELECT + " where a." + (school ? "school_id" : "company_id")
                        + " = ? and a.introduced_at is not null and a.planned_on >= ?"
                        + " and a.state in ('INTRODUCED', 'HELD', 'CLOSED', 'WITHDRAWN') order by a.planned_on, a.id")
                .params(party, LocalDate.now(clock).minusYears(1)).query(Activities::activity).list();
        List<ICalendar.Event> events = new ArrayList<>();
        for (Activities.Activity a : agreed) {
            Activities.Side mine = school ? Activities.Side.SCHOOL : Activities.Side.COMPANY;
            String other = a.partyName(mine.other());
            String link = mailProperties.baseUrl() + "/loket/mijn/activiteiten/" + a.id();
            events.add(new ICalendar.Event("loket-activity-" + a.uid() + "@techniekpact", a.updatedAt(), a.plannedOn(),
                    a.sequence(), "WITHDRAWN".equals(a.state()), a.listingTitle() + " – " + other,
                    "Activiteit met " + other + " / activity with " + other + "\n" + link, link));
        }
        return Optional.of(ICalendar.write("Techniekpact Loket: " + name.get(), events));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
