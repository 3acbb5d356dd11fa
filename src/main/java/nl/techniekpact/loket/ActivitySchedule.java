package nl.techniekpact.loket;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.techniekpact.loket.Activities.Activity;
import nl.techniekpact.loket.Activities.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Loket's time-driven work, run every quarter of an hour by every instance: proposals expire (no answer in 14
 * days, or their date passed), held activities close after 30 days, reminders go out 3 days before the date and 7
 * days after it was held while feedback is missing, and new listings are announced to the saved searches they fit.
 * Every step claims its rows in one statement ({@code update … where <not yet done> … returning}, which another
 * instance's concurrent statement waits for and then skips), and sends, records and audits in that statement's
 * transaction: so each happens once, however many instances share the database, and a crash leaves nothing half
 * done. {@link #run(LocalDate)} takes the day, so tests choose it.
 */
@Component
public class ActivitySchedule {

    /** What one run did. */
    public record Summary(int expired, int closed, int remindedBefore, int remindedFeedback, int announced,
                          int searchMails) {
    }

    private final JdbcClient jdbc;
    private final ActivitySteps steps;
    private final SavedSearches searches;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ActivitySchedule(JdbcClient jdbc, ActivitySteps steps, SavedSearches searches, TransactionTemplate transaction,
                     Clock clock) {
        this.jdbc = jdbc;
        this.steps = steps;
        this.searches = searches;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${techniekpact.loket.schedule-cron:0 */15 * * * *}")
    void scheduled() {
        run(LocalDate.now(clock));
    }

    /** Does what is due on {@code today}; each kind of step in a transaction of its own. */
    public Summary run(LocalDate today) {
        int expired = inTransaction(() -> expire(today));
        int closed = inTransaction(() -> close(today));
        int before = inTransaction(() -> remindBefore(today));
        int feedback = inTransaction(() -> remindFeedback(today));
        int announced = inTransaction(searches::announce);
        int mails = inTransaction(() -> searches.sendDigests(today));
        return new Summary(expired, closed, before, feedback, announced, mails);
    }

    private int expire(LocalDate today) {
        String due = "state = 'PROPOSED' and (proposed_on + :answerDays < :today or planned_on < :today)";
        List<Activity> before = due("select id from loket_activity where " + due, today);
        List<Activity> expired = claim("""
                update loket_activity set state = 'EXPIRED', sequence = sequence + 1, lock_version = lock_version + 1,
                       updated_at = now()
                where id = any(:ids) and\s""" + due, before, today);
        expired.forEach(after ->
                steps.scheduled(find(before, after.id()), after, "loket.activity.expire", ActivityMails.Event.EXPIRED));
        return expired.size();
    }

    private int close(LocalDate today) {
        String due = "state = 'HELD' and held_on + :closeDays <= :today";
        List<Activity> before = due("select id from loket_activity where " + due, today);
        List<Activity> closed = claim("""
                update loket_activity set state = 'CLOSED', closed_on = :today, sequence = sequence + 1,
                       lock_version = lock_version + 1, updated_at = now()
                where id = any(:ids) and\s""" + due, before, today);
        closed.forEach(after ->
                steps.scheduled(find(before, after.id()), after, "loket.activity.close", ActivityMails.Event.CLOSED));
        return closed.size();
    }

    private int remindBefore(LocalDate today) {
        String due = """
                state = 'INTRODUCED' and reminded_before_on is null
                and planned_on between :today and :today + :beforeDays""";
        List<Activity> reminded = claim("update loket_activity set reminded_before_on = :today where id = any(:ids) and "
                + due, due("select id from loket_activity where " + due, today), today);
        reminded.forEach(a -> steps.reminded(a, "loket.activity.remind-before", ActivityMails.Event.REMIND_BEFORE,
                EnumSet.allOf(Side.class), today));
        return reminded.size();
    }

    private int remindFeedback(LocalDate today) {
        String due = """
                state = 'HELD' and reminded_feedback_on is null and held_on + :feedbackDays <= :today
                and (school_score is null or company_score is null)""";
        List<Activity> reminded = claim("update loket_activity set reminded_feedback_on = :today where id = any(:ids)"
                + " and " + due, due("select id from loket_activity where " + due, today), today);
        for (Activity a : reminded) {
            Set<Side> missing = EnumSet.noneOf(Side.class);
            for (Side side : Side.values()) {
                if (a.score(side) == null) {
                    missing.add(side);
                }
            }
            steps.reminded(a, "loket.activity.remind-feedback", ActivityMails.Event.REMIND_FEEDBACK, missing, today);
        }
        return reminded.size();
    }

    /** The activities the query finds due (at most 500 a run; the rest come next time), as they are now. */
    private List<Activity> due(String query, LocalDate today) {
        List<Long> ids = sql(query + " order by id limit 500", today).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(Activities.SELECT + " where a.id = any(?) order by a.id").param(ids.toArray(Long[]::new))
                .query(Activities::activity).list();
    }

    /**
     * Runs the claiming update on the due activities; returns those it changed (after the change). An activity
     * another instance claimed first no longer meets the update's condition and is left out.
     */
    private List<Activity> claim(String update, List<Activity> due, LocalDate today) {
        if (due.isEmpty()) {
            return List.of();
        }
        Long[] ids = due.stream().map(Activity::id).toArray(Long[]::new);
        List<Long> claimed = sql(update + " returning id", today).param("ids", ids).query(Long.class).list();
        if (claimed.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(Activities.SELECT + " where a.id = any(?) order by a.id").param(claimed.toArray(Long[]::new))
                .query(Activities::activity).list();
    }

    private JdbcClient.StatementSpec sql(String sql, LocalDate today) {
        return jdbc.sql(sql.replace(":today", "cast(:today as date)")).param("today", today)
                .param("answerDays", ActivityRules.ANSWER_DAYS)
                .param("closeDays", ActivityRules.CLOSE_DAYS).param("beforeDays", ActivityRules.REMIND_BEFORE_DAYS)
                .param("feedbackDays", ActivityRules.REMIND_FEEDBACK_DAYS);
    }

    private static Activity find(List<Activity> activities, long id) {
        return activities.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private int inTransaction(java.util.function.IntSupplier work) {
        Integer done = transaction.execute(status -> work.getAsInt());
        return done == null ? 0 : done;
    }
}
