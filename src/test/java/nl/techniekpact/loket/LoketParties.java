package nl.techniekpact.loket;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Schools, companies and their members for Loket tests, made directly in the database (a company active, a member
 * confirmed or not), each person with an account that can sign in; listings through {@link Listings}, as their
 * party would make them.
 */
@Component
public class LoketParties {

    /** A person of a school or company: their account, member row and signed-in web session. */
    public record Person(UUID userId, String email, String name, String phone, long memberId, CurrentUser user,
                  WebSession web) {
    }

    private final JdbcClient jdbc;
    private final TestUsers users;
    private final Accounts accounts;
    private final Listings listings;

    LoketParties(JdbcClient jdbc, TestUsers users, Accounts accounts, Listings listings) {
        this.jdbc = jdbc;
        this.users = users;
        this.accounts = accounts;
        this.listings = listings;
    }

    /** An active company in Utrecht with a unique KvK number and name. */
    public long company(String name) {
        String kvk;
        do {
            kvk = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        } while (jdbc.sql("select exists (select 1 from loket_company where kvk_number = ?)").param(kvk)
                .query(Boolean.class).single());
        String organisation = "company:" + kvk;
        jdbc.sql("insert into organisation (id, name, kind) values (?, ?, 'COMPANY')").params(organisation, name)
                .update();
        return jdbc.sql("""
                        insert into loket_company (kvk_number, name, sbi_code, street, house_number, postcode, pc4, place,
                                                   municipality_code, travel_km, organisation_id, state, confirmed_at)
                        values (?, ?, '2562', 'Oudegracht', '1', '3511AB', '3511', 'Utrecht', 'GM0344', 40, ?, 'ACTIVE',
                                now()) returning id""")
                .params(kvk, name, organisation).query(Long.class).single();
    }

    /** A school location of the register near Utrecht that no other test of this run has used. */
    public long school() {
        List<Long> ids = jdbc.sql("""
                select s.id from loket_school s join loket_postcode_area a on a.pc4 = s.pc4
                where s.pc4 between '3500' and '3599'
                  and not exists (select 1 from loket_member m where m.school_id = s.id)
                order by s.id limit 50""").query(Long.class).list();
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    public Person companyMember(long companyId, String state, int port) {
        String organisation = jdbc.sql("select organisation_id from loket_company where id = ?").param(companyId)
                .query(String.class).single();
        return person(organisation, null, companyId, state, port);
    }

    public Person schoolMember(long schoolId, String state, int port) {
        String code = jdbc.sql("select location_code from loket_school where id = ?").param(schoolId)
                .query(String.class).single();
        String organisation = "school:" + code;
        jdbc.sql("insert into organisation (id, name, kind) values (?, ?, 'SCHOOL') on conflict (id) do nothing")
                .params(organisation, code).update();
        return person(organisation, schoolId, null, state, port);
    }

    private Person person(String organisation, Long schoolId, Long companyId, String state, int port) {
        TestUsers.User user = users.create(Role.READER, organisation);
        String suffix = user.id().toString().substring(0, 8);
        String name = (schoolId != null ? "Juf " : "Contact ") + suffix;
        String phone = "030 " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        long memberId = jdbc.sql("""
                        insert into loket_member (user_id, school_id, company_id, name, email, phone, state, confirmed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.id(), schoolId, companyId, name, user.email(), phone, state,
                        "CONFIRMED".equals(state) ? "OFFICE" : null)
                .query(Long.class).single();
        WebSession web = new WebSession(port);
        web.login(user.email(), TestUsers.PASSWORD);
        return new Person(user.id(), user.email(), name, phone, memberId, accounts.byId(user.id()).orElseThrow(),
                web);
    }

    /** A published offer of the person's company: a guest lesson at school for primary schools. */
    long offer(Person person, String title, Integer capacity, LocalDate from, LocalDate until) {
        return publish(person, title, capacity, from, until);
    }

    /** A published request of the person's school. */
    long request(Person person, String title) {
        return publish(person, title, null, null, null);
    }

    /** A published request of the person's school for the period {@code from} – {@code until}. */
    long request(Person person, String title, LocalDate from, LocalDate until) {
        return publish(person, title, null, from, until);
    }

    /** A draft (not published) listing of the person's school or company. */
    long draft(Person person, String title) {
        return listings.create(person.user(), form(title, null, null, null));
    }

    private long publish(Person person, String title, Integer capacity, LocalDate from, LocalDate until) {
        long id = listings.create(person.user(), form(title, capacity, from, until));
        listings.setState(person.user(), id, "PUBLISHED", 0);
        return id;
    }

    private static Listings.Form form(String title, Integer capacity, LocalDate from, LocalDate until) {
        return new Listings.Form(title, "GASTLES", List.of("PO"), List.of("techniek"), List.of(),
                List.of("AT_SCHOOL"), from == null ? "" : from.toString(), until == null ? "" : until.toString(),
                "", capacity == null ? "" : capacity.toString(), "", "40",
                "Een technicus vertelt over robots en lassen in de klas.");
    }
}
