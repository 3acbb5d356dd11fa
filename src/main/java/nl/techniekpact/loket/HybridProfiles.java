package nl.techniekpact.loket;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Hybrid teachers' profiles: a professional of a company who would teach some hours a week at a school. A
 * profile belongs to its company and is written by any confirmed member of it — the professional themself, or a
 * company contact registering an employee (the company is the employer either way). Profiles are never public;
 * schools see them only as matches of their vacancies, without contact details until an introduction is
 * accepted ({@link HybridIntroductions}); the office sees all. Every change is audited — without the contact
 * details, so that deleting a profile leaves no personal data behind — and bumps the version.
 */
@Service
public class HybridProfiles {

    /** One profile, as its own company and the office see it. */
    public record Profile(long id, long companyId, String companyName, String companyPlace, String companyPc4,
                          boolean companyActive, String name, String email, String phone, String expertise,
                          Set<String> subjects, Set<Level> levels, int hoursPerWeek, Set<DayOfWeek> days,
                          LocalDate availableFrom, LocalDate availableUntil, int travelKm,
                          Qualification qualification, LocalDate vogIssuedOn, LocalDate employerConsentOn,
                          boolean active, int version) {
    }

    /** What the form sends, as typed. */
    public record Form(String name, String email, String phone, String expertise, List<String> subjects,
                       List<String> levels, String hoursPerWeek, List<String> days, String availableFrom,
                       String availableUntil, String travelKm, String qualification, String vogIssuedOn,
                       String employerConsentOn, String active) {
    }

    private record Checked(String name, String email, String phone, String expertise, Set<String> subjects,
                           Set<Level> levels, int hoursPerWeek, Set<DayOfWeek> days, LocalDate availableFrom,
                           LocalDate availableUntil, int travelKm, Qualification qualification,
                           LocalDate vogIssuedOn, LocalDate employerConsentOn, boolean active) {
    }

    static final String SELECT = """
            select p.id, p.company_id, c.name as company_name, c.place as company_place, c.pc4 as company_pc4,
                   c.state = 'ACTIVE' as company_active, p.name, p.email, p.phone, p.expertise, p.subjects,
                   p.levels, p.hours_per_week, p.days, p.available_from, p.available_until, p.travel_km,
                   p.qualification, p.vog_issued_on, p.employer_consent_on, p.state, p.lock_version
            from loket_hybrid_profile p join loket_company c on c.id = p.company_id""";

    private final JdbcClient jdbc;
    private final Listings listings;
    private final Audit audit;
    private final Clock clock;

