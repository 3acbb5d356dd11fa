package nl.techniekpact.rounds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.rounds.RoundViews.Task;
import nl.techniekpact.rounds.RoundViews.TaskState;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once per round, {@code reminderDays} before its deadline, everyone who has not submitted yet gets a reminder.
 * Runs every morning; {@link #remind(LocalDate)} can be called for a given day.
 */
@Component
public class RoundReminders {

    private final ReportingRounds rounds;
    private final RoundTasks tasks;
    private final RoundMails mails;
    private final Audit audit;
    private final Clock clock;

    RoundReminders(ReportingRounds rounds, RoundTasks tasks, RoundMails mails, Audit audit, Clock clock) {
        this.rounds = rounds;
        this.tasks = tasks;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** Transactional itself: {@link #remind} called from here is not proxied (the reminders and their claim commit together). */
    @Scheduled(cron = "${techniekpact.rounds.reminder-cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
    @Transactional
    void daily() {
        remind(LocalDate.now(clock));
    }

    /** Sends the reminders due on {@code today}; returns how many tasks were reminded. */
    @Transactional
    public int remind(LocalDate today) {
        int reminded = 0;
        for (var round : rounds.dueForReminder(today)) {
            if (!rounds.claimReminder(round.id(), today)) {
                continue; // another instance sends this round's reminders
            }
            List<Task> due = tasks.tasksOfRound(round.id()).stream()
                    .filter(task -> task.state().editable())
                    .toList();
            Map<UUID, List<nl.techniekpact.accounts.Accounts.Member>> reporters = mails.reporters(due.stream().map(RoundMails.Scope::of).toList());
            for (Task task : due) {
                mails.reminder(reporters.get(task.id()), task.id(), round.name(), round.deadline(),
                        TaskSubjects.of(task));
                reminded++;
            }
            audit.record(Actor.system("reminders"), "round.remind", "round", round.id().toString(), null,
                    Map.of("day", today.toString(), "tasks", reminded));
        }
        return reminded;
    }
}
