package nl.techniekpact.rounds;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Permissions;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.rounds.RoundViews.Task;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.system.MailOutbox;
import nl.techniekpact.system.MailProperties;
import nl.techniekpact.system.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme office hears of submitted updates: an e-mail per submission, one digest a day, or nothing — each
 * office member chooses ({@link Mode}; without a choice, the daily digest). Each submission is in exactly one
 * digest per person: the digest claims the period it reports on under a row lock, so several instances send it once.
 */
@Service
public class OfficeNotifications {

    /** How an office member hears of submissions. */
    public enum Mode { EACH, DAILY, NONE }

    /** A digest sent less than this long ago is not sent again (a second instance, a restart in the same hour). */
    static final Duration MIN_DIGEST_GAP = Duration.ofHours(20);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Permissions permissions;
    private final MailOutbox outbox;
    private final MailProperties mail;
    private final RoundTasks tasks;
    private final Audit audit;
    private final Clock clock;

    OfficeNotifications(JdbcClient jdbc, Accounts accounts, Permissions permissions, MailOutbox outbox,
                        MailProperties mail, RoundTasks tasks, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.permissions = permissions;
        this.outbox = outbox;
        this.mail = mail;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    public Mode mode(CurrentUser user) {
        return jdbc.sql("select mode from office_notification where user_id = ?").param(user.id())
                .query(String.class).optional().map(Mode::valueOf).orElse(Mode.DAILY);
    }

    @Transactional
    public void choose(CurrentUser user, String mode) {
        if (!permissions.isOffice(user)) {
            throw new Forbidden("choose office notifications");
        }
        Mode chosen;
        try {
            chosen = Mode.valueOf(mode == null ? "" : mode);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("mode", "notifications.mode.required");
        }
        Mode before = mode(user);
        jdbc.sql("""
                        insert into office_notification (user_id, mode) values (?, ?)
                        on conflict (user_id) do update set mode = excluded.mode""")
                .params(user.id(), chosen.name()).update();
        audit.record(user.actor(), "notifications.choose", "user", user.id().toString(),
                Map.of("mode", before.name()), Map.of("mode", chosen.name()));
    }

    /** In the submission's transaction: an e-mail to each office member who wants one per submission. */
    @org.springframework.context.event.EventListener
    void submitted(RoundTasks.Submitted event) {
        Task task = tasks.existing(event.taskId());
        CurrentUser reporter = event.reporter();
        List<UUID> each = jdbc.sql("select user_id from office_notification where mode = 'EACH'").query(UUID.class).list();
        for (Accounts.Person office : accounts.enabledWithRole(Role.OFFICE)) {
            if (!each.contains(office.id())) {
                continue;
            }
            outbox.enqueue(office.email(), "Techniekpact: rapportage ingediend — " + TaskSubjects.of(task), """
                    Beste %s,

                    %s heeft voor de ronde "%s" een rapportage ingediend:
                    %s

                    Beoordelen: %s/office/tasks/%s

                    U krijgt dit bericht bij elke indiening. Eén overzicht per dag, of geen bericht, kiest u op
                    %s/office

                    --
                    Dear %s, %s submitted a report in the round "%s" for the item above; review it at the link.
                    """.formatted(office.displayName(), reporter.displayName(), task.roundName(), TaskSubjects.of(task),
                    mail.baseUrl(), task.id(), mail.baseUrl(), office.displayName(), reporter.displayName(),
                    task.roundName()));
        }
    }

    @Scheduled(cron = "${techniekpact.rounds.digest-cron:0 30 7 * * *}", zone = "Europe/Amsterdam")
    void daily() {
        sendDigests();
    }

    /**
     * Sends each office member who chose the daily digest (or chose nothing) one e-mail with the updates submitted
     * since their last digest (at most a day back the first time); nothing when there were none. Returns how many
     * digests were sent.
     */
    @Transactional
    public int sendDigests() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int sent = 0;
        for (Accounts.Person office : accounts.enabledWithRole(Role.OFFICE)) {
            jdbc.sql("insert into office_notification (user_id) values (?) on conflict do nothing").param(office.id())
                    .update();
            var row = jdbc.sql("select mode, digest_until from office_notification where user_id = ? for update")
                    .param(office.id())
                    .query((rs, n) -> Map.entry(rs.getString(1), java.util.Optional.ofNullable(
                            rs.getObject(2, OffsetDateTime.class))))
                    .single();
            OffsetDateTime since = row.getValue().orElse(now.minusDays(1));
            if (!Mode.DAILY.name().equals(row.getKey()) || since.isAfter(now.minus(MIN_DIGEST_GAP))) {
                continue;
            }
            jdbc.sql("update office_notification set digest_until = ? where user_id = ?").params(now, office.id())
                    .update();
            List<Task> submitted = tasks.submittedBetween(since, now);
            if (submitted.isEmpty()) {
                continue;
            }
            StringBuilder lines = new StringBuilder();
            for (Task task : submitted) {
                lines.append("- ").append(TaskSubjects.of(task)).append(" (ronde ").append(task.roundName())
                        .append(")\n  ").append(mail.baseUrl()).append("/office/tasks/").append(task.id()).append('\n');
            }
            outbox.enqueue(office.email(), "Techniekpact: " + submitted.size() + " rapportage(s) ingediend", """
                    Beste %s,

                    Sinds %s zijn deze rapportages ingediend en wachten op beoordeling:

                    %s
                    Alles wat op beoordeling wacht: %s/office

                    --
                    Dear %s, the reports above were submitted since %s and wait for review.
                    """.formatted(office.displayName(), Times.written(since, Locale.of("nl")), lines, mail.baseUrl(),
                    office.displayName(), Times.written(since, Locale.ENGLISH)));
            sent++;
        }
        return sent;
    }
}
