package nl.techniekpact.skills;

import static nl.techniekpact.skills.SkillProfileFixtures.DRAWINGS;
import static nl.techniekpact.skills.SkillProfileFixtures.LASSER;
import static nl.techniekpact.skills.SkillProfileFixtures.MAG_WELDING;
import static nl.techniekpact.skills.SkillProfileFixtures.PIJPLASSER;
import static nl.techniekpact.skills.SkillProfileFixtures.PROTECTIVE_GEAR;
import static nl.techniekpact.skills.SkillProfileFixtures.TEAMWORK;
import static nl.techniekpact.skills.SkillProfileFixtures.WELD_EQUIPMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.loket.LoketParties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Vacancies and trainings with ESCO skills over HTTP: a confirmed company member creates, validates, edits, takes an
 * occupation's skills, picks and removes skills, publishes and deletes; members of another company or of a school
 * and people without a Loket tie are refused; a published vacancy shows in a person's matches with the skills
 * shared and missing, and a published training that teaches a missing skill of a fitting occupation shows too.
 */
@PlatformIntegrationTest
class SkillOffersIntegrationTest {

    static final String V = "/vaardigheden/vacatures";
    static final String T = "/vaardigheden/opleidingen";

    @LocalServerPort
    int port;
    @Autowired
    SkillProfileFixtures fixtures;
    @Autowired
    LoketParties parties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferMatches offerMatches;

