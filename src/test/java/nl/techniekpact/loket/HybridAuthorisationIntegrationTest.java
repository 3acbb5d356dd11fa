package nl.techniekpact.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every hybrid-teacher write endpoint — enumerated from the request mappings, so a new one cannot escape — tried
 * by everyone who must not use it: anonymous (sent to the login page), another school, another company, an
 * unconfirmed member of the owner's own school or company, the other side of the match, and (on the office's
 * endpoints) signed-in people who are not the office. Each is refused with 403 and changes nothing in the
 * database: not the profiles, vacancies, rules or introductions, not the audit log, not the outbox. The same
 * requests by the rightful owner succeed, so the refusals are not the forms failing.
 */
@PlatformIntegrationTest
class HybridAuthorisationIntegrationTest {

    enum Who { ANONYMOUS, OTHER_SCHOOL, OTHER_COMPANY, UNCONFIRMED_SCHOOL, UNCONFIRMED_COMPANY, OWN_SCHOOL,
        OWN_COMPANY, READER }

    /** One endpoint: the path to post to, the form, who must be refused, and who may (posted last). */
    record Case(String pattern, String path, List<String> form, Set<Who> refused, Who allowed) {
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyHybridWriteEndpointRefusesEveryoneButItsOwnerAndChangesNothing() {
        HybridFixtures fixtures = new HybridFixtures(jdbc, users, port);
        Map<Who, WebSession> web = new EnumMap<>(Who.class);
        HybridFixtures.Party company = fixtures.company("Eigen Bedrijf " + UUID.randomUUID(), "3511 AB", "CONFIRMED");
        HybridFixtures.Party school = fixtures.school("07KN00", "CONFIRMED");
        web.put(Who.ANONYMOUS, new WebSession(port));
        web.put(Who.OWN_COMPANY, company.session());
        web.put(Who.OWN_SCHOOL, school.session());
        web.put(Who.OTHER_SCHOOL, fixtures.school("32LC00", "CONFIRMED").session());
        web.put(Who.OTHER_COMPANY, fixtures.company("Ander Bedrijf", "3511 AB", "CONFIRMED").session());
        web.put(Who.UNCONFIRMED_SCHOOL, fixtures.school("07KN00", "AWAITING_OFFICE").session());
        web.put(Who.UNCONFIRMED_COMPANY, fixtures.companyMember(company.partyId(), "PENDING").session());
        TestUsers.User reader = users.create(Role.READER, "office");
        WebSession readerSession = new WebSession(port);
        readerSession.login(reader.email(), TestUsers.PASSWORD);
        web.put(Who.READER, readerSession);
        WebSession office = fixtures.office();

        List<String> profileForm = HybridFixtures.profile("Eigen Professional", "eigen@bedrijf.example", "8",
                "TUESDAY");
        List<String> vacancyForm = HybridFixtures.vacancy("Eigen vacature", "8", "", "TUESDAY");
        long profile = HybridFixtures.createdId(HybridFixtures.post(company.session(),
                "/loket/mijn/hybride/profielen/nieuw", profileForm));
        long second = HybridFixtures.createdId(HybridFixtures.post(company.session(),
                "/loket/mijn/hybride/profielen/nieuw", profileForm));
        long vacancy = HybridFixtures.createdId(HybridFixtures.post(school.session(),
                "/loket/mijn/hybride/vacatures/nieuw", vacancyForm));
        long introduction = jdbc.sql("""
                        insert into loket_hybrid_introduction (vacancy_id, profile_id, asked_by_member, state)
                        values (?, ?, ?, 'ASKED') returning id""")
                .params(vacancy, profile, school.memberId()).query(Long.class).single();
        long doomedProfile = HybridFixtures.createdId(HybridFixtures.post(company.session(),
                "/loket/mijn/hybride/profielen/nieuw", profileForm));
        long doomedVacancy = HybridFixtures.createdId(HybridFixtures.post(school.session(),
                "/loket/mijn/hybride/vacatures/nieuw", vacancyForm));
        long rule = jdbc.sql("""
                        insert into loket_hybrid_rule (name, kind, scope, pilot_name, source, created_by)
                        values ('Te beëindigen', 'REQUIRES_VOG', 'PILOT', 'Autorisatiepilot', 'Testbron', ?)
                        returning id""").param(UUID.randomUUID()).query(Long.class).single();

        Set<Who> outsiders = Set.of(Who.ANONYMOUS, Who.OTHER_SCHOOL, Who.OTHER_COMPANY);
        List<String> ruleForm = List.of("name", "Regel " + UUID.randomUUID(), "kind", "REQUIRES_VOG", "scope",
                "PILOT", "pilotName", "Autorisatiepilot", "source", "Testbron");
        List<Case> cases = List.of(
                new Case("/loket/mijn/hybride/profielen/nieuw", "/loket/mijn/hybride/profielen/nieuw", profileForm,
                        union(Set.of(Who.ANONYMOUS, Who.OTHER_SCHOOL, Who.UNCONFIRMED_COMPANY, Who.OWN_SCHOOL)),
                        Who.OWN_COMPANY),
                new Case("/loket/mijn/hybride/profielen/{id}", "/loket/mijn/hybride/profielen/" + profile,
                        HybridFixtures.with(profileForm, "version", "0"),
                        union(outsiders, Set.of(Who.UNCONFIRMED_COMPANY, Who.OWN_SCHOOL)), Who.OWN_COMPANY),
                new Case("/loket/mijn/hybride/vacatures/nieuw", "/loket/mijn/hybride/vacatures/nieuw", vacancyForm,
                        union(Set.of(Who.ANONYMOUS, Who.OTHER_COMPANY, Who.UNCONFIRMED_SCHOOL, Who.OWN_COMPANY)),
                        Who.OWN_SCHOOL),
                new Case("/loket/mijn/hybride/vacatures/{id}", "/loket/mijn/hybride/vacatures/" + vacancy,
                        HybridFixtures.with(vacancyForm, "version", "0"),
                        union(outsiders, Set.of(Who.UNCONFIRMED_SCHOOL, Who.OWN_COMPANY)), Who.OWN_SCHOOL),
                new Case("/loket/mijn/hybride/vacatures/{id}/introducties",
                        "/loket/mijn/hybride/vacatures/" + vacancy + "/introducties",
                        List.of("profile", String.valueOf(second), "message", "Hallo"),
                        union(outsiders, Set.of(Who.UNCONFIRMED_SCHOOL, Who.OWN_COMPANY)), Who.OWN_SCHOOL),
                new Case("/loket/mijn/hybride/introducties/{id}", "/loket/mijn/hybride/introducties/" + introduction,
                        List.of("decision", "accept", "version", "0"),
                        union(outsiders, Set.of(Who.UNCONFIRMED_COMPANY, Who.OWN_SCHOOL)), Who.OWN_COMPANY),
                new Case("/office/loket/hybride/regels", "/office/loket/hybride/regels", ruleForm,
                        union(Set.of(Who.ANONYMOUS, Who.READER, Who.OWN_SCHOOL, Who.OWN_COMPANY)), null),
                new Case("/office/loket/hybride/regels/{id}/einde", "/office/loket/hybride/regels/" + rule + "/einde",
                        List.of("validUntil", "2099-12-31", "version", "0"),
                        union(Set.of(Who.ANONYMOUS, Who.READER, Who.OWN_SCHOOL, Who.OWN_COMPANY)), null),
                new Case("/loket/mijn/hybride/vacatures/{id}/verwijderen",
                        "/loket/mijn/hybride/vacatures/" + doomedVacancy + "/verwijderen", List.of("version", "0"),
                        union(outsiders, Set.of(Who.UNCONFIRMED_SCHOOL, Who.OWN_COMPANY)), null),
                new Case("/loket/mijn/hybride/profielen/{id}/verwijderen",
                        "/loket/mijn/hybride/profielen/" + doomedProfile + "/verwijderen", List.of("version", "0"),
                        union(outsiders, Set.of(Who.UNCONFIRMED_COMPANY, Who.OWN_SCHOOL)), null));

        assertThat(new TreeSet<>(cases.stream().map(Case::pattern).toList()))
                .as("hybrid-teacher write endpoints without an authorisation case").isEqualTo(writeEndpoints());

        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            for (Who who : c.refused()) {
                String before = state();
                HttpResponse<String> response = HybridFixtures.post(web.get(who), c.path(), c.form());
                String location = response.headers().firstValue("Location").orElse("");
                boolean refused = who == Who.ANONYMOUS ? response.statusCode() == 302 && location.endsWith("/login")
                        : response.statusCode() == 403;
                if (!refused) {
                    failures.add(c.pattern() + " as " + who + ": " + response.statusCode() + " " + location);
                }
                if (!state().equals(before)) {
                    failures.add(c.pattern() + " as " + who + " changed the database");
                }
            }
        }
        assertThat(failures).isEmpty();

