package nl.techniekpact.loket;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.Forbidden;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's tie to one school location or one company, with their contact details. What a person may do in the
 * Loket follows from it: a confirmed member acts for their school or company, nobody else's. A company's first
 * contact is confirmed by their own e-mail link; school staff by a link to an address on the school's domain, or
 * else by the programme office.
 */
@Service
public class Members {

    /** One member. {@code schoolId} or {@code companyId} is set, never both. */
    public record Member(long id, UUID userId, Long schoolId, Long companyId, String name, String email,
                         String phone, String state, String confirmedBy) {

        public boolean confirmed() {
            return "CONFIRMED".equals(state);
        }

        public boolean isSchool() {
            return schoolId != null;
        }
    }

    private static final String COLUMNS = """
            id, user_id, school_id, company_id, name, email, phone, state, confirmed_by""";

    private final JdbcClient jdbc;
    private final Audit audit;

    Members(JdbcClient jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<Member> of(CurrentUser user) {
        return user == null ? Optional.empty() : byUser(user.id());
    }

    public Optional<Member> byUser(UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from loket_member where user_id = ?").param(userId)
                .query(Members::member).optional();
    }

    Optional<Member> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from loket_member where id = ?").param(id).query(Members::member)
                .optional();
    }

    /** The confirmed member acting for {@code user}, or Forbidden. */
    public Member confirmed(CurrentUser user) {
        return of(user).filter(Member::confirmed).orElseThrow(() -> new Forbidden("act in the Loket"));
    }

    /** The confirmed members of a school or company (for e-mails about its activities). */
    public List<Member> ofSchool(long schoolId) {
        return jdbc.sql("select " + COLUMNS + " from loket_member where school_id = ? and state = 'CONFIRMED'"
                + " order by id").param(schoolId).query(Members::member).list();
    }

    public List<Member> ofCompany(long companyId) {
        return jdbc.sql("select " + COLUMNS + " from loket_member where company_id = ? and state = 'CONFIRMED'"
                + " order by id").param(companyId).query(Members::member).list();
    }

    /**
     * School staff who confirmed their address, which is not on the school's domain: they wait for the office.
     */
    public List<Member> waitingForOffice() {
        return jdbc.sql("select " + COLUMNS + " from loket_member where state = 'AWAITING_OFFICE' order by created_at")
                .query(Members::member).list();
    }

    void add(UUID userId, Long schoolId, Long companyId, String name, String email, String phone) {
        jdbc.sql("""
                        insert into loket_member (user_id, school_id, company_id, name, email, phone, state)
                        values (?, ?, ?, ?, ?, ?, 'PENDING')""")
                .params(userId, schoolId, companyId, name, email, phone).update();
    }

    void awaitOffice(Member member) {
        jdbc.sql("update loket_member set state = 'AWAITING_OFFICE' where id = ?").param(member.id()).update();
    }

    void confirm(Member member, String by, Actor actor) {
        jdbc.sql("update loket_member set state = 'CONFIRMED', confirmed_by = ? where id = ?").params(by, member.id())
                .update();
        audit.record(actor, "loket.member.confirm", "loket_member", String.valueOf(member.id()),
                Map.of("state", member.state()), Map.of("state", "CONFIRMED", "by", by));
    }

    /** The office confirms or refuses a school claim. */
    @Transactional
    public void decide(CurrentUser office, long memberId, boolean confirm) {
        if (office == null || !office.is(nl.techniekpact.accounts.Role.OFFICE)) {
            throw new Forbidden("decide a school claim");
        }
        Member member = jdbc.sql("select " + COLUMNS + " from loket_member where id = ? and state = 'AWAITING_OFFICE'")
                .param(memberId).query(Members::member).optional()
                .orElseThrow(() -> nl.techniekpact.shared.InvalidInput.of("member", "loket.claim.unknown"));
        if (confirm) {
            confirm(member, "OFFICE", office.actor());
        } else {
            jdbc.sql("update loket_member set state = 'REFUSED' where id = ?").param(memberId).update();
            audit.record(office.actor(), "loket.member.refuse", "loket_member", String.valueOf(memberId),
                    Map.of("state", "AWAITING_OFFICE"), Map.of("state", "REFUSED"));
        }
    }

    /** Records that a member used the Loket (for the removal of inactive accounts). */
    public void seen(Member member) {
        jdbc.sql("update loket_member set last_seen_at = now() where id = ? and last_seen_at < now() - interval '1 hour'")
                .param(member.id()).update();
    }

    void delete(Member member) {
        jdbc.sql("delete from loket_member where id = ?").param(member.id()).update();
    }

    static Member member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Member(rs.getLong("id"), rs.getObject("user_id", UUID.class), (Long) rs.getObject("school_id"),
                (Long) rs.getObject("company_id"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("state"), rs.getString("confirmed_by"));
    }
}
