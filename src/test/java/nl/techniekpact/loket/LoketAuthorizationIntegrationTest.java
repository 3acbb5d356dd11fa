package nl.techniekpact.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.loket.LoketParties.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint of the Loket's core (listings, blocked dates, personal data, the office's page) tried by everyone who may not
 * use it: anonymous (to the sign-in page), confirmed members of another school or company, members who are not
 * confirmed, a signed-in pact owner (403). Nothing changes. The Loket's endpoints are enumerated from the request
 * mappings, and each belongs to this matrix, to {@link ActivityAuthorizationIntegrationTest} (activities, calendars,
 * saved searches), to the hybrid-teacher matrix, or (the reach button) to the platform's own matrix.
 */
@PlatformIntegrationTest
class LoketAuthorizationIntegrationTest {

    enum Who { ANON, OTHER_SCHOOL, OTHER_COMPANY, UNCONFIRMED_SCHOOL, UNCONFIRMED_COMPANY, PACT_OWNER }

    /** Prefixes whose endpoints other Loket matrices cover. */
    static final List<String> OTHER_MATRICES = List.of("/loket/mijn/activiteiten", "/loket/mijn/agenda",
            "/loket/mijn/zoekopdrachten", "/loket/mijn/hybride", "/office/loket/hybride", "/office/loket/reach");

    /** Endpoints any visitor may use by design (signing up, confirming); a wrong token changes nothing. */
    static final Set<String> OPEN = Set.of("/loket/aanmelden/bedrijf", "/loket/aanmelden/school/claim",
            "/loket/bevestigen");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoketParties parties;
    @Autowired
    TestUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Case(String endpoint, String path, Map<String, String> form, Set<Who> refused) {
    }

    @Test
    void everyCoreEndpointRefusesWhoMayNotAndChangesNothing() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long companyId = parties.company("Kernbedrijf " + suffix);
        Person kees = parties.companyMember(companyId, "CONFIRMED", port);
        Person pending = parties.companyMember(companyId, "PENDING", port);
        long schoolId = parties.school();
        Person awaiting = parties.schoolMember(schoolId, "AWAITING_OFFICE", port);
        Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
        sessions.put(Who.ANON, new WebSession(port));
        sessions.put(Who.OTHER_SCHOOL, parties.schoolMember(parties.school(), "CONFIRMED", port).web());
        sessions.put(Who.OTHER_COMPANY, parties.companyMember(parties.company("Ander " + suffix), "CONFIRMED", port).web());
        sessions.put(Who.UNCONFIRMED_SCHOOL, awaiting.web());
        sessions.put(Who.UNCONFIRMED_COMPANY, pending.web());
        WebSession owner = new WebSession(port);
        owner.login(users.create(Role.OWNER, "partner:po-raad").email(), TestUsers.PASSWORD);
        sessions.put(Who.PACT_OWNER, owner);
        long offer = parties.offer(kees, "Kernaanbod " + suffix, 3, null, null);
        int version = jdbc.sql("select lock_version from loket_listing where id = ?").param(offer)
                .query(Integer.class).single();
        long blockedId = jdbc.sql("""
                        insert into loket_blocked_date (school_id, date_from, date_until, reason)
                        values (?, date '2041-03-01', date '2041-03-02', 'Studiedagen') returning id""")
                .param(schoolId).query(Long.class).single();

