package nl.techniekpact.loket;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.StaleData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's vacancies for hybrid teachers: a subject at a level, some hours on some days a week for a period,
 * whether a qualified teacher of the school supervises, and the pilot it is part of (a pilot's own rules then
 * apply). Written by the school's confirmed members; seen by companies only as matches of their professionals;
 * the office sees all. Every change is audited and bumps the version.
 */
@Service
public class HybridVacancies {

    /** One vacancy. */
    public record Vacancy(long id, long schoolId, String schoolName, String schoolPlace, String schoolPostcode,
                          String title, String subject, Level level, int hoursPerWeek, Set<DayOfWeek> days,
                          LocalDate from, LocalDate until, boolean supervised, String pilot, String description,
                          boolean open, int version) {
    }

    /** What the form sends, as typed. */
    public record Form(String title, String subject, String level, String hoursPerWeek, List<String> days,
                       String from, String until, String supervised, String pilot, String description,
                       String open) {
    }

    private record Checked(String title, String subject, Level level, int hoursPerWeek, Set<DayOfWeek> days,
                           LocalDate from, LocalDate until, boolean supervised, String pilot, String description,
                           boolean open) {
    }

    static final String SELECT = """
            select v.id, v.school_id, s.name as school_name, s.place as school_place, s.postcode as school_postcode,
                   v.title, v.subject, v.level, v.hours_per_week, v.days, v.date_from, v.date_until, v.supervised,
                   v.pilot, v.description, v.state, v.lock_version
            from loket_hybrid_vacancy v join loket_school s on s.id = v.school_id""";

    private final JdbcClient jdbc;
    private final Listings listings;
    private final Schools schools;
    private final Audit audit;

