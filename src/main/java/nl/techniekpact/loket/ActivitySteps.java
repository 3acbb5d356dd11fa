package nl.techniekpact.loket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.loket.Activities.Activity;
import nl.techniekpact.loket.Activities.Side;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The steps of an activity once {@link Activities} has checked who takes them: check the form, change the row
 * (guarded by its version), free or take an offer's place, audit before and after, and e-mail the sides. Runs
 * inside the caller's transaction.
 */
@Component
class ActivitySteps {

    private final JdbcClient jdbc;
    private final Audit audit;
    private final ActivityMails mails;
    private final ListingIndex index;

    ActivitySteps(JdbcClient jdbc, Audit audit, ActivityMails mails, ListingIndex index) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.mails = mails;
        this.index = index;
    }

    void proposed(CurrentUser user, Activity a) {
        audit.record(user.actor(), "loket.activity.propose", "loket_activity", String.valueOf(a.id()), null,
                snapshot(a));
        mails.send(ActivityMails.Event.PROPOSED, a, EnumSet.of(a.proposedBy().other()));
    }

    void accept(CurrentUser user, Members.Member member, Activity a, String plannedOn, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = ActivityRules.date(plannedOn, "plannedOn", errors);
        if (date == null && errors.isEmpty()) {
            errors.put("plannedOn", "loket.activity.error.date-required");
        }
        Places listing = places(a.listingId());
        ActivityRules.checkPlanned(date, listing.from(), listing.until(), today, "plannedOn", errors);
        boolean counted = a.onOffer() && listing.capacity() != null;
        if (counted && (listing.left() == null || listing.left() <= 0)) {
            errors.put("plannedOn", "loket.activity.error.full");
        }
        check(errors);
        update(a, """
                state = 'INTRODUCED', planned_on = ?, responder_member_id = ?, introduced_at = now(),
                reminded_before_on = null, sequence = sequence + 1""", date, member.id());
        if (counted) {
            jdbc.sql("""
                    update loket_listing set places_left = places_left - 1, updated_at = now(),
                           lock_version = lock_version + 1
                    where id = ? and places_left > 0""").param(a.offerId()).update();
            index.changed();
        }
        done(user.actor(), "loket.activity.accept", a, ActivityMails.Event.INTRODUCED, EnumSet.allOf(Side.class));
    }

    void decline(CurrentUser user, Activity a, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw InvalidInput.of("reason", "loket.activity.error.reason");
        }
        if (text.length() > Activities.MAX_REASON) {
            throw InvalidInput.of("reason", "loket.error.too-long");
        }
        update(a, "state = 'DECLINED', decline_reason = ?, sequence = sequence + 1", text);
        done(user.actor(), "loket.activity.decline", a, ActivityMails.Event.DECLINED, EnumSet.of(a.proposedBy()));
    }

    void withdraw(CurrentUser user, Activity a) {
        update(a, "state = 'WITHDRAWN', sequence = sequence + 1");
        if ("INTRODUCED".equals(a.state()) && a.onOffer()) {
            int freed = jdbc.sql("""
                    update loket_listing set places_left = places_left + 1, updated_at = now(),
                           lock_version = lock_version + 1
                    where id = ? and capacity is not null and places_left < capacity""").param(a.offerId()).update();
            if (freed > 0) {
                index.changed();
            }
        }
        done(user.actor(), "loket.activity.withdraw", a, ActivityMails.Event.WITHDRAWN,
                EnumSet.of(a.proposedBy().other()));
    }

    void reschedule(CurrentUser user, Side side, Activity a, String plannedOn, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = ActivityRules.date(plannedOn, "plannedOn", errors);
        if (date == null && errors.isEmpty()) {
            errors.put("plannedOn", "loket.activity.error.date-required");
        }
        Places listing = places(a.listingId());
        ActivityRules.checkPlanned(date, listing.from(), listing.until(), today, "plannedOn", errors);
        if (date != null && date.equals(a.plannedOn())) {
            errors.put("plannedOn", "loket.activity.error.same-date");
        }
        check(errors);
        update(a, "planned_on = ?, reminded_before_on = null, sequence = sequence + 1", date);
        done(user.actor(), "loket.activity.reschedule", a, ActivityMails.Event.RESCHEDULED, EnumSet.of(side.other()));
    }

    void markHeld(CurrentUser user, Side side, Activity a, String heldOn, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = ActivityRules.date(heldOn, "heldOn", errors);
        if (date == null && errors.isEmpty()) {
            date = a.plannedOn();
        }
        if (date != null && (date.isAfter(today) || date.isBefore(a.proposedOn()))) {
            errors.put("heldOn", "loket.activity.error.held-on");
        }
        check(errors);
        update(a, "state = 'HELD', held_on = ?, sequence = sequence + 1", date);
        done(user.actor(), "loket.activity.held", a, ActivityMails.Event.HELD, EnumSet.of(side.other()));
    }

    void feedback(CurrentUser user, Side side, Activity a, String score, String text, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer value = ActivityRules.score(score, errors);
        String feedback = text == null ? "" : text.strip();
        if (feedback.length() > Activities.MAX_MESSAGE) {
            errors.put("feedback", "loket.error.too-long");
        }
        check(errors);
        String prefix = side == Side.SCHOOL ? "school" : "company";
        boolean closes = a.score(side.other()) != null;
        update(a, prefix + "_score = ?, " + prefix + "_feedback = ?"
                + (closes ? ", state = 'CLOSED', closed_on = ?, sequence = sequence + 1" : ""),
                closes ? new Object[] {value, feedback, today} : new Object[] {value, feedback});
        done(user.actor(), "loket.activity.feedback", a,
                closes ? ActivityMails.Event.FEEDBACK_CLOSED : ActivityMails.Event.FEEDBACK, EnumSet.of(side.other()));
    }

    /** The schedule's steps: expire, close (both sides are told) — the row is already changed by the claim. */
    void scheduled(Activity before, Activity after, String action, ActivityMails.Event event) {
        audit.record(Actor.system("loket-activities"), action, "loket_activity", String.valueOf(after.id()),
                snapshot(before), snapshot(after));
        mails.send(event, after, EnumSet.allOf(Side.class));
    }

    /** A reminder was claimed for these sides: record and send it. */
    void reminded(Activity a, String action, ActivityMails.Event event, Set<Side> sides, LocalDate today) {
        audit.record(Actor.system("loket-activities"), action, "loket_activity", String.valueOf(a.id()), null,
                Map.of("day", today.toString(), "sides", sides.stream().map(Enum::name).sorted().toList()));
        mails.send(event, a, sides);
    }

    private void done(Actor actor, String action, Activity before, ActivityMails.Event event, Set<Side> to) {
        Activity after = jdbc.sql(Activities.SELECT + " where a.id = ?").param(before.id())
                .query(Activities::activity).single();
        audit.record(actor, action, "loket_activity", String.valueOf(before.id()), snapshot(before), snapshot(after));
        mails.send(event, after, to);
    }

    private void update(Activity a, String set, Object... params) {
        List<Object> all = new ArrayList<>(List.of(params));
        all.add(a.id());
        all.add(a.version());
        int changed = jdbc.sql("update loket_activity set " + set
                        + ", updated_at = now(), lock_version = lock_version + 1 where id = ? and lock_version = ?")
                .params(all).update();
        if (changed == 0) {
            throw new StaleData("loket_activity " + a.id());
        }
    }

    private static void check(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** The listing's period and places, locked so two accepts cannot take the last place twice. */
    private record Places(Integer capacity, Integer left, LocalDate from, LocalDate until) {
    }

    private Places places(long listingId) {
        return jdbc.sql("select capacity, places_left, date_from, date_until from loket_listing where id = ? for update")
                .param(listingId)
                .query((rs, n) -> new Places((Integer) rs.getObject(1), (Integer) rs.getObject(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .single();
    }

    /** What the audit keeps of an activity before and after a step. */
    static Map<String, Object> snapshot(Activity a) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("state", a.state());
        values.put("plannedOn", a.plannedOn() == null ? null : a.plannedOn().toString());
        values.put("heldOn", a.heldOn() == null ? null : a.heldOn().toString());
        values.put("message", a.message());
        values.put("declineReason", a.declineReason());
        values.put("schoolScore", a.schoolScore());
        values.put("schoolFeedback", a.schoolFeedback());
        values.put("companyScore", a.companyScore());
        values.put("companyFeedback", a.companyFeedback());
        values.put("sequence", a.sequence());
        values.put("version", a.version());
        return values;
    }
}
