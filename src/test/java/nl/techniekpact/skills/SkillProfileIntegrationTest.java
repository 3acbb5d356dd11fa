package nl.techniekpact.skills;

import static nl.techniekpact.skills.SkillProfileFixtures.BOVENGRONDS;
import static nl.techniekpact.skills.SkillProfileFixtures.DRAWINGS;
import static nl.techniekpact.skills.SkillProfileFixtures.KABELMONTEUR;
import static nl.techniekpact.skills.SkillProfileFixtures.LASSER;
import static nl.techniekpact.skills.SkillProfileFixtures.MAG_WELDING;
import static nl.techniekpact.skills.SkillProfileFixtures.PIJPLASSER;
import static nl.techniekpact.skills.SkillProfileFixtures.PROTECTIVE_GEAR;
import static nl.techniekpact.skills.SkillProfileFixtures.TEAMWORK;
import static nl.techniekpact.skills.SkillProfileFixtures.WELD_EQUIPMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.shared.Json;
import nl.techniekpact.skills.matching.WorkMatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A person's skills profile over HTTP: search and add, remove, limits, export, privacy (another person never sees
 * or changes it, anonymous visitors go to sign-in), audit; matching before and after occupation–skill relations
 * are loaded (the constructed file in the official layout, see its README).
 */
@PlatformIntegrationTest
class SkillProfileIntegrationTest {

    static final String BASE = "/vaardigheden/profiel";

    @LocalServerPort
    int port;
    @Autowired
    SkillProfileFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    WorkMatches matches;

    @BeforeEach
    void load() {
        fixtures.loadEsco();
    }

