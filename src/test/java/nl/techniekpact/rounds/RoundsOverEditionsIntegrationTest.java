package nl.techniekpact.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.system.MailOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A round over the pact as it is now, through the office's and the partners' pages: a 2018 theme (the pact names no
 * owner, so the office chooses the partner that reports) and a 2016 goal (its owners report). Opening with nobody
 * to report first lists what nobody can report on; the office invites a partner's staff member, who chooses a
 * password; the round then opens and says whom it e-mailed; the reporters submit, the office approves, and the
 * theme's and the goal's public pages show the status. A next round's form starts from the approved status.
 */
@PlatformIntegrationTest
class RoundsOverEditionsIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailOutbox outbox;

    @Test
    void aRoundOverATheme2018AndAGoal2016FromInvitationToThePublicPages() {
        var officeUser = users.create(Role.OFFICE, "office");
        WebSession office = new WebSession(port);
        office.login(officeUser.email(), TestUsers.PASSWORD);
        // a partner nobody has an account for yet reports on the theme
        String partner = jdbc.sql("""
                        select p.id from partner p where not exists (
                            select 1 from organisation o join app_user u on u.organisation_id = o.id
                            where o.partner_id = p.id) order by p.id limit 1""").query(String.class).single();
        String goalOwner = jdbc.sql("select partner_id from owner where item_id = '2016-G07' order by position limit 1")
                .query(String.class).single();
        var goalReporter = users.create(Role.OWNER, "partner:" + goalOwner);
        String name = "Ronde 2026 " + UUID.randomUUID().toString().substring(0, 6);
        String[] form = {"name", name, "referenceDate", LocalDate.now().toString(),
                "deadline", LocalDate.now().plusDays(21).toString(), "reminderDays", "7",
                "itemIds", "2018-T1", "itemIds", "2016-G07", "reportingPartner.2018-T1", partner};

        var page = office.get("/office/rounds");
        assertThat(page.body()).contains("Editie 2016 (12 doelen)", "Editie 2018 (4 thema", "Alles van editie 2013",
                "2016-G07", "Het pact noemt geen trekker");
        var warned = office.postPairs("/office/rounds", form);
        assertThat(warned.statusCode()).isEqualTo(200);
        assertThat(warned.body()).contains("Niemand kan rapporteren over", "thema 2018-T1: Instroom techniek",
                "Toch openen").doesNotContain("doel 2016-G07");
        assertThat(jdbc.sql("select count(*) from reporting_round where name = ?").param(name).query(Integer.class)
                .single()).as("not opened yet").isZero();

        // the office invites a staff member of the partner, who chooses a password
        String email = "thema-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        office.post("/office/users", Map.of("email", email, "displayName", "Noor Visser", "role", "OWNER",
                "organisationId", "partner:" + partner));
        WebSession themeReporter = new WebSession(port);
        var accepted = themeReporter.post("/password/invitation", Map.of("token", invitationToken(email),
                "password", "Noor-Eigen-2026!", "confirmation", "Noor-Eigen-2026!"));
        assertThat(accepted.headers().firstValue("Location").orElse("")).endsWith("/tasks?welcome");

        var opened = office.postPairs("/office/rounds", form);
        String location = opened.headers().firstValue("Location").orElse("");
        assertThat(location).contains("/office/rounds/").endsWith("?opened");
        var roundPage = office.get(java.net.URI.create(location).getPath() + "?opened").body();
        assertThat(roundPage).contains("Een e-mail is verstuurd aan", email, goalReporter.email(),
                "2018-T1", "Instroom techniek en technologie verhogen", "2016-G07");
        assertThat(roundOpenedMailTo(email)).contains("Beste Noor Visser,", "thema 2018-T1: Instroom techniek",
                "Uiterste datum: " + nl.techniekpact.system.Times.written(LocalDate.now().plusDays(21),
                        java.util.Locale.of("nl")));

        // the theme's reporter sees only the theme; the goal's reporter only the goal
        String themeTask = taskId(themeReporter.get("/tasks").body(), "2018-T1");
        assertThat(themeReporter.get("/tasks").body()).doesNotContain("2016-G07");
        WebSession goalSession = new WebSession(port);
        goalSession.login(goalReporter.email(), TestUsers.PASSWORD);
        String goalTask = taskId(goalSession.get("/tasks").body(), "2016-G07");
        assertThat(themeReporter.get("/tasks/" + goalTask).statusCode()).isEqualTo(403);

        // check your answers: checked as a submission, kept as a draft, submitted from the check page
        var incomplete = themeReporter.post("/tasks/" + themeTask, Map.of("version", version(themeTask), "step", "check",
                "colour", "DELAYED", "text", "Tussenstand van het thema: meer instroom in het vmbo."));
        assertThat(incomplete.body()).contains("Er is een probleem", "Bij vertraagd is een reden verplicht.");
        assertThat(version(themeTask)).as("nothing kept").isEqualTo("0");
        var checked = themeReporter.post("/tasks/" + themeTask, Map.of("version", version(themeTask), "step", "check",
                "colour", "ON_SCHEDULE", "text", "Tussenstand van het thema: meer instroom in het vmbo."));
        assertThat(checked.headers().firstValue("Location").orElse("")).endsWith("/tasks/" + themeTask + "/check");
        assertThat(themeReporter.get("/tasks/" + themeTask + "/check").body()).contains("Controleer uw rapportage",
                "Tussenstand van het thema: meer instroom in het vmbo.", "Indienen bij het programmabureau");
        assertThat(themeReporter.post("/tasks/" + themeTask + "/check", Map.of("version", "0")).headers()
                .firstValue("Location").orElse("")).as("a stale check page").endsWith("?stale");
        assertThat(themeReporter.post("/tasks/" + themeTask + "/check", Map.of("version", version(themeTask)))
                .headers().firstValue("Location").orElse("")).endsWith("/tasks?submitted");
        submit(goalSession, goalTask, "Stand van het doel: de regionale netwerken zijn gestart.");
        for (String task : new String[] {themeTask, goalTask}) {
            var approved = office.post("/office/tasks/" + task + "/approve", Map.of("version", version(task)));
            assertThat(approved.headers().firstValue("Location").orElse("")).endsWith("?approved");
        }
        WebSession visitor = new WebSession(port);
        assertThat(visitor.get("/themes/2018-T1").body()).contains("Stand van zaken door de tijd",
                "Tussenstand van het thema: meer instroom in het vmbo.", "op schema");
        assertThat(visitor.get("/themes/2018-T1").body()).as("the source in words, with the approval date")
                .contains("rapportageronde " + name, "goedgekeurd op " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.of("nl", "NL"))
                        .format(LocalDate.now(nl.techniekpact.system.Times.NETHERLANDS))).doesNotContain("reporting round");
        assertThat(visitor.get("/actions/2013-A01").body())
                .contains("Bijlage 1 — De stand van zaken per maatregel van het Techniekpact (2014)").doesNotContain("seed 00");
        assertThat(visitor.get("/goals/2016-G07").body()).contains("Stand van zaken door de tijd",
                "Stand van het doel: de regionale netwerken zijn gestart.");

        // the next round starts from the approved status
        var next = office.postPairs("/office/rounds", "name", name + " vervolg", "referenceDate",
                LocalDate.now().toString(), "deadline", LocalDate.now().plusDays(30).toString(), "reminderDays", "7",
                "itemIds", "2016-G07", "confirm", "true");
        assertThat(next.statusCode()).isEqualTo(302);
        String nextTask = jdbc.sql("""
                        select t.id::text from round_task t join reporting_round r on r.id = t.round_id
                        where r.name = ? and t.item_id = '2016-G07'""").param(name + " vervolg").query(String.class).single();
        assertThat(goalSession.get("/tasks/" + nextTask).body())
                .as("pre-filled with the approved text").contains("Stand van het doel: de regionale netwerken zijn gestart.");

        // rows are added and removed without JavaScript; what was typed is kept as a draft
        var more = goalSession.post("/tasks/" + nextTask, Map.of("version", version(nextTask), "step", "rows-milestones",
                "text", "Verder", "milestones[0].text", "Eerste mijlpaal", "milestones[0].due", "2027"));
        assertThat(more.headers().firstValue("Location").orElse("")).endsWith("/tasks/" + nextTask + "?rows=milestones");
        String withRows = goalSession.get("/tasks/" + nextTask + "?rows=milestones").body();
        assertThat(withRows).contains("value=\"Eerste mijlpaal\"", "name=\"milestones[4].text\"",
                "Deze mijlpaal verwijderen").doesNotContain("name=\"milestones[5].text\"");
        goalSession.post("/tasks/" + nextTask, Map.of("version", version(nextTask), "step", "draft", "text", "Verder",
                "milestones[0].text", "Eerste mijlpaal", "milestones[0].remove", "true"));
        assertThat(jdbc.sql("""
                        select content->'milestones' from round_task_version where task_id = ?::uuid
                        order by seq desc limit 1""").param(nextTask).query(String.class).single())
                .as("the ticked row is removed").isEqualTo("[]");
    }

    private void submit(WebSession reporter, String task, String text) {
        var response = reporter.post("/tasks/" + task, Map.of("version", version(task), "step", "submit",
                "colour", "ON_SCHEDULE", "text", text));
        assertThat(response.headers().firstValue("Location").orElse("")).as(response.body()).endsWith("/tasks?submitted");
    }

    private String version(String task) {
        return jdbc.sql("select lock_version::text from round_task where id = ?::uuid").param(task)
                .query(String.class).single();
    }

    private static String taskId(String tasksPage, String itemId) {
        Matcher m = Pattern.compile("/tasks/([0-9a-f-]{36})\"[^>]*>" + Pattern.quote(itemId) + "<").matcher(tasksPage);
        assertThat(m.find()).as("a task for " + itemId + " in " + tasksPage).isTrue();
        return m.group(1);
    }

    private String invitationToken(String email) {
        Matcher found = Pattern.compile("/password/invitation\\?token=([A-Za-z0-9_-]+)")
                .matcher(new nl.techniekpact.Mails(greenMail, outbox).text(email, "Uitnodiging"));
        assertThat(found.find()).as("an invitation for " + email).isTrue();
        return found.group(1);
    }

    private String roundOpenedMailTo(String email) {
        return new nl.techniekpact.Mails(greenMail, outbox).text(email, "Techniekpact: rapportageronde");
    }
}
