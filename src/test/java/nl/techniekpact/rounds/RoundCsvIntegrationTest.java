package nl.techniekpact.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.rounds.RoundViews.ActionUpdate;
import nl.techniekpact.rounds.RoundViews.NewRound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The round's CSV in words: headers in the office's language, titles, who reports, statuses, Dutch time. */
@PlatformIntegrationTest
class RoundCsvIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    ReportingRounds rounds;
    @Autowired
    RoundTasks tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRoundCsvSaysInWordsWhoReportsOnWhatAndHowFarItIs() {
        CurrentUser office = accounts.byId(users.create(Role.OFFICE, "office").id()).orElseThrow();
        CurrentUser sbb = accounts.byId(users.create(Role.OWNER, "partner:sbb").id()).orElseThrow();
        var round = rounds.open(office, new NewRound("CSV " + UUID.randomUUID(), LocalDate.now(),
                LocalDate.now().plusDays(10), 7, List.of("2013-A16", "2013-A02"), List.of()));
        var a16 = tasks.tasksOfRound(round.id()).stream().filter(t -> "2013-A16".equals(t.itemId())).findFirst()
                .orElseThrow();
        tasks.submit(sbb, a16.id(), new ActionUpdate("COMPLETED", "Klaar", null, null, List.of(), List.of(),
                List.of()), a16.version());
        OffsetDateTime submittedAt = jdbc.sql("select max(at) from audit_event where entity_id = ? and action = 'task.submit'")
                .param(a16.id().toString()).query(OffsetDateTime.class).single();
        String title = a16.itemLabel();
        assertThat(title).isNotBlank();

        WebSession session = new WebSession(port);
        session.login(users.create(Role.OFFICE, "office").email(), TestUsers.PASSWORD);
        var csv = session.get("/office/rounds/" + round.id() + "?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("ronde-CSV-");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Onderwerp,Titel,Wie rapporteert,Status,"
                + "Laatst ingediend (Nederlandse tijd),Te laat,Kenmerk van de taak");
        String a16Line = lines.stream().filter(l -> l.startsWith("2013-A16,")).findFirst().orElseThrow();
        assertThat(a16Line).contains(title).contains(sbb.email()).contains(",ingediend,")
                .contains(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(submittedAt.atZoneSameInstant(ZoneId.of("Europe/Amsterdam"))))
                .endsWith(",nee," + a16.id());
        String a02Line = lines.stream().filter(l -> l.startsWith("2013-A02,")).findFirst().orElseThrow();
        assertThat(a02Line).as("nobody has submitted yet").contains(",ontbreekt,");

        var english = session.get("/office/rounds/" + round.id() + "?format=csv&lang=en");
        assertThat(english.body().lines().findFirst().orElseThrow()).isEqualTo("Subject,Title,Who reports,Status,"
                + "Last submitted (Dutch time),Overdue,Task reference");
        assertThat(english.body()).contains(",submitted,");
    }
}
