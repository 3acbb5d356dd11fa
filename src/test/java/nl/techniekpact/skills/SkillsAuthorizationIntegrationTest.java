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
