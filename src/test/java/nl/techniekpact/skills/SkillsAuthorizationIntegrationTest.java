package nl.techniekpact.skills;

import static nl.techniekpact.skills.SkillProfileFixtures.LASSER;
import static nl.techniekpact.skills.SkillProfileFixtures.TEAMWORK;
import static nl.techniekpact.skills.SkillProfileFixtures.WELD_EQUIPMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 * Every write endpoint of the skills module (under /vaardigheden, /office/esco and /api/v1/esco, enumerated from the
 * request mappings) tried by anonymous visitors (to the sign-in page) and by signed-in people of every role on
 * somebody else's profile: no address names a profile, so what they send acts on their own (empty) profile and is
 * refused with 404 for what is not in it; the owner's profile does not change. The reading pages and exports of a
 * profile send anonymous visitors to sign-in too.
 */
@PlatformIntegrationTest
class SkillsAuthorizationIntegrationTest {

    static final List<String> PREFIXES = List.of("/vaardigheden", "/office/esco", "/api/v1/esco");
    static final String VACANCIES = "/vaardigheden/vacatures";
    static final String TRAININGS = "/vaardigheden/opleidingen";
    /** Every write on one vacancy or training, with what a foreign party sends. */
    static final Map<String, Map<String, String>> OFFER_ACTIONS = new java.util.LinkedHashMap<>();

    static {
        OFFER_ACTIONS.put("", Map.of("title", "Overgenomen"));
        OFFER_ACTIONS.put("/beroep", Map.of("uri", LASSER));
        OFFER_ACTIONS.put("/beroep/vaardigheden", Map.of());
        OFFER_ACTIONS.put("/vaardigheden", Map.of("uri", TEAMWORK));
        OFFER_ACTIONS.put("/vaardigheden/verwijderen", Map.of("uri", WELD_EQUIPMENT));
        OFFER_ACTIONS.put("/publiceren", Map.of("published", "false"));
        OFFER_ACTIONS.put("/verwijderen", Map.of());
    }

    @Autowired
    nl.techniekpact.loket.LoketParties parties;

    @LocalServerPort
    int port;
    @Autowired
    SkillProfileFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** {@code foreign}: what another person sends to act on the owner's item (refused with 404 in their own profile). */
    record Case(String endpoint, Map<String, String> foreign) {
    }

