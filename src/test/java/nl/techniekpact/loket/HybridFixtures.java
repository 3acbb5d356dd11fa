package nl.techniekpact.loket;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Schools' and companies' people for the hybrid-teacher tests, made directly in the database (their enrolment is
 * tested in LoketWalkIntegrationTest): a signed-in session of a confirmed (or pending) member, and forms to post.
 */
final class HybridFixtures {

    /** A member with a signed-in session. */
    record Party(TestUsers.User user, long memberId, long partyId, WebSession session) {
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TestUsers users;
    private final int port;

    HybridFixtures(JdbcClient jdbc, TestUsers users, int port) {
        this.jdbc = jdbc;
        this.users = users;
        this.port = port;
    }

    /** A new active company at {@code postcode} (pc4 of the Loket's areas) with one member in {@code state}. */
    Party company(String name, String postcode, String state) {
        String kvk = String.valueOf(20_000_000 + Math.abs((UUID.randomUUID().hashCode() + SEQUENCE.incrementAndGet())
                % 70_000_000));
        String organisation = "company:" + kvk;
        jdbc.sql("insert into organisation (id, name, kind) values (?, ?, 'COMPANY')").params(organisation, name)
                .update();
        long id = jdbc.sql("""
                        insert into loket_company (kvk_number, name, sbi_code, street, house_number, postcode, pc4, place,
                                                   travel_km, organisation_id, state)
                        values (?, ?, '2562', 'Werkstraat', '1', ?, ?, 'Plaats', 25, ?, 'ACTIVE') returning id""")
                .params(kvk, name, postcode, postcode.substring(0, 4), organisation).query(Long.class).single();
        return member(organisation, null, id, state);
    }

    /** Another member, in {@code state}, of the company {@code companyId}. */
    Party companyMember(long companyId, String state) {
        String organisation = jdbc.sql("select organisation_id from loket_company where id = ?").param(companyId)
                .query(String.class).single();
        return member(organisation, null, companyId, state);
    }

    /** A member of the school location {@code locationCode} (from the DUO register) in {@code state}. */
    Party school(String locationCode, String state) {
        long id = jdbc.sql("select id from loket_school where location_code = ?").param(locationCode)
                .query(Long.class).single();
        String organisation = "school:" + locationCode;
        jdbc.sql("insert into organisation (id, name, kind) values (?, ?, 'SCHOOL') on conflict (id) do nothing")
                .params(organisation, locationCode).update();
        return member(organisation, id, null, state);
    }

    private Party member(String organisation, Long schoolId, Long companyId, String state) {
        TestUsers.User user = users.create(Role.READER, organisation);
        long member = jdbc.sql("""
                        insert into loket_member (user_id, school_id, company_id, name, email, phone, state, confirmed_by)
                        values (?, ?, ?, ?, ?, '030 111 2233', ?, ?) returning id""")
                .params(user.id(), schoolId, companyId, "Contact " + user.email().substring(0, 10), user.email(),
                        state, "CONFIRMED".equals(state) ? "OFFICE" : null)
                .query(Long.class).single();
        WebSession session = new WebSession(port);
        session.login(user.email(), TestUsers.PASSWORD);
        return new Party(user, member, schoolId != null ? schoolId : companyId, session);
    }

    /** A signed-in session of a new programme-office account. */
    WebSession office() {
        TestUsers.User user = users.create(Role.OFFICE, "office");
        WebSession session = new WebSession(port);
        session.login(user.email(), TestUsers.PASSWORD);
        return session;
    }

    /** Profile form fields as name, value pairs (repeat a name for several values). */
    static List<String> profile(String name, String email, String hours, String... days) {
        List<String> form = new ArrayList<>(List.of("name", name, "email", email, "phone", "06 1234 5678",
                "expertise", "Werktuigbouwkundige, bouwt robotarmen", "subjects", "techniek", "levels", "PO",
                "hoursPerWeek", hours, "availableFrom", "2026-11-01", "availableUntil", "", "travelKm", "30",
                "qualification", "NONE", "vogIssuedOn", "", "employerConsentOn", "2026-11-15", "active", "on"));
        for (String day : days) {
            form.add("days");
            form.add(day);
        }
        return form;
    }

    /** Vacancy form fields as name, value pairs. */
    static List<String> vacancy(String title, String hours, String pilot, String... days) {
        List<String> form = new ArrayList<>(List.of("title", title, "subject", "techniek", "level", "PO",
                "hoursPerWeek", hours, "from", "2027-01-04", "until", "2027-06-30", "supervised", "false",
                "pilot", pilot, "description", "Techniekles in groep 7 en 8", "open", "on"));
        for (String day : days) {
            form.add("days");
            form.add(day);
        }
        return form;
    }

    /** Replaces (or adds) field {@code name} of a form. */
    static List<String> with(List<String> form, String name, String value) {
        List<String> changed = new ArrayList<>(form);
        int at = changed.indexOf(name);
        if (at >= 0 && at % 2 == 0) {
            changed.set(at + 1, value);
        } else {
            changed.add(name);
            changed.add(value);
        }
        return changed;
    }

    static HttpResponse<String> post(WebSession session, String path, List<String> form) {
        return session.postPairs(path, form.toArray(String[]::new));
    }

    /** The id at the end of a redirect's path ({@code /…/12?saved} → 12). */
    static long createdId(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect, status " + response.statusCode() + ": " + response.body()));
        String path = location.replaceAll("\\?.*", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }
}
