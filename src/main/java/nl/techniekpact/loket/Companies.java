package nl.techniekpact.loket;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies of the Loket: registered by themselves with their KvK number, active once their first contact
 * confirmed the e-mail address. Whether a company counts as technical follows from its SBI code's section (the
 * platform's default per code), unless the office decided otherwise; the office may block a company.
 */
@Service
public class Companies {

    /** One company. {@code technical}: the office's decision where there is one, else the SBI code's default. */
    public record Company(long id, String kvkNumber, String name, String sbiCode, String sbiDescription,
                          boolean technical, Boolean technicalOverride, String street, String houseNumber,
                          String postcode, String place, String municipalityCode, String website, int travelKm,
                          String state, String blockedReason, int version) {

        public boolean active() {
            return "ACTIVE".equals(state);
        }
    }

    private static final String SELECT = """
            select c.id, c.kvk_number, c.name, c.sbi_code, s.description, coalesce(c.technical_override, s.technical)
                   as technical, c.technical_override, c.street, c.house_number, c.postcode, c.place,
                   c.municipality_code, c.website, c.travel_km, c.state, c.blocked_reason, c.lock_version
            from loket_company c join loket_sbi_code s on s.code = c.sbi_code""";

    private final JdbcClient jdbc;
    private final Audit audit;
    private final ListingIndex index;

    Companies(JdbcClient jdbc, Audit audit, ListingIndex index) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.index = index;
    }

    public Optional<Company> byId(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(Companies::company).optional();
    }

    public Optional<Company> byKvk(String kvk) {
        return jdbc.sql(SELECT + " where c.kvk_number = ?").param(kvk == null ? "" : kvk.strip())
                .query(Companies::company).optional();
    }

    /** Every company, newest first (the office's list). */
    public List<Company> all(int limit) {
        return jdbc.sql(SELECT + " order by c.created_at desc limit ?").param(Math.max(1, Math.min(limit, 1000)))
                .query(Companies::company).list();
    }

    /** The SBI code's description, or empty when the code is not in the list. */
    public Optional<String> sbiDescription(String code) {
        return jdbc.sql("select description from loket_sbi_code where code = ?").param(code == null ? "" : code.strip())
                .query(String.class).optional();
    }

    /** The office blocks a company (its offers disappear from every list) or lifts the block. */
    @Transactional
    public void setBlocked(CurrentUser office, long id, boolean blocked, String reason, int version) {
        requireOffice(office, "block a company");
        Company before = byId(id).orElseThrow(() -> InvalidInput.of("company", "loket.company.unknown"));
        if (blocked && (reason == null || reason.isBlank() || reason.length() > 500)) {
            throw InvalidInput.of("reason", "loket.company.block.reason");
        }
        String state = blocked ? "BLOCKED" : (before.state().equals("BLOCKED") ? "ACTIVE" : before.state());
        int changed = jdbc.sql("""
                        update loket_company set state = ?, blocked_reason = ?, lock_version = lock_version + 1
                        where id = ? and lock_version = ?""")
                .params(state, blocked ? reason.strip() : null, id, version).update();
        if (changed == 0) {
            throw new nl.techniekpact.shared.StaleData("loket_company " + id);
        }
        jdbc.sql("update loket_listing set updated_at = now() where company_id = ?").param(id).update();
        index.changed();
        audit.record(office.actor(), blocked ? "loket.company.block" : "loket.company.unblock", "loket_company",
                String.valueOf(id), Map.of("state", before.state()), Map.of("state", state));
    }

    /** The office decides whether a company counts as technical (null: follow the SBI code again). */
    @Transactional
    public void setTechnical(CurrentUser office, long id, Boolean technical, int version) {
        requireOffice(office, "set whether a company is technical");
        Company before = byId(id).orElseThrow(() -> InvalidInput.of("company", "loket.company.unknown"));
        int changed = jdbc.sql("""
                        update loket_company set technical_override = ?, lock_version = lock_version + 1
                        where id = ? and lock_version = ?""").params(technical, id, version).update();
        if (changed == 0) {
            throw new nl.techniekpact.shared.StaleData("loket_company " + id);
        }
        audit.record(office.actor(), "loket.company.technical", "loket_company", String.valueOf(id),
                java.util.Collections.singletonMap("technicalOverride", before.technicalOverride()),
                java.util.Collections.singletonMap("technicalOverride", technical));
    }

    static void requireOffice(CurrentUser user, String what) {
        if (user == null || !user.is(Role.OFFICE)) {
            throw new Forbidden(what);
        }
    }

    private static Company company(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Company(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBoolean(6), (Boolean) rs.getObject(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getInt(14), rs.getString(15),
                rs.getString(16), rs.getInt(17));
    }
}