    @Test
    void everyWriteEndpointRefusesAnonymousVisitorsAndOtherPeopleAndChangesNothing() {
        fixtures.loadEsco();
        TestUsers.User owner = fixtures.person();
        WebSession mine = fixtures.signedIn(owner, port);
        mine.post("/vaardigheden/profiel/beroepen", Map.of("uri", LASSER));
        mine.post("/vaardigheden/profiel/vaardigheden", Map.of("uri", WELD_EQUIPMENT));

        List<Case> cases = List.of(
                new Case("/vaardigheden/profiel/beroepen", null),
                new Case("/vaardigheden/profiel/vaardigheden", null),
                new Case("/vaardigheden/profiel/beroepen/verwijderen", Map.of("uri", LASSER)),
                new Case("/vaardigheden/profiel/vaardigheden/verwijderen", Map.of("uri", WELD_EQUIPMENT)),
                new Case("/vaardigheden/profiel/beroepen/vaardigheden", Map.of("uri", LASSER)));
        Set<String> covered = new TreeSet<>();
        cases.forEach(c -> covered.add(c.endpoint()));
        for (String base : List.of(VACANCIES, TRAININGS)) {
            covered.add(base + "/beheer");
            OFFER_ACTIONS.keySet().forEach(a -> covered.add(base + "/beheer/{id:\\d+}" + a));
        }
        assertThat(covered).as("skills write endpoints without a case").containsAll(writeEndpoints());

        String before = profile(owner);
        int teamwork = teamworkRows();
        List<String> failures = new ArrayList<>();
        WebSession anonymous = new WebSession(port);
        for (Case c : cases) {
            HttpResponse<String> response = anonymous.post(c.endpoint(), Map.of("uri", TEAMWORK));
            if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/login")) {
                failures.add(c.endpoint() + " as anonymous: " + response.statusCode());
            }
        }
        for (String path : List.of("/vaardigheden/profiel", "/vaardigheden/profiel/passend",
                "/vaardigheden/profiel/export.json", "/vaardigheden/profiel/export.csv")) {
            HttpResponse<String> response = anonymous.get(path);
            if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/login")) {
                failures.add("GET " + path + " as anonymous: " + response.statusCode());
            }
        }
        for (Role role : Role.values()) {
            WebSession other = fixtures.signedIn(users.create(role, "office"), port);
            for (Case c : cases) {
                if (c.foreign() == null) {
                    continue;
                }
                HttpResponse<String> response = other.post(c.endpoint(), c.foreign());
                if (response.statusCode() != 404) {
                    failures.add(c.endpoint() + " on another's item as " + role + ": " + response.statusCode());
                }
                if (response.body().contains("Exception") || response.body().contains("\tat ")) {
                    failures.add(c.endpoint() + " as " + role + " shows internals");
                }
            }
            if (other.get("/vaardigheden/profiel/export.csv").body().contains(LASSER)) {
                failures.add("another's export as " + role + " holds the owner's occupation");
            }
        }
        assertThat(failures).isEmpty();
        assertThat(profile(owner)).as("the owner's profile did not change").isEqualTo(before);
        assertThat(teamworkRows()).as("nobody's profile gained the skill the anonymous posts named").isEqualTo(teamwork);
    }

    /**
     * Every write on a vacancy or training, and its edit page, tried by anonymous visitors (to sign-in), by a member
     * of another company or school, by a member of the other kind of party and by people of every role without a
     * Loket tie: all refused with 403, the offer and its skills unchanged and nothing audited for it.
     */
    @Test
    void vacanciesAndTrainingsRefuseEveryoneButTheirOwnPartysMembers() {
        fixtures.loadEsco();
        long company = parties.company("Eigen Bedrijf");
        var owner = parties.companyMember(company, "CONFIRMED", port);
        long school = parties.school();
        var teacher = parties.schoolMember(school, "CONFIRMED", port);
        Map<String, String> ids = Map.of(VACANCIES, created(owner.web(), VACANCIES), TRAININGS,
                created(teacher.web(), TRAININGS));
        var otherCompany = parties.companyMember(parties.company("Ander Bedrijf"), "CONFIRMED", port);
        var otherSchool = parties.schoolMember(parties.school(), "CONFIRMED", port);
        var pending = parties.companyMember(company, "PENDING", port);
        String before = offers();
        List<String> failures = new ArrayList<>();
        WebSession anonymous = new WebSession(port);
        for (String base : List.of(VACANCIES, TRAININGS)) {
            String edit = base + "/beheer/" + ids.get(base);
            for (String path : List.of(base + "/beheer", edit)) {
                HttpResponse<String> page = anonymous.get(path);
                if (page.statusCode() != 302 || !page.headers().firstValue("Location").orElse("").endsWith("/login")) {
                    failures.add("GET " + path + " as anonymous: " + page.statusCode());
                }
            }
            if (anonymous.get(base + "/" + ids.get(base)).statusCode() != 404) {
                failures.add("an unpublished offer is public: " + base);
            }
            Map<String, WebSession> others = new java.util.LinkedHashMap<>();
            others.put("member of another party", base.equals(VACANCIES) ? otherCompany.web() : otherSchool.web());
            others.put("member of the other kind", base.equals(VACANCIES) ? otherSchool.web() : otherCompany.web());
            others.put("unconfirmed member", pending.web());
            for (Role role : Role.values()) {
                others.put(role.name(), fixtures.signedIn(users.create(role, "office"), port));
            }
            Map<String, Map<String, String>> writes = new java.util.LinkedHashMap<>();
            writes.put(base + "/beheer", Map.of("title", "Nieuw"));
            OFFER_ACTIONS.forEach((action, form) -> writes.put(edit + action, form));
            writes.forEach((path, form) -> {
                HttpResponse<String> response = anonymous.post(path, form);
                if (response.statusCode() != 302
                        || !response.headers().firstValue("Location").orElse("").endsWith("/login")) {
                    failures.add(path + " as anonymous: " + response.statusCode());
                }
                others.forEach((who, web) -> {
                    if (path.endsWith("/beheer") && who.startsWith("member of another party")) {
                        return; // they may create their own
                    }
                    HttpResponse<String> answer = web.post(path, form);
                    if (answer.statusCode() != 403) {
                        failures.add(path + " as " + who + ": " + answer.statusCode());
                    }
                    if (answer.body().contains("Exception") || answer.body().contains("\tat ")) {
                        failures.add(path + " as " + who + " shows internals");
                    }
                });
            });
            others.forEach((who, web) -> {
                if (web.get(edit).statusCode() != 403) {
                    failures.add("GET " + edit + " as " + who);
                }
            });
        }
        assertThat(failures).isEmpty();
        assertThat(offers()).as("the offers did not change").isEqualTo(before);
    }

    private String created(WebSession web, String base) {
        HttpResponse<String> created = web.post(base + "/beheer", Map.of("title", "Eigen", "place", "Utrecht"));
        assertThat(created.statusCode()).isEqualTo(302);
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/beheer/(\\d+).*", "$1");
        assertThat(web.post(base + "/beheer/" + id + "/vaardigheden", Map.of("uri", WELD_EQUIPMENT)).statusCode())
                .isEqualTo(302);
        return id;
    }

    private String offers() {
        return jdbc.sql("""
                select (select string_agg(id || title || coalesce(occupation_uri, '') || published || updated_at, ','
                                          order by id) from skill_vacancy)
                       || (select string_agg(vacancy_id || uri, ',' order by vacancy_id, uri) from skill_vacancy_skill)
                       || (select string_agg(id || title || coalesce(occupation_uri, '') || published || updated_at, ','
                                             order by id) from skill_training)
                       || (select string_agg(training_id || uri, ',' order by training_id, uri) from skill_training_skill)
                       || (select count(*) from audit_event where entity_type in ('skill_vacancy', 'skill_training'))""")
                .query(String.class).single();
    }

    private Set<String> writeEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean writes = methods.isEmpty() || methods.stream().anyMatch(m -> m != RequestMethod.GET
                    && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS);
            for (String pattern : info.getPatternValues()) {
                if (writes && PREFIXES.stream().anyMatch(pattern::startsWith)) {
                    endpoints.add(pattern);
                }
            }
        });
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(5);
        return endpoints;
    }

    private int teamworkRows() {
        return jdbc.sql("select count(*) from skill_profile_skill where uri = ?").param(TEAMWORK)
                .query(Integer.class).single();
    }

    private String profile(TestUsers.User owner) {
        return jdbc.sql("""
                select (select string_agg(o.uri, ',' order by o.uri) from skill_profile_occupation o
                        join skill_profile p on p.id = o.profile_id where p.owner_id = :owner)
                       || ' ' || (select string_agg(s.uri || ':' || s.source, ',' order by s.uri) from skill_profile_skill s
                        join skill_profile p on p.id = s.profile_id where p.owner_id = :owner)""")
                .param("owner", owner.id()).query(String.class).single();
    }
}