        Set<Who> everyone = EnumSet.allOf(Who.class);
        Set<Who> notMembers = EnumSet.of(Who.ANON, Who.UNCONFIRMED_SCHOOL, Who.UNCONFIRMED_COMPANY, Who.PACT_OWNER);
        Map<String, String> listingForm = Map.of("title", "Overgenomen", "type", "GASTLES", "levels", "PO",
                "venues", "ONLINE", "travelKm", "5", "version", String.valueOf(version));
        List<Case> cases = List.of(
                new Case("/loket/mijn/nieuw", "/loket/mijn/nieuw", listingForm, notMembers),
                new Case("/loket/mijn/{id}", "/loket/mijn/" + offer, listingForm, everyone),
                new Case("/loket/mijn/{id}/status", "/loket/mijn/" + offer + "/status",
                        Map.of("state", "WITHDRAWN", "version", String.valueOf(version)), everyone),
                new Case("/loket/mijn/gegevens/verwijderen", "/loket/mijn/gegevens/verwijderen",
                        Map.of("confirm", "yes"), EnumSet.of(Who.ANON)),
                new Case("/office/loket/claims/{id}", "/office/loket/claims/" + awaiting.memberId(),
                        Map.of("decision", "confirm"), everyone),
                new Case("/office/loket/companies/{id}/blocked", "/office/loket/companies/" + companyId + "/blocked",
                        Map.of("blocked", "true", "reason", "misbruik", "version", "0"), everyone),
                new Case("/office/loket/companies/{id}/technical", "/office/loket/companies/" + companyId
                        + "/technical", Map.of("technical", "false", "version", "0"), everyone),
                new Case("/office/loket/listings/hidden", "/office/loket/listings/hidden",
                        Map.of("listing", String.valueOf(offer), "hidden", "true", "reason", "misbruik"), everyone),
                new Case("/office/loket/register", "/office/loket/register", Map.of("sector", "PO"), everyone),
                new Case("/office/loket/holidays", "/office/loket/holidays", Map.of(), everyone),
                new Case("/loket/mijn/geblokkeerd", "/loket/mijn/geblokkeerd",
                        Map.of("from", "2041-04-01", "reason", "Overgenomen"), EnumSet.of(Who.ANON, Who.OTHER_COMPANY,
                                Who.UNCONFIRMED_SCHOOL, Who.UNCONFIRMED_COMPANY, Who.PACT_OWNER)),
                new Case("/loket/mijn/geblokkeerd/{id}/verwijderen", "/loket/mijn/geblokkeerd/" + blockedId
                        + "/verwijderen", Map.of(), everyone));

        Set<String> covered = new TreeSet<>(OPEN);
        cases.forEach(c -> covered.add(c.endpoint()));
        assertThat(covered).as("Loket endpoints without a case").containsAll(coreEndpoints());

        String before = database(offer, companyId, awaiting.memberId());
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            for (Who who : c.refused()) {
                HttpResponse<String> response = sessions.get(who).post(c.path(), c.form());
                String location = response.headers().firstValue("Location").orElse("");
                boolean refused = who == Who.ANON ? response.statusCode() == 302 && location.endsWith("/login")
                        : response.statusCode() == 403;
                if (!refused) {
                    failures.add(c.endpoint() + " as " + who + ": " + response.statusCode() + " " + location);
                }
                if (response.body().contains("Exception") || response.body().contains("\tat ")) {
                    failures.add(c.endpoint() + " as " + who + " shows internals");
                }
            }
        }
        HttpResponse<String> wrongToken = sessions.get(Who.ANON).post("/loket/bevestigen",
                Map.of("token", "geen-echte-sleutel"));
        assertThat(wrongToken.body()).contains("Deze link werkt niet");
        assertThat(failures).isEmpty();
        assertThat(database(offer, companyId, awaiting.memberId())).as("nothing changed").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from loket_listing where title = 'Overgenomen'").query(Integer.class)
                .single()).isZero();
    }

    /** The Loket's POST endpoints that no other Loket matrix covers. */
    private Set<String> coreEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                for (String pattern : info.getPatternValues()) {
                    if ((pattern.startsWith("/loket") || pattern.startsWith("/office/loket"))
                            && OTHER_MATRICES.stream().noneMatch(pattern::startsWith)) {
                        endpoints.add(pattern);
                    }
                }
            }
        });
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(12);
        return endpoints;
    }

    private String database(long offer, long companyId, long memberId) {
        return jdbc.sql("""
                select (select string_agg(concat_ws('|', id, state, lock_version, title, hidden_reason), ';' order by id)
                        from loket_listing where company_id = :company)
                       || ' company:' || (select concat_ws('|', state, lock_version, technical_override)
                                           from loket_company where id = :company)
                       || ' member:' || (select state from loket_member where id = :member)
                       || ' listings:' || (select count(*) from loket_listing)
                       || ' holidays:' || (select count(*) from loket_school_holiday)
                       || ' blocked:' || (select count(*) from loket_blocked_date)
                       || ' schools:' || (select count(*) from loket_school)
                       || ' members:' || (select count(*) from loket_member)""")
                .param("company", companyId).param("member", memberId).query(String.class).single()
                + " offer " + offer;
    }
}
