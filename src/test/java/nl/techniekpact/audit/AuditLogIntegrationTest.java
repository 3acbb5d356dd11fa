package nl.techniekpact.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.rounds.ReportingRounds;
import nl.techniekpact.rounds.RoundViews.NewRound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log as the office reads it: events in words, before and after as a comparison, one page at a time, and
 * looking up one pact item finds the rounds that covered it and the steps on its tasks.
 */
@PlatformIntegrationTest
class AuditLogIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    ReportingRounds rounds;
    @Autowired
    JdbcClient jdbc;

    @Test
    void lookingUpOnePactItemFindsItsRoundsAndTheStepsOnItsTasksInWords() {
        var officeUser = users.create(Role.OFFICE, "office");
        var owner = users.create(Role.OWNER, "partner:po-raad"); // owns 2013-A02
        String name = "Audit " + UUID.randomUUID().toString().substring(0, 6);
        var round = rounds.open(accounts.byId(officeUser.id()).orElseThrow(), new NewRound(name, LocalDate.now(),
                LocalDate.now().plusDays(10), 7, List.of("2013-A02"), List.of("TL01")));
        UUID task = jdbc.sql("select id from round_task where round_id = ? and item_id = '2013-A02'").param(round.id())
                .query(UUID.class).single();
        WebSession ownerSession = new WebSession(port);
        ownerSession.login(owner.email(), TestUsers.PASSWORD);
        ownerSession.post("/tasks/" + task, Map.of("version", "0", "step", "submit", "colour", "ON_SCHEDULE",
                "text", "Het loopt volgens plan."));

        WebSession office = new WebSession(port);
        office.login(officeUser.email(), TestUsers.PASSWORD);
        String page = office.get("/office/audit?entity=2013-A02").body();
        assertThat(page).contains("Rapportage ingediend", "Taak in een ronde", "Ronde geopend", "Wat veranderde",
                "state</strong>", "(gewijzigd)", "<del>MISSING</del>", "<ins>SUBMITTED</ins>", "Alle gegevens")
                .doesNotContain(">task.submit<", ">round_task<");
        assertThat(office.get("/office/audit?entity=TL01").body()).as("a region finds its tasks too")
                .contains("Ronde geopend");
        assertThat(office.get("/office/audit?entity=2013-A02&lang=en").body()).contains("Report submitted", "Round opened");

        int all = jdbc.sql("select count(*) from audit_event").query(Integer.class).single();
        assertThat(all).isGreaterThan(50);
        String first = office.get("/office/audit?lang=nl").body();
        assertThat(first).contains(all + " gebeurtenissen", "pagina 1 van ", "page=2");
        String second = office.get("/office/audit?page=2").body();
        assertThat(second).contains("pagina 2 van ", "Vorige");
        assertThat(office.get("/office/audit?page=999999").statusCode()).as("past the end: the last page").isEqualTo(200);
    }
}