    @Test
    void aCompanyMemberKeepsVacanciesAndTheyMatchProfilesWithTrainingsThatCloseTheGap() {
        fixtures.loadEsco();
        fixtures.loadConstructedRelations();
        long company = parties.company("Lasbedrijf Vonk");
        LoketParties.Person member = parties.companyMember(company, "CONFIRMED", port);
        WebSession web = member.web();
        assertThat(web.get(V + "/beheer").body()).contains("Vacatures van uw bedrijf", "Nieuwe vacature");

        int before = vacancies(company);
        HttpResponse<String> invalid = web.post(V + "/beheer", form("", "x".repeat(300), "GM34", "99"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("Vul een titel in", "href=\"#title\"", "href=\"#place\"",
                "href=\"#municipality\"", "href=\"#hours\"", "id=\"hours-error\"").doesNotContain("Exception");
        assertThat(web.post(V + "/beheer?lang=en", form("", "", "", "")).body()).contains("Enter a title");
        web.get(V + "/beheer?lang=nl");
        assertThat(vacancies(company)).as("nothing stored").isEqualTo(before);

        HttpResponse<String> created = web.post(V + "/beheer", form("Pijplasser gezocht", "Utrecht", "GM0344", "32"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains(V + "/beheer/", "?created");
        long id = Long.parseLong(location.replaceAll(".*/beheer/(\\d+).*", "$1"));
        String edit = V + "/beheer/" + id;

        assertThat(web.post(edit + "/beroep/vaardigheden", Map.of()).body()).as("no occupation yet")
                .contains("Kies eerst een beroep");
        assertThat(web.post(edit + "/beroep", Map.of("uri", PIJPLASSER)).statusCode()).isEqualTo(302);
        assertThat(web.post(edit + "/beroep/vaardigheden", Map.of()).statusCode()).isEqualTo(302);
        assertThat(skills(id)).contains(WELD_EQUIPMENT + ":t:occupation", MAG_WELDING + ":t:occupation",
                DRAWINGS + ":t:occupation", PROTECTIVE_GEAR + ":t:occupation");
        assertThat(web.post(edit + "/vaardigheden/verwijderen", Map.of("uri", PROTECTIVE_GEAR)).statusCode())
                .isEqualTo(302);
        assertThat(web.post(edit + "/vaardigheden", Map.of("uri", TEAMWORK)).statusCode()).isEqualTo(302);
        assertThat(web.post(edit + "/vaardigheden", Map.of("uri", LASSER)).body()).as("an occupation is no skill")
                .contains("Dit staat niet in ESCO", "href=\"#skill\"");
        assertThat(skills(id)).doesNotContain(PROTECTIVE_GEAR).contains(TEAMWORK + ":f:picked");
        HttpResponse<String> page = web.get(edit + "?q=teamwork&kind=skill");
        assertThat(page.body()).contains("pijplasser", "use welding equipment", "(staat er al in)");

        WebSession anonymous = new WebSession(port);
        assertThat(anonymous.get(V + "/" + id).statusCode()).as("not published").isEqualTo(404);
        assertThat(web.post(edit + "/publiceren", Map.of("published", "true")).statusCode()).isEqualTo(302);
        HttpResponse<String> open = anonymous.get(V + "/" + id);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains("Pijplasser gezocht", "Lasbedrijf Vonk", "use welding equipment")
                .doesNotContain(member.email(), member.name(), member.phone());
        assertThat(anonymous.get(V).body()).contains("Pijplasser gezocht");

        LoketParties.Person stranger = parties.companyMember(parties.company("Ander Bedrijf"), "CONFIRMED", port);
        assertThat(stranger.web().post(edit, form("Overgenomen", "", "", "")).statusCode()).isEqualTo(403);
        assertThat(stranger.web().post(edit + "/verwijderen", Map.of()).statusCode()).isEqualTo(403);
        assertThat(stranger.web().get(edit).statusCode()).isEqualTo(403);
        assertThat(stranger.web().get(V + "/beheer").body()).doesNotContain("Pijplasser gezocht");

        LoketParties.Person teacher = parties.schoolMember(parties.school(), "CONFIRMED", port);
        assertThat(teacher.web().post(V + "/beheer", form("Van school", "", "", "")).statusCode()).isEqualTo(403);
        assertThat(teacher.web().post(edit + "/publiceren", Map.of("published", "false")).statusCode()).isEqualTo(403);
        HttpResponse<String> training = teacher.web().post(T + "/beheer",
                Map.of("title", "MAG-lassen", "level", "mbo 2", "place", "Utrecht"));
        assertThat(training.statusCode()).isEqualTo(302);
        String tedit = training.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "")
                .replaceAll("^https?://[^/]+", "");
        assertThat(teacher.web().post(tedit + "/vaardigheden", Map.of("uri", MAG_WELDING, "essential", "true"))
                .statusCode()).isEqualTo(302);
        assertThat(teacher.web().post(tedit + "/publiceren", Map.of("published", "true")).statusCode()).isEqualTo(302);
        assertThat(member.web().post(tedit + "/publiceren", Map.of("published", "false")).statusCode())
                .as("a company member does not act for a school").isEqualTo(403);
        assertThat(jdbc.sql("select title from skill_vacancy where id = ?").param(id).query(String.class).single())
                .isEqualTo("Pijplasser gezocht");

        TestUsers.User person = fixtures.person();
        WebSession mine = fixtures.signedIn(person, port);
        assertThat(mine.post(V + "/beheer", form("Geen lid", "", "", "")).statusCode()).isEqualTo(403);
        mine.post("/vaardigheden/profiel/beroepen", Map.of("uri", LASSER));
        mine.post("/vaardigheden/profiel/vaardigheden", Map.of("uri", WELD_EQUIPMENT));
        OfferMatches.Result result = offerMatches.forProfile(accounts.byId(person.id()).orElseThrow(), "en");
        OfferMatches.VacancyFit fit = result.vacancies().stream().filter(v -> v.offer().id() == id).findFirst()
                .orElseThrow();
        assertThat(fit.fitPercent()).isBetween(1, 99);
        assertThat(fit.owner()).isEqualTo("Lasbedrijf Vonk");
        assertThat(fit.shared()).extracting(OfferMatches.Label::label).containsExactly("use welding equipment");
        assertThat(fit.missing()).extracting(OfferMatches.Label::label)
                .contains("perform metal active gas welding").hasSize(3);
        assertThat(result.trainings()).anySatisfy(t -> {
            assertThat(t.offer().title()).isEqualTo("MAG-lassen");
            assertThat(t.occupation().label()).as("ESCO v1.1 occupations are loaded in Dutch").isEqualTo("pijplasser");
            assertThat(t.closes()).extracting(OfferMatches.Label::label).containsExactly("perform metal active gas welding");
        });
        String matches = mine.get("/vaardigheden/profiel/passend").body();
        assertThat(matches).contains("Vacatures die bij u passen", "Pijplasser gezocht", "Lasbedrijf Vonk",
                "Opleidingen die uw ontbrekende vaardigheden leren", "MAG-lassen", "Voor het beroep pijplasser");

        assertThat(web.post(edit + "/publiceren", Map.of("published", "false")).statusCode()).isEqualTo(302);
        assertThat(anonymous.get(V + "/" + id).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_event where entity_type = "
                + "'skill_vacancy' and entity_id = ?").param(String.valueOf(id)).query(String.class).single())
                .isEqualTo("skill-vacancy.create,skill-vacancy.update,skill-vacancy.add-occupation-skills,"
                        + "skill-vacancy.remove-skill,skill-vacancy.add-skill,skill-vacancy.publish,"
                        + "skill-vacancy.unpublish");
        assertThat(web.post(edit + "/verwijderen", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from skill_vacancy_skill where vacancy_id = ?").param(id)
                .query(Integer.class).single()).isZero();
        assertThat(vacancies(company)).isEqualTo(before);

        long trainingId = Long.parseLong(tedit.replaceAll(".*/", ""));
        jdbc.sql("""
                insert into skill_training_skill (training_id, uri, essential, source)
                select ?, uri, true, 'picked' from esco_concept where kind = 'skill' and uri not in (?, ?)
                order by uri limit 49""").params(trainingId, MAG_WELDING, TEAMWORK).update();
        HttpResponse<String> full = teacher.web().post(tedit + "/vaardigheden", Map.of("uri", TEAMWORK));
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.body()).contains("Hoogstens 50 vaardigheden", "href=\"#skill\"");
        assertThat(jdbc.sql("select count(*) from skill_training_skill where training_id = ?").param(trainingId)
                .query(Integer.class).single()).isEqualTo(50);
    }

    private static Map<String, String> form(String title, String place, String municipality, String hours) {
        Map<String, String> form = new HashMap<>();
        form.put("title", title);
        form.put("place", place);
        form.put("municipality", municipality);
        form.put("hours", hours);
        return form;
    }

    private int vacancies(long company) {
        return jdbc.sql("select count(*) from skill_vacancy where company_id = ?").param(company)
                .query(Integer.class).single();
    }

    private String skills(long id) {
        return jdbc.sql("select coalesce(string_agg(uri || ':' || case when essential then 't' else 'f' end || ':' "
                + "|| source, ',' order by uri), '') from skill_vacancy_skill where vacancy_id = ?").param(id)
                .query(String.class).single();
    }
}
