package nl.techniekpact.loket;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's own blocked dates — exam weeks, study days, a school trip — on which no activity can take place. Its
 * confirmed staff keep them; matching leaves them out on both sides (for the school's requests, and for a company
 * looking at requests), next to the school holidays of its holiday region. Every change is audited.
 */
@Service
public class BlockedDates {

    /** One blocked range. */
    public record Blocked(long id, LocalDate from, LocalDate until, String reason) {
    }

    static final int MAX_PER_SCHOOL = 200;
    static final int MAX_REASON = 200;
    static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final Members members;
    private final Audit audit;
    private final ListingIndex index;

    BlockedDates(JdbcClient jdbc, Members members, Audit audit, ListingIndex index) {
        this.jdbc = jdbc;
        this.members = members;
        this.audit = audit;
        this.index = index;
    }

    /** The blocked dates of the user's school, earliest first; Forbidden for anyone who is not its staff. */
    public List<Blocked> mine(CurrentUser user) {
        return ofSchool(schoolOf(user));
    }

    List<Blocked> ofSchool(long schoolId) {
        return jdbc.sql("""
                        select id, date_from, date_until, reason from loket_blocked_date where school_id = ?
                        order by date_from, id""")
                .param(schoolId)
                .query((rs, n) -> new Blocked(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
    }

    /**
     * Adds a range ({@code until} blank = one day); the fields' errors as {@link InvalidInput} (nothing stored).
     *
     * @return the new range's id
     */
    @Transactional
    public long add(CurrentUser user, String from, String until, String reason) {
        long school = schoolOf(user);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate first = day(from, "from", true, errors);
        LocalDate last = day(until, "until", false, errors);
        if (last == null) {
            last = first;
        }
        if (first != null && last != null && !errors.containsKey("until")) {
            if (last.isBefore(first)) {
                errors.put("until", "loket.blocked.error.before");
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                errors.put("until", "loket.blocked.error.long");
            }
        }
        String text = Text.blankToNull(reason);
        if (text == null) {
            errors.put("reason", "loket.blocked.error.reason");
        } else if (text.length() > MAX_REASON) {
            errors.put("reason", "loket.blocked.error.reasonLong");
        }
        jdbc.sql("select id from loket_school where id = ? for update").param(school).query(Long.class).single();
        int count = jdbc.sql("select count(*) from loket_blocked_date where school_id = ?").param(school)
                .query(Integer.class).single();
        if (count >= MAX_PER_SCHOOL) {
            errors.put("from", "loket.blocked.error.many");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        long id = jdbc.sql("""
                        insert into loket_blocked_date (school_id, date_from, date_until, reason)
                        values (?, ?, ?, ?) returning id""")
                .params(school, first, last, text).query(Long.class).single();
        audit.record(user.actor(), "loket.blocked.add", "loket_blocked_date", Long.toString(id), null,
                Map.of("school", school, "from", first.toString(), "until", last.toString(), "reason", text));
        index.reloadAll();
        return id;
    }

    /** Removes one of the school's ranges; Forbidden when it is not the user's school's. */
    @Transactional
    public void remove(CurrentUser user, long id) {
        long school = schoolOf(user);
        Blocked before = ofSchool(school).stream().filter(b -> b.id() == id).findFirst()
                .orElseThrow(() -> new Forbidden("remove blocked dates of another school"));
        jdbc.sql("delete from loket_blocked_date where id = ? and school_id = ?").params(id, school).update();
        audit.record(user.actor(), "loket.blocked.remove", "loket_blocked_date", Long.toString(id),
                Map.of("school", school, "from", before.from().toString(), "until", before.until().toString(),
                        "reason", before.reason()), null);
        index.reloadAll();
    }

    private long schoolOf(CurrentUser user) {
        Members.Member member = members.confirmed(user);
        if (member.schoolId() == null) {
            throw new Forbidden("keep blocked dates: not a school's staff");
        }
        return member.schoolId();
    }

    private static LocalDate day(String text, String field, boolean required, Map<String, String> errors) {
        String value = Text.blankToNull(text);
        if (value == null) {
            if (required) {
                errors.put(field, "loket.blocked.error.date");
            }
            return null;
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // not a day of the calendar, such as 2027-02-30: reported below
        }
        errors.put(field, "loket.blocked.error.date");
        return null;
    }
}
