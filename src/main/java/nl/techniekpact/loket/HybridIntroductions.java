package nl.techniekpact.loket;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions between a school and a hybrid teacher: the school asks for one with a professional who fits its
 * vacancy; the professional's side (any confirmed member of their company: the professional themself or their
 * contact) accepts or declines. The professional's contact details reach the school only with the acceptance;
 * both steps send a bilingual e-mail through the outbox in the same transaction, and are audited.
 */
@Service
public class HybridIntroductions {

    /** Where an introduction stands. */
    public enum State { ASKED, ACCEPTED, DECLINED }

    /** A person's contact details. */
    public record Contact(String name, String email, String phone) {
    }

    /**
     * One introduction as one side sees it. {@code professional}: for the company always, for the school only
     * once accepted; {@code school} (who asked): for the school always, for the company once accepted.
     */
    public record Introduction(long id, long vacancyId, String vacancyTitle, String schoolName, String schoolPlace,
                               long profileId, String companyName, String message, State state,
                               OffsetDateTime askedAt, Contact professional, Contact school, int version) {
    }

    private record Row(long id, long vacancyId, String vacancyTitle, long schoolId, String schoolName,
                       String schoolPlace, long profileId, long companyId, String companyName, Contact professional,
                       Contact asker, String message, State state, OffsetDateTime askedAt, int version) {
    }

    private static final String SELECT = """
            select i.id, i.vacancy_id, v.title, v.school_id, s.name as school_name, s.place as school_place,
                   i.profile_id, p.company_id, c.name as company_name, p.name as p_name, p.email as p_email,
                   p.phone as p_phone, m.name as m_name, m.email as m_email, m.phone as m_phone, i.message, i.state,
                   i.asked_at, i.lock_version
            from loket_hybrid_introduction i join loket_hybrid_vacancy v on v.id = i.vacancy_id
                 join loket_school s on s.id = v.school_id join loket_hybrid_profile p on p.id = i.profile_id
                 join loket_company c on c.id = p.company_id left join loket_member m on m.id = i.asked_by_member""";

    private final JdbcClient jdbc;
    private final HybridMatches matches;
    private final HybridVacancies vacancies;
    private final HybridProfiles profiles;
    private final Members members;
    private final HybridMails mails;
    private final Audit audit;

    HybridIntroductions(JdbcClient jdbc, HybridMatches matches, HybridVacancies vacancies, HybridProfiles profiles,
                        Members members, HybridMails mails, Audit audit) {
        this.jdbc = jdbc;
        this.matches = matches;
        this.vacancies = vacancies;
        this.profiles = profiles;
        this.members = members;
        this.mails = mails;
        this.audit = audit;
    }

    /** The introductions the user's school asked for, newest first. */
    public List<Introduction> forSchool(CurrentUser user) {
        Members.Member member = vacancies.schoolMember(user);
        return rows(" where v.school_id = ? order by i.asked_at desc", member.schoolId()).stream()
                .map(r -> view(r, true)).toList();
    }

    /** The introductions asked of the user's company's professionals, newest first. */
    public List<Introduction> forCompany(CurrentUser user) {
        Members.Member member = profiles.companyMember(user);
        return rows(" where p.company_id = ? order by i.asked_at desc", member.companyId()).stream()
                .map(r -> view(r, false)).toList();
    }

    /** The introductions of the user's school's vacancy {@code vacancyId}. */
    public List<Introduction> forVacancy(CurrentUser user, long vacancyId) {
        Members.Member member = vacancies.schoolMember(user);
        return rows(" where v.id = ? and v.school_id = ? order by i.asked_at desc", vacancyId, member.schoolId())
                .stream().map(r -> view(r, true)).toList();
    }

