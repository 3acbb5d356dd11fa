package nl.techniekpact.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.rounds.RoundViews.ActionUpdate;
import nl.techniekpact.rounds.RoundViews.NewRound;
import nl.techniekpact.system.MailOutbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reminders before the deadline to those who have not submitted, and the audit trail of a round. */
@PlatformIntegrationTest
class RemindersAndAuditIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

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
    RoundReminders reminders;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void remindsOnlyThoseWhoHaveNotSubmittedOnceOnTheConfiguredDay() throws Exception {
        CurrentUser office = user(Role.OFFICE, "office");
        CurrentUser poRaad = user(Role.OWNER, "partner:po-raad");
        CurrentUser szw = user(Role.OWNER, "partner:szw");
        LocalDate today = LocalDate.now();
        var round = rounds.open(office, new NewRound("Herinnering " + UUID.randomUUID(), today, today.plusDays(10), 3,
                List.of("2013-A02", "2013-A21"), List.of()));
        var a02 = tasks.tasksOfRound(round.id()).stream().filter(t -> t.itemId().equals("2013-A02")).findFirst()
                .orElseThrow();
        tasks.submit(poRaad, a02.id(), new ActionUpdate("ON_SCHEDULE", "Op schema", null, null, List.of(), List.of(),
                List.of()), a02.version());

        // other tests' rounds share the database: count this round's reminders only
        reminders.remind(today.plusDays(6));
        assertThat(remindersOf(round.id())).as("too early: 4 days before the deadline").isZero();
        assertThat(reminders.remind(today.plusDays(7))).isPositive();
        assertThat(remindersOf(round.id())).isEqualTo(1);
        reminders.remind(today.plusDays(8));
        assertThat(remindersOf(round.id())).as("once per round").isEqualTo(1);
        outbox.sendPending();
        greenMail.waitForIncomingEmail(5_000, 1);
        List<String> reminded = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (m.getSubject().startsWith("Herinnering") && m.getSubject().contains(round.name())) {
                reminded.add(m.getAllRecipients()[0].toString());
            }
        }
        assertThat(reminded).contains(szw.email()).doesNotContain(poRaad.email());
    }

    private int remindersOf(UUID roundId) {
        return jdbc.sql("select count(*) from audit_event where action = 'round.remind' and entity_id = ?")
                .param(roundId.toString()).query(Integer.class).single();
    }

    @Test
    void everyStepIsAuditedWithBeforeAndAfterAndTheLogCannotBeChanged() {
        CurrentUser office = user(Role.OFFICE, "office");
        CurrentUser sbb = user(Role.OWNER, "partner:sbb");
        var round = rounds.open(office, new NewRound("Audit " + UUID.randomUUID(), LocalDate.now(),
                LocalDate.now().plusDays(10), 7, List.of("2013-A16"), List.of()));
        var task = tasks.tasksOfRound(round.id()).get(0);
        tasks.saveDraft(sbb, task.id(), new ActionUpdate("COMPLETED", "Concept", null, null, List.of(), List.of(),
                List.of()), 0);
        tasks.submit(sbb, task.id(), new ActionUpdate("COMPLETED", "Definitief", null, null, List.of(), List.of(),
                List.of()), 1);
        tasks.approve(office, task.id(), 2);

        List<String> steps = jdbc.sql("""
                        select action || ' by ' || actor_email from audit_event
                        where entity_id = ? or entity_id = ? order by id""")
                .params(task.id().toString(), round.id().toString()).query(String.class).list();
        assertThat(steps).containsExactly("round.open by " + office.email(), "task.draft by " + sbb.email(),
                "task.submit by " + sbb.email(), "task.approve by " + office.email());
        String after = jdbc.sql("""
                        select after::text from audit_event where entity_id = ? and action = 'task.submit'""")
                .param(task.id().toString()).query(String.class).single();
        assertThat(after).contains("Definitief");
        assertThat(jdbc.sql("""
                        select before::text from audit_event where entity_id = ? and action = 'task.submit'""")
                .param(task.id().toString()).query(String.class).single()).contains("DRAFT");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'status.publish' and entity_id like '2013-A16/%'")
                .query(Integer.class).single()).isPositive();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_email = 'iemand' where entity_id = ?")
                .param(task.id().toString()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where entity_id = ?")
                .param(task.id().toString()).update()).hasMessageContaining("append-only");

        WebSession session = new WebSession(port);
        var officeUser = users.create(Role.OFFICE, "office");
        session.login(officeUser.email(), TestUsers.PASSWORD);
        String page = session.get("/office/audit?type=round_task&entity=" + task.id()).body();
        assertThat(page).contains("Rapportage goedgekeurd", "Rapportage ingediend", sbb.email());
        java.time.OffsetDateTime approvedAt = jdbc.sql("select at from audit_event where entity_id = ? and action = 'task.approve'")
                .param(task.id().toString()).query(java.time.OffsetDateTime.class).single();
        java.time.ZonedDateTime dutch = approvedAt.atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"));
        assertThat(page).as("the log in Dutch time, labelled in its column")
                .contains("Wanneer (Nederlandse tijd)")
                .contains(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(dutch));
        String taskPage = session.get("/office/tasks/" + task.id()).body();
        assertThat(taskPage).as("the task's history in Dutch time, labelled")
                .contains(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(dutch) + " (Nederlandse tijd)");
        var csv = session.get("/office/audit?type=round_task&entity=" + task.id() + "&format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isGreaterThanOrEqualTo(4);
        assertThat(csv.body()).as("the export in Dutch time too, with its offset")
                .contains(dutch.toOffsetDateTime().toString());
        assertThat(session.get("/office/audit?from=gisteren").body()).contains("jaar-maand of datum");
    }

    private CurrentUser user(Role role, String organisation) {
        return accounts.byId(users.create(role, organisation).id()).orElseThrow();
    }
}