    HybridProfiles(JdbcClient jdbc, Listings listings, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The profiles of the user's own company, newest first. */
    public List<Profile> mine(CurrentUser user) {
        Members.Member member = companyMember(user);
        return jdbc.sql(SELECT + " where p.company_id = ? order by p.updated_at desc").param(member.companyId())
                .query(HybridProfiles::profile).list();
    }

    /** A profile of the user's own company; empty for anyone else. */
    public Optional<Profile> own(CurrentUser user, long id) {
        Members.Member member = companyMember(user);
        return jdbc.sql(SELECT + " where p.id = ? and p.company_id = ?").params(id, member.companyId())
                .query(HybridProfiles::profile).optional();
    }

    /** Every profile, for the office. */
    public List<Profile> all(CurrentUser office) {
        Companies.requireOffice(office, "read every hybrid-teacher profile");
        return jdbc.sql(SELECT + " order by c.name, p.id").query(HybridProfiles::profile).list();
    }

    /**
     * Adds a profile for the user's company.
     *
     * @throws Forbidden when the user is no confirmed member of an active company
     * @throws nl.techniekpact.shared.InvalidInput with every problem by field
     */
    @Transactional
    public long create(CurrentUser user, Form form) {
        Members.Member member = companyMember(user);
        Checked c = check(form);
        long id = jdbc.sql("""
                        insert into loket_hybrid_profile (company_id, created_by_member, name, email, phone, expertise,
                            subjects, levels, hours_per_week, days, available_from, available_until, travel_km,
                            qualification, vog_issued_on, employer_consent_on, state)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(member.companyId(), member.id(), c.name(), c.email(), c.phone(), c.expertise(),
                        c.subjects().toArray(String[]::new), HybridForms.names(c.levels()), c.hoursPerWeek(),
                        HybridForms.names(c.days()), c.availableFrom(), c.availableUntil(), c.travelKm(),
                        c.qualification().name(), c.vogIssuedOn(), c.employerConsentOn(),
                        c.active() ? "ACTIVE" : "PAUSED")
                .query(Long.class).single();
        audit.record(user.actor(), "loket.hybrid.profile.create", "loket_hybrid_profile", String.valueOf(id), null,
                audited(byId(id).orElseThrow(), false));
        return id;
    }

    /** Changes a profile of the user's company; {@code version} is the one the form was made from. */
    @Transactional
    public void update(CurrentUser user, long id, Form form, int version) {
        Profile before = own(user, id).orElseThrow(() -> new Forbidden("change hybrid-teacher profile " + id));
        Checked c = check(form);
        int changed = jdbc.sql("""
                        update loket_hybrid_profile set name = ?, email = ?, phone = ?, expertise = ?, subjects = ?,
                            levels = ?, hours_per_week = ?, days = ?, available_from = ?, available_until = ?,
                            travel_km = ?, qualification = ?, vog_issued_on = ?, employer_consent_on = ?, state = ?,
                            updated_at = now(), lock_version = lock_version + 1
                        where id = ? and lock_version = ?""")
                .params(c.name(), c.email(), c.phone(), c.expertise(), c.subjects().toArray(String[]::new),
                        HybridForms.names(c.levels()), c.hoursPerWeek(), HybridForms.names(c.days()),
                        c.availableFrom(), c.availableUntil(), c.travelKm(), c.qualification().name(),
                        c.vogIssuedOn(), c.employerConsentOn(), c.active() ? "ACTIVE" : "PAUSED", id, version)
                .update();
        if (changed == 0) {
            throw new StaleData("loket_hybrid_profile " + id);
        }
        Profile after = byId(id).orElseThrow();
        boolean contactChanged = !Objects.equals(before.name(), after.name())
                || !Objects.equals(before.email(), after.email()) || !Objects.equals(before.phone(), after.phone());
        audit.record(user.actor(), "loket.hybrid.profile.update", "loket_hybrid_profile", String.valueOf(id),
                audited(before, false), audited(after, contactChanged));
    }

    /** Deletes a profile of the user's company, with its introductions. */
    @Transactional
    public void delete(CurrentUser user, long id, int version) {
        Profile before = own(user, id).orElseThrow(() -> new Forbidden("delete hybrid-teacher profile " + id));
        if (before.version() != version) {
            throw new StaleData("loket_hybrid_profile " + id);
        }
        jdbc.sql("delete from loket_hybrid_profile where id = ? and lock_version = ?").params(id, version).update();
        audit.record(user.actor(), "loket.hybrid.profile.delete", "loket_hybrid_profile", String.valueOf(id),
                audited(before, false), null);
    }

    Optional<Profile> byId(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(HybridProfiles::profile).optional();
    }

    /** Active profiles of active companies that teach {@code subject} at {@code level} on one of {@code days}
     * in a period overlapping {@code from}–{@code until}. */
    List<Profile> candidates(String subject, Level level, Set<DayOfWeek> days, LocalDate from, LocalDate until) {
        return jdbc.sql(SELECT + """
                         where p.state = 'ACTIVE' and c.state = 'ACTIVE' and ? = any(p.subjects)
                           and ? = any(p.levels) and p.days && cast(? as text[]) and p.available_from <= ?
                           and (p.available_until is null or p.available_until >= ?)
                        order by p.id""")
                .params(subject, level.name(), HybridForms.names(days), until, from)
                .query(HybridProfiles::profile).list();
    }

    /** The confirmed member acting for an active company, or Forbidden. */
    Members.Member companyMember(CurrentUser user) {
        Members.Member member = listings.actingMember(user);
        if (member.companyId() == null) {
            throw new Forbidden("keep hybrid-teacher profiles (companies only)");
        }
        return member;
    }

    private Checked check(Form form) {
        HybridForms f = new HybridForms();
        String name = f.required("name", form.name(), 200);
        String email = f.email("email", form.email());
        String phone = f.phone("phone", form.phone());
        String expertise = f.optional("expertise", form.expertise(), 1000);
        Set<String> subjects = f.subjects("subjects", form.subjects());
        Set<Level> levels = f.choices("levels", Level.class, form.levels(), true);
        Integer hours = f.number("hoursPerWeek", form.hoursPerWeek(), 1, 40, true);
        Set<DayOfWeek> days = f.days("days", form.days());
        LocalDate from = f.date("availableFrom", form.availableFrom(), true);
        LocalDate until = f.date("availableUntil", form.availableUntil(), false);
        f.order("availableUntil", from, until);
        Integer travelKm = f.number("travelKm", form.travelKm(), 0, 300, true);
        Qualification qualification = f.choice("qualification", Qualification.class, form.qualification());
        LocalDate today = LocalDate.now(clock);
        LocalDate vog = f.pastDate("vogIssuedOn", form.vogIssuedOn(), today);
        LocalDate consent = f.pastDate("employerConsentOn", form.employerConsentOn(), today);
        f.done();
        return new Checked(name, email, phone, expertise == null ? "" : expertise, subjects, levels, hours, days,
                from, until, travelKm, qualification, vog, consent, "on".equals(form.active())
                || "true".equals(form.active()));
    }

    /** What the audit log keeps of a profile: everything but the contact details. */
    private static Map<String, Object> audited(Profile p, boolean contactChanged) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("company", p.companyId());
        m.put("expertise", p.expertise());
        m.put("subjects", p.subjects());
        m.put("levels", p.levels());
        m.put("hoursPerWeek", p.hoursPerWeek());
        m.put("days", p.days());
        m.put("availableFrom", String.valueOf(p.availableFrom()));
        m.put("availableUntil", String.valueOf(p.availableUntil()));
        m.put("travelKm", p.travelKm());
        m.put("qualification", p.qualification());
        m.put("vogIssuedOn", String.valueOf(p.vogIssuedOn()));
        m.put("employerConsentOn", String.valueOf(p.employerConsentOn()));
        m.put("active", p.active());
        if (contactChanged) {
            m.put("contactDetails", "changed (not recorded)");
        }
        return m;
    }

    static Profile profile(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Profile(rs.getLong("id"), rs.getLong("company_id"), rs.getString("company_name"),
                rs.getString("company_place"), rs.getString("company_pc4"), rs.getBoolean("company_active"),
                rs.getString("name"), rs.getString("email"), rs.getString("phone"), rs.getString("expertise"),
                Listings.strings(rs, "subjects"), Listings.enums(rs, "levels", Level.class),
                rs.getInt("hours_per_week"), Listings.enums(rs, "days", DayOfWeek.class),
                rs.getObject("available_from", LocalDate.class), rs.getObject("available_until", LocalDate.class),
                rs.getInt("travel_km"), Qualification.valueOf(rs.getString("qualification")),
                rs.getObject("vog_issued_on", LocalDate.class), rs.getObject("employer_consent_on", LocalDate.class),
                "ACTIVE".equals(rs.getString("state")), rs.getInt("lock_version"));
    }
}