        // the rightful owners: each of the same requests succeeds and changes the database
        for (Case c : cases) {
            WebSession owner = c.allowed() != null ? web.get(c.allowed()) : c.pattern().startsWith("/office")
                    ? office : c.pattern().contains("vacatures") ? school.session() : company.session();
            String before = state();
            HttpResponse<String> response = HybridFixtures.post(owner, c.path(), c.form());
            assertThat(response.statusCode()).as(c.pattern() + " by its owner").isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).as(c.pattern())
                    .doesNotContain("login", "stale", "decided", "noFit");
            assertThat(state()).as(c.pattern() + " by its owner changes the database").isNotEqualTo(before);
        }
    }

    @Test
    void pagesOfOthersAreNotReadable() {
        HybridFixtures fixtures = new HybridFixtures(jdbc, users, port);
        HybridFixtures.Party company = fixtures.company("Leesbedrijf", "3511 AB", "CONFIRMED");
        HybridFixtures.Party school = fixtures.school("07KN00", "CONFIRMED");
        long profile = HybridFixtures.createdId(HybridFixtures.post(company.session(),
                "/loket/mijn/hybride/profielen/nieuw", HybridFixtures.profile("Lees Baar", "lees@baar.example", "4",
                        "MONDAY")));
        long vacancy = HybridFixtures.createdId(HybridFixtures.post(school.session(),
                "/loket/mijn/hybride/vacatures/nieuw", HybridFixtures.vacancy("Leesvacature", "4", "", "MONDAY")));
        WebSession otherSchool = fixtures.school("32LC00", "CONFIRMED").session();
        WebSession otherCompany = fixtures.company("Nieuwsgierig BV", "3511 AB", "CONFIRMED").session();
        for (String page : List.of("/loket/mijn/hybride/profielen/" + profile,
                "/loket/mijn/hybride/profielen/" + profile + "/vacatures")) {
            assertThat(otherCompany.get(page).statusCode()).as(page).isEqualTo(403);
            assertThat(school.session().get(page).statusCode()).as(page).isEqualTo(403);
            assertThat(company.session().get(page).statusCode()).as(page).isEqualTo(200);
        }
        for (String page : List.of("/loket/mijn/hybride/vacatures/" + vacancy,
                "/loket/mijn/hybride/vacatures/" + vacancy + "/matches")) {
            assertThat(otherSchool.get(page).statusCode()).as(page).isEqualTo(403);
            assertThat(company.session().get(page).statusCode()).as(page).isEqualTo(403);
            assertThat(school.session().get(page).statusCode()).as(page).isEqualTo(200);
        }
        assertThat(new WebSession(port).get("/loket/mijn/hybride").headers().firstValue("Location").orElse(""))
                .endsWith("/login");
        assertThat(school.session().get("/office/loket/hybride").statusCode()).isEqualTo(403);
        assertThat(fixtures.office().get("/office/loket/hybride").body()).contains("Lees Baar", "Leesvacature");
    }

    /** Everything a hybrid-teacher write could change, as one text. */
    private String state() {
        StringBuilder state = new StringBuilder();
        for (String table : List.of("loket_hybrid_profile", "loket_hybrid_vacancy", "loket_hybrid_rule",
                "loket_hybrid_introduction")) {
            state.append(jdbc.sql("select coalesce(md5(string_agg(t::text, '|' order by t.id)), '') from " + table + " t")
                    .query(String.class).single()).append(';');
        }
        state.append(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).append(';');
        state.append(jdbc.sql("select count(*) from outbox_mail").query(Long.class).single());
        return state.toString();
    }

    private Set<String> writeEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean writes = info.getMethodsCondition().getMethods().stream().anyMatch(m -> m != RequestMethod.GET);
            info.getPatternValues().stream().filter(p -> writes && (p.startsWith("/loket/mijn/hybride")
                    || p.startsWith("/office/loket/hybride"))).forEach(endpoints::add);
        });
        return endpoints;
    }

    @SafeVarargs
    private static Set<Who> union(Set<Who>... sets) {
        Set<Who> all = java.util.EnumSet.noneOf(Who.class);
        for (Set<Who> set : sets) {
            all.addAll(set);
        }
        return all;
    }
}