    HybridVacancies(JdbcClient jdbc, Listings listings, Schools schools, Audit audit) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.schools = schools;
        this.audit = audit;
    }

    /** The vacancies of the user's own school, newest first. */
    public List<Vacancy> mine(CurrentUser user) {
        Members.Member member = schoolMember(user);
        return jdbc.sql(SELECT + " where v.school_id = ? order by v.updated_at desc").param(member.schoolId())
                .query(HybridVacancies::vacancy).list();
    }

    /** A vacancy of the user's own school; empty for anyone else. */
    public Optional<Vacancy> own(CurrentUser user, long id) {
        Members.Member member = schoolMember(user);
        return jdbc.sql(SELECT + " where v.id = ? and v.school_id = ?").params(id, member.schoolId())
                .query(HybridVacancies::vacancy).optional();
    }

    /** Every vacancy, for the office. */
    public List<Vacancy> all(CurrentUser office) {
        Companies.requireOffice(office, "read every hybrid-teacher vacancy");
        return jdbc.sql(SELECT + " order by s.name, v.id").query(HybridVacancies::vacancy).list();
    }

    /** The levels the user's school teaches (a vacancy's level is one of them), all levels when not known. */
    public Set<Level> levels(CurrentUser user) {
        Members.Member member = schoolMember(user);
        Set<Level> levels = java.util.EnumSet.noneOf(Level.class);
        schools.byId(member.schoolId()).ifPresent(s -> s.levels().forEach(l -> {
            Level level = ListingForms.parse(Level.class, l);
            if (level != null) {
                levels.add(level);
            }
        }));
        return levels.isEmpty() ? java.util.EnumSet.allOf(Level.class) : levels;
    }

    /**
     * Adds a vacancy for the user's school.
     *
     * @throws Forbidden when the user is no confirmed member of a school
     * @throws nl.techniekpact.shared.InvalidInput with every problem by field
     */
    @Transactional
    public long create(CurrentUser user, Form form) {
        Members.Member member = schoolMember(user);
        Checked c = check(form, levels(user));
        long id = jdbc.sql("""
                        insert into loket_hybrid_vacancy (school_id, created_by_member, title, subject, level,
                            hours_per_week, days, date_from, date_until, supervised, pilot, description, state)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(member.schoolId(), member.id(), c.title(), c.subject(), c.level().name(), c.hoursPerWeek(),
                        HybridForms.names(c.days()), c.from(), c.until(), c.supervised(), c.pilot(),
                        c.description(), c.open() ? "OPEN" : "CLOSED")
                .query(Long.class).single();
        audit.record(user.actor(), "loket.hybrid.vacancy.create", "loket_hybrid_vacancy", String.valueOf(id), null,
                audited(byId(id).orElseThrow()));
        return id;
    }

    /** Changes a vacancy of the user's school; {@code version} is the one the form was made from. */
    @Transactional
    public void update(CurrentUser user, long id, Form form, int version) {
        Vacancy before = own(user, id).orElseThrow(() -> new Forbidden("change hybrid-teacher vacancy " + id));
        Checked c = check(form, levels(user));
        int changed = jdbc.sql("""
                        update loket_hybrid_vacancy set title = ?, subject = ?, level = ?, hours_per_week = ?,
                            days = ?, date_from = ?, date_until = ?, supervised = ?, pilot = ?, description = ?,
                            state = ?, updated_at = now(), lock_version = lock_version + 1
                        where id = ? and lock_version = ?""")
                .params(c.title(), c.subject(), c.level().name(), c.hoursPerWeek(), HybridForms.names(c.days()),
                        c.from(), c.until(), c.supervised(), c.pilot(), c.description(), c.open() ? "OPEN" : "CLOSED",
                        id, version)
                .update();
        if (changed == 0) {
            throw new StaleData("loket_hybrid_vacancy " + id);
        }
        audit.record(user.actor(), "loket.hybrid.vacancy.update", "loket_hybrid_vacancy", String.valueOf(id),
                audited(before), audited(byId(id).orElseThrow()));
    }

    /** Deletes a vacancy of the user's school, with its introductions. */
    @Transactional
    public void delete(CurrentUser user, long id, int version) {
        Vacancy before = own(user, id).orElseThrow(() -> new Forbidden("delete hybrid-teacher vacancy " + id));
        if (before.version() != version) {
            throw new StaleData("loket_hybrid_vacancy " + id);
        }
        jdbc.sql("delete from loket_hybrid_vacancy where id = ? and lock_version = ?").params(id, version).update();
        audit.record(user.actor(), "loket.hybrid.vacancy.delete", "loket_hybrid_vacancy", String.valueOf(id),
                audited(before), null);
    }

    Optional<Vacancy> byId(long id) {
        return jdbc.sql(SELECT + " where v.id = ?").param(id).query(HybridVacancies::vacancy).optional();
    }

    /** Open vacancies for one of {@code subjects} at one of {@code levels} on one of {@code days}, in a period
     * overlapping {@code from}–{@code until} (null: open-ended). */
    List<Vacancy> candidates(Set<String> subjects, Set<Level> levels, Set<DayOfWeek> days, LocalDate from,
                             LocalDate until) {
        return jdbc.sql(SELECT + """
                         where v.state = 'OPEN' and v.subject = any(?) and v.level = any(?) and v.days && cast(? as text[])
                           and v.date_until >= ? and (cast(? as date) is null or v.date_from <= ?)
                        order by v.date_from, v.id""")
                .params(subjects.toArray(String[]::new), HybridForms.names(levels), HybridForms.names(days), from,
                        until, until)
                .query(HybridVacancies::vacancy).list();
    }

    /** The confirmed member acting for a school, or Forbidden. */
    Members.Member schoolMember(CurrentUser user) {
        Members.Member member = listings.actingMember(user);
        if (member.schoolId() == null) {
            throw new Forbidden("keep hybrid-teacher vacancies (schools only)");
        }
        return member;
    }

    private static Checked check(Form form, Set<Level> schoolLevels) {
        HybridForms f = new HybridForms();
        String title = f.required("title", form.title(), 200);
        String subject = f.subject("subject", form.subject());
        Level level = f.choice("level", Level.class, form.level());
        if (level != null && !schoolLevels.contains(level)) {
            f.error("level", "loket.hybrid.error.level.school");
        }
        Integer hours = f.number("hoursPerWeek", form.hoursPerWeek(), 1, 40, true);
        Set<DayOfWeek> days = f.days("days", form.days());
        LocalDate from = f.date("from", form.from(), true);
        LocalDate until = f.date("until", form.until(), true);
        f.order("until", from, until);
        Boolean supervised = switch (form.supervised() == null ? "" : form.supervised()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
        if (supervised == null) {
            f.error("supervised", "loket.hybrid.error.supervised");
        }
        String pilot = f.optional("pilot", form.pilot(), 200);
        String description = f.optional("description", form.description(), 2000);
        f.done();
        return new Checked(title, subject, level, hours, days, from, until, supervised, pilot,
                description == null ? "" : description, "on".equals(form.open()) || "true".equals(form.open()));
    }

    private static Map<String, Object> audited(Vacancy v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("school", v.schoolId());
        m.put("title", v.title());
        m.put("subject", v.subject());
        m.put("level", v.level());
        m.put("hoursPerWeek", v.hoursPerWeek());
        m.put("days", v.days());
        m.put("from", String.valueOf(v.from()));
        m.put("until", String.valueOf(v.until()));
        m.put("supervised", v.supervised());
        m.put("pilot", String.valueOf(v.pilot()));
        m.put("description", v.description());
        m.put("open", v.open());
        return m;
    }

    static Vacancy vacancy(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Vacancy(rs.getLong("id"), rs.getLong("school_id"), rs.getString("school_name"),
                rs.getString("school_place"), rs.getString("school_postcode"), rs.getString("title"),
                rs.getString("subject"), Level.valueOf(rs.getString("level")), rs.getInt("hours_per_week"),
                Listings.enums(rs, "days", DayOfWeek.class), rs.getObject("date_from", LocalDate.class),
                rs.getObject("date_until", LocalDate.class), rs.getBoolean("supervised"), rs.getString("pilot"),
                rs.getString("description"), "OPEN".equals(rs.getString("state")), rs.getInt("lock_version"));
    }
}