    /**
     * The school asks to be introduced to a professional who fits its vacancy.
     *
     * @throws Forbidden    when the vacancy is not the user's school's
     * @throws InvalidInput when the professional does not fit (now), was asked already, or the message is too long
     */
    @Transactional
    public long ask(CurrentUser user, long vacancyId, long profileId, String message) {
        Members.Member member = vacancies.schoolMember(user);
        HybridVacancies.Vacancy vacancy = vacancies.own(user, vacancyId)
                .orElseThrow(() -> new Forbidden("ask an introduction for vacancy " + vacancyId));
        HybridForms f = new HybridForms();
        String text = f.optional("message", message, 1000);
        f.done();
        HybridMatches.Fit fit = matches.fitsOf(vacancy).stream().filter(m -> m.professional().profileId() == profileId)
                .findFirst().orElseThrow(() -> InvalidInput.of("profile", "loket.hybrid.error.noFit"));
        Integer existing = jdbc.sql("select count(*) from loket_hybrid_introduction where vacancy_id = ? and profile_id = ?")
                .params(vacancyId, profileId).query(Integer.class).single();
        if (existing > 0) {
            throw InvalidInput.of("profile", "loket.hybrid.error.asked");
        }
        long id = jdbc.sql("""
                        insert into loket_hybrid_introduction (vacancy_id, profile_id, asked_by_member, message, state)
                        values (?, ?, ?, ?, 'ASKED') returning id""")
                .params(vacancyId, profileId, member.id(), text == null ? "" : text).query(Long.class).single();
        audit.record(user.actor(), "loket.hybrid.introduction.ask", "loket_hybrid_introduction", String.valueOf(id),
                null, Map.of("vacancy", vacancyId, "profile", profileId, "state", "ASKED"));
        HybridProfiles.Profile profile = profiles.byId(profileId).orElseThrow();
        mails.asked(companyRecipients(profile), vacancy, fit, profile.companyName(), text);
        return id;
    }

    /**
     * The professional's side accepts or declines an introduction asked of one of its professionals.
     *
     * @throws Forbidden    when the professional is not of the user's company
     * @throws InvalidInput when it was decided already
     */
    @Transactional
    public void decide(CurrentUser user, long introductionId, boolean accept, int version) {
        Members.Member member = profiles.companyMember(user);
        Row row = rows(" where i.id = ? and p.company_id = ?", introductionId, member.companyId()).stream().findFirst()
                .orElseThrow(() -> new Forbidden("decide introduction " + introductionId));
        if (row.state() != State.ASKED) {
            throw InvalidInput.of("introduction", "loket.hybrid.error.decided");
        }
        State state = accept ? State.ACCEPTED : State.DECLINED;
        int changed = jdbc.sql("""
                        update loket_hybrid_introduction set state = ?, decided_at = now(), decided_by_member = ?,
                            lock_version = lock_version + 1
                        where id = ? and lock_version = ?""")
                .params(state.name(), member.id(), introductionId, version).update();
        if (changed == 0) {
            throw new StaleData("loket_hybrid_introduction " + introductionId);
        }
        audit.record(user.actor(), "loket.hybrid.introduction." + (accept ? "accept" : "decline"),
                "loket_hybrid_introduction", String.valueOf(introductionId), Map.of("state", row.state().name()),
                Map.of("state", state.name()));
        if (accept && row.asker() != null) {
            mails.accepted(row.asker(), row.professional(), row.vacancyTitle(), row.schoolName(), row.companyName());
        }
    }

    /** The professional, and whoever keeps the profile (or, when they left, the company's confirmed members). */
    private Set<String> companyRecipients(HybridProfiles.Profile profile) {
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add(profile.email());
        Optional<String> keeper = jdbc.sql("""
                        select m.email from loket_hybrid_profile p join loket_member m on m.id = p.created_by_member
                        where p.id = ? and m.state = 'CONFIRMED'""").param(profile.id()).query(String.class).optional();
        if (keeper.isPresent()) {
            recipients.add(keeper.get());
        } else {
            members.ofCompany(profile.companyId()).forEach(m -> recipients.add(m.email()));
        }
        return recipients;
    }

    private List<Row> rows(String where, Object... params) {
        return jdbc.sql(SELECT + where).params(params).query((rs, n) -> new Row(rs.getLong("id"),
                rs.getLong("vacancy_id"), rs.getString("title"), rs.getLong("school_id"), rs.getString("school_name"),
                rs.getString("school_place"), rs.getLong("profile_id"), rs.getLong("company_id"),
                rs.getString("company_name"), new Contact(rs.getString("p_name"), rs.getString("p_email"),
                rs.getString("p_phone")), rs.getString("m_email") == null ? null : new Contact(rs.getString("m_name"),
                rs.getString("m_email"), rs.getString("m_phone")), rs.getString("message"),
                State.valueOf(rs.getString("state")), rs.getObject("asked_at", OffsetDateTime.class),
                rs.getInt("lock_version"))).list();
    }

    private static Introduction view(Row r, boolean forSchool) {
        boolean accepted = r.state() == State.ACCEPTED;
        return new Introduction(r.id(), r.vacancyId(), r.vacancyTitle(), r.schoolName(), r.schoolPlace(),
                r.profileId(), r.companyName(), r.message(), r.state(), r.askedAt(),
                forSchool && !accepted ? null : r.professional(), !forSchool && !accepted ? null : r.asker(),
                r.version());
    }
}