    @Test
    void keepsAProfileEditableByItsOwnerOnly() {
        TestUsers.User anna = fixtures.person();
        WebSession web = fixtures.signedIn(anna, port);
        HttpResponse<String> search = web.get(BASE + "?q=lasser&kind=occupation");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("value=\"" + LASSER + "\"", "Mijn vaardigheden");
        assertThat(web.get(BASE + "?q=welding+equipmnt&kind=skill").body()).as("English, with a typo")
                .contains("value=\"" + WELD_EQUIPMENT + "\"");

        HttpResponse<String> added = web.post(BASE + "/beroepen", Map.of("uri", LASSER, "q", "lasser", "kind", "occupation"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElse("")).contains(BASE + "?added", "q=lasser");
        assertThat(web.post(BASE + "/vaardigheden", Map.of("uri", WELD_EQUIPMENT)).statusCode()).isEqualTo(302);
        assertThat(web.post(BASE + "/vaardigheden", Map.of("uri", WELD_EQUIPMENT)).statusCode()).as("twice: once").isEqualTo(302);
        HttpResponse<String> unknown = web.post(BASE + "/vaardigheden", Map.of("uri", LASSER));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("staat niet in ESCO", "href=\"#skill\"");
        HttpResponse<String> long_ = web.post(BASE + "/beroepen", Map.of("uri", "x".repeat(5000)));
        assertThat(long_.statusCode()).isEqualTo(200);
        assertThat(long_.body()).doesNotContain("Exception");

        HttpResponse<String> page = web.get(BASE);
        assertThat(page.body()).contains(">lasser<", "use welding equipment", "zelf gekozen");
        assertThat(count(anna, "skill_profile_skill")).isEqualTo(1);

        TestUsers.User bram = fixtures.person();
        WebSession other = fixtures.signedIn(bram, port);
        assertThat(other.get(BASE).body()).doesNotContain("use welding equipment").contains("Nog geen beroepen");
        assertThat(other.post(BASE + "/vaardigheden/verwijderen", Map.of("uri", WELD_EQUIPMENT)).statusCode()).isEqualTo(404);
        assertThat(other.post(BASE + "/beroepen/verwijderen", Map.of("uri", LASSER)).statusCode()).isEqualTo(404);
        assertThat(other.post(BASE + "/beroepen/vaardigheden", Map.of("uri", LASSER)).statusCode()).isEqualTo(404);
        assertThat(other.get(BASE + "/export.json").body()).doesNotContain(LASSER);
        assertThat(count(anna, "skill_profile_skill")).isEqualTo(1);
        assertThat(count(anna, "skill_profile_occupation")).isEqualTo(1);

        WebSession anonymous = new WebSession(port);
        for (String path : new String[] {BASE, BASE + "/passend", BASE + "/export.json", BASE + "/export.csv"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }

        HttpResponse<String> json = web.get(BASE + "/export.json");
        assertThat(json.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        JsonNode body = Json.MAPPER.readTree(json.body());
        assertThat(body.get("occupations").get(0).get("uri").asString()).isEqualTo(LASSER);
        assertThat(body.get("skills").get(0).get("label").asString()).isEqualTo("use welding equipment");
        assertThat(body.get("skills").get(0).get("source").asString()).isEqualTo("picked");
        HttpResponse<String> csv = web.get(BASE + "/export.csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("kind,uri,label,source,from_occupation", "occupation," + LASSER + ",lasser",
                "skill," + WELD_EQUIPMENT + ",use welding equipment,picked");

        assertThat(web.post(BASE + "/vaardigheden/verwijderen", Map.of("uri", WELD_EQUIPMENT)).statusCode()).isEqualTo(302);
        assertThat(count(anna, "skill_profile_skill")).isZero();
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_event where actor_id = ?")
                .param(anna.id()).query(String.class).single())
                .isEqualTo("skill-profile.add-occupation,skill-profile.add-skill,skill-profile.remove-skill");
    }

    @Test
    void refusesASkillBeyondTheLimitAndKeepsTheProfileAsItWas() {
        TestUsers.User full = fixtures.person();
        WebSession web = fixtures.signedIn(full, port);
        assertThat(web.post(BASE + "/vaardigheden", Map.of("uri", TEAMWORK)).statusCode()).isEqualTo(302);
        jdbc.sql("""
                        insert into skill_profile_skill (profile_id, uri, source)
                        select p.id, c.uri, 'picked' from skill_profile p,
                          (select uri from esco_concept where kind = 'skill' and uri <> ? order by uri limit 199) c
                        where p.owner_id = ?""").params(TEAMWORK, full.id()).update();
        HttpResponse<String> refused = web.post(BASE + "/vaardigheden", Map.of("uri", DRAWINGS));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("hoogstens 200 vaardigheden");
        assertThat(count(full, "skill_profile_skill")).isEqualTo(200);
    }

    @Test
    void matchesOnTheHierarchiesWithoutRelationsAndOnWeightedSkillsWithThem() {
        TestUsers.User kim = fixtures.person();
        WebSession web = fixtures.signedIn(kim, port);
        assertThat(web.get(BASE + "/passend").body()).contains("Voeg eerst beroepen of vaardigheden toe");
        web.post(BASE + "/beroepen", Map.of("uri", KABELMONTEUR));
        WorkMatches.Match sibling = match(kim, BOVENGRONDS);
        assertThat(sibling.skillsKnown()).isFalse();
        assertThat(sibling.proximity()).isEqualTo(WorkMatch.Proximity.SAME_UNIT_GROUP);
        assertThat(sibling.closeTo()).isEqualTo("kabelmonteur");
        assertThat(sibling.fitPercent()).isEqualTo(32);
        HttpResponse<String> page = web.get(BASE + "/passend");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("monteur bovengrondse leidingen", "In dezelfde beroepsgroep als kabelmonteur",
                "technisch beroep", "Welke vaardigheden dit beroep vraagt, is onbekend",
                "/regelingen/vinden?doel=RETRAINING_TECH_ICT");
        assertThat(web.get(BASE).body()).contains("Welke vaardigheden dit beroep vraagt, is hier onbekend");

        fixtures.loadConstructedRelations();
        TestUsers.User lev = fixtures.person();
        WebSession lasser = fixtures.signedIn(lev, port);
        lasser.post(BASE + "/beroepen", Map.of("uri", LASSER));
        lasser.post(BASE + "/vaardigheden", Map.of("uri", TEAMWORK));
        assertThat(lasser.get(BASE).body()).contains("Vaardigheden van dit beroep toevoegen");
        assertThat(lasser.post(BASE + "/beroepen/vaardigheden", Map.of("uri", LASSER)).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("""
                        select count(*) from skill_profile_skill s join skill_profile p on p.id = s.profile_id
                        where p.owner_id = ? and s.source = 'occupation' and s.from_occupation = ?""")
                .params(lev.id(), LASSER).query(Integer.class).single()).isGreaterThanOrEqualTo(5);
        assertThat(lasser.get(BASE).body()).contains("van het beroep lasser");

        WorkMatches.Match pipe = match(lev, PIJPLASSER);
        assertThat(pipe.skillsKnown()).isTrue();
        assertThat(pipe.shared()).extracting(WorkMatches.SkillRef::label)
                .contains("use welding equipment", "read engineering drawings", "wear appropriate protective gear", "teamwork principles");
        assertThat(pipe.gap()).extracting(WorkMatches.SkillRef::id).containsExactly(MAG_WELDING.substring(MAG_WELDING.lastIndexOf('/') + 1));
        assertThat(pipe.coveragePercent()).isBetween(60, 99);
        WorkMatches.Match first = matches.forProfile(user(lev), "nl", 5).matches().getFirst();
        assertThat(first.uri()).isEqualTo(PIJPLASSER);
        // the same shared count, but teamwork (every constructed occupation asks for it) weighs least
        WorkMatches.Match solderer = match(lev, SkillProfileFixtures.O + "17b29190-6746-4b81-a1d1-8053a5bbc0e9");
        assertThat(solderer.coveragePercent()).isLessThan(pipe.coveragePercent());
        HttpResponse<String> shown = lasser.get(BASE + "/passend?lang=en");
        assertThat(shown.body()).contains("pijplasser", "What you still lack (1)", "perform metal active gas welding",
                "What you already have", "technical occupation");
        assertThat(PROTECTIVE_GEAR).isNotBlank();
    }

    private WorkMatches.Match match(TestUsers.User user, String occupation) {
        return matches.forProfile(user(user), "nl", WorkMatches.MAX_RESULTS).matches().stream()
                .filter(m -> m.uri().equals(occupation)).findFirst()
                .orElseThrow(() -> new AssertionError(occupation + " not among the matches"));
    }

    private CurrentUser user(TestUsers.User user) {
        return accounts.byId(user.id()).orElseThrow();
    }

    private int count(TestUsers.User user, String table) {
        return jdbc.sql("select count(*) from " + table + " t join skill_profile p on p.id = t.profile_id where p.owner_id = ?")
                .param(user.id()).query(Integer.class).single();
    }
}
