package nl.techniekpact.loket;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.loket.matching.ActivityType;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities agreed between a school and a company. A confirmed member of one side proposes one on a published
 * listing of the other (a school on an offer, a company on a request); the other side accepts it with a date, which
 * introduces them (both see the other's contact details from then on) and takes a place of the offer, or declines
 * it with a reason; the proposer may withdraw it until it is held. Once held, each side gives feedback once; with
 * both it is closed. Without an answer in 14 days, or when its date passes first, a proposal expires, and 30 days
 * after it was held an activity closes ({@link ActivitySchedule}). Each step is audited, e-mailed to the other
 * side, bumps the version (optimistic locking) and, where state or date changes, the calendar sequence.
 */
@Service
public class Activities {

    /** The two sides of an activity. */
    public enum Side { SCHOOL, COMPANY;

        public Side other() {
            return this == SCHOOL ? COMPANY : SCHOOL;
        }
    }

    /** What a side may do with an activity in its current state. */
    public enum Action { ACCEPT, DECLINE, WITHDRAW, RESCHEDULE, MARK_HELD, FEEDBACK }

    static final Set<String> INTRODUCED_OR_LATER = Set.of("INTRODUCED", "HELD", "CLOSED");
    static final int MAX_MESSAGE = 2000;
    static final int MAX_REASON = 1000;

    /** One activity as its two sides see it (the contact details come separately, see {@link View}). */
    public record Activity(long id, UUID uid, Long offerId, Long requestId, long schoolId, String schoolName,
                           long companyId, String companyName, String listingTitle, ActivityType type,
                           Side proposedBy, String message, String state, String declineReason,
                           LocalDate proposedOn, LocalDate plannedOn, LocalDate heldOn, Integer schoolScore,
                           String schoolFeedback, Integer companyScore, String companyFeedback,
                           OffsetDateTime updatedAt, int sequence, int version, Long proposerMemberId,
                           Long responderMemberId) {

        public boolean introduced() {
            return INTRODUCED_OR_LATER.contains(state);
        }

        public boolean onOffer() {
            return offerId != null;
        }

        public long listingId() {
            return offerId != null ? offerId : requestId;
        }

        public String partyName(Side side) {
            return side == Side.SCHOOL ? schoolName : companyName;
        }

        public Integer score(Side side) {
            return side == Side.SCHOOL ? schoolScore : companyScore;
        }
    }

    /** A person to contact about an activity: shown to both sides only once they are introduced. */
    public record Contact(Side side, String organisation, String name, String email, String phone) {
    }

    /** An activity for one of its sides: what that side may do now, and the contacts when introduced. */
    public record View(Activity activity, Side mySide, Set<Action> actions, List<Contact> contacts) {

        /** Whether this side may take the step now (for pages: {@code view.may('ACCEPT')}). */
        public boolean may(String action) {
            return actions.stream().anyMatch(a -> a.name().equals(action));
        }
    }

    static final String SELECT = """
            select a.id, a.uid, a.offer_id, a.request_id, a.school_id, s.name as school_name, a.company_id,
                   c.name as company_name, l.title, a.activity_type, a.proposed_by, a.message, a.state,
                   a.decline_reason, a.proposed_on, a.planned_on, a.held_on, a.school_score, a.school_feedback,
                   a.company_score, a.company_feedback, a.updated_at, a.sequence, a.lock_version,
                   a.proposer_member_id, a.responder_member_id
            from loket_activity a join loket_school s on s.id = a.school_id
                 join loket_company c on c.id = a.company_id
                 join loket_listing l on l.id = coalesce(a.offer_id, a.request_id)""";

    private final JdbcClient jdbc;
    private final Members members;
    private final Listings listings;
    private final ActivitySteps steps;
    private final Clock clock;

    Activities(JdbcClient jdbc, Members members, Listings listings, ActivitySteps steps, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.listings = listings;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * Proposes an activity on the published listing {@code listingId} of the other side, with a message (at most
     * 2000 characters) and optionally a date ({@code yyyy-mm-dd}, not past, in the listing's period).
     *
     * @throws Forbidden    when the user is no confirmed member (of an active company), or the listing is not a
     *                      published one of the other side
     * @throws InvalidInput with every problem by field ({@code message}, {@code plannedOn})
     */
    @Transactional
    public long propose(CurrentUser user, long listingId, String message, String plannedOn) {
        Members.Member member = listings.actingMember(user);
        Listings.Listing listing = listings.publicListing(listingId)
                .filter(l -> l.isOffer() == member.isSchool())
                .orElseThrow(() -> new Forbidden("propose an activity on listing " + listingId));
        Map<String, String> errors = new LinkedHashMap<>();
        String text = message == null ? "" : message.strip();
        if (text.length() > MAX_MESSAGE) {
            errors.put("message", "loket.error.too-long");
        }
        LocalDate date = ActivityRules.date(plannedOn, "plannedOn", errors);
        ActivityRules.checkPlanned(date, listing.from(), listing.until(), today(), "plannedOn", errors);
        long schoolId = member.isSchool() ? member.schoolId() : listing.schoolId();
        long companyId = member.isSchool() ? listing.companyId() : member.companyId();
        boolean open = jdbc.sql("""
                        select exists (select 1 from loket_activity where coalesce(offer_id, request_id) = ?
                                       and school_id = ? and company_id = ? and state in ('PROPOSED', 'INTRODUCED'))""")
                .params(listingId, schoolId, companyId).query(Boolean.class).single();
        if (open) {
            errors.put("message", "loket.activity.error.open");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Side side = member.isSchool() ? Side.SCHOOL : Side.COMPANY;
        long id = jdbc.sql("""
                        insert into loket_activity (uid, offer_id, request_id, school_id, company_id, activity_type,
                                                    proposed_by, message, state, planned_on, proposed_on,
                                                    proposer_member_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?) returning id""")
                .params(UUID.randomUUID(), listing.isOffer() ? listingId : null, listing.isOffer() ? null : listingId,
                        schoolId, companyId, listing.type().name(), side.name(), text, date, today(), member.id())
                .query(Long.class).single();
        steps.proposed(user, byId(id).orElseThrow());
        return id;
    }

    /** The other side accepts a proposal with a date; this introduces both sides. */
    @Transactional
    public void accept(CurrentUser user, long id, String plannedOn, int version) {
        Party party = party(user, id, Action.ACCEPT, version);
        steps.accept(user, party.member(), party.activity(), plannedOn, today());
    }

    /** The other side declines a proposal, with a reason (required, at most 1000 characters). */
    @Transactional
    public void decline(CurrentUser user, long id, String reason, int version) {
        Party party = party(user, id, Action.DECLINE, version);
        steps.decline(user, party.activity(), reason);
    }

    /** The proposing side withdraws, before the activity is held; an accepted place of an offer is freed. */
    @Transactional
    public void withdraw(CurrentUser user, long id, int version) {
        Party party = party(user, id, Action.WITHDRAW, version);
        steps.withdraw(user, party.activity());
    }

    /** Either side moves the date of an introduced activity. */
    @Transactional
    public void reschedule(CurrentUser user, long id, String plannedOn, int version) {
        Party party = party(user, id, Action.RESCHEDULE, version);
        steps.reschedule(user, party.side(), party.activity(), plannedOn, today());
    }

    /** Either side records that the activity was held (on or after its date), on {@code heldOn} (default: its date). */
    @Transactional
    public void markHeld(CurrentUser user, long id, String heldOn, int version) {
        Party party = party(user, id, Action.MARK_HELD, version);
        steps.markHeld(user, party.side(), party.activity(), heldOn, today());
    }

    /** Each side once: a score of 1 to 5 and a text (at most 2000 characters); with both, the activity closes. */
    @Transactional
    public void feedback(CurrentUser user, long id, String score, String text, int version) {
        Party party = party(user, id, Action.FEEDBACK, version);
        steps.feedback(user, party.side(), party.activity(), score, text, today());
    }

    /** The activities of the user's own school or company, newest change first. */
    public List<Activity> mine(CurrentUser user) {
        Members.Member member = members.confirmed(user);
        return jdbc.sql(SELECT + " where a.school_id = ? or a.company_id = ? order by a.updated_at desc limit 500")
                .params(member.isSchool() ? member.schoolId() : -1L, member.isSchool() ? -1L : member.companyId())
                .query(Activities::activity).list();
    }

    /** One activity for a confirmed member of one of its sides; empty for anybody else. */
    public Optional<View> view(CurrentUser user, long id) {
        Optional<Members.Member> member = members.of(user).filter(Members.Member::confirmed);
        Optional<Activity> activity = byId(id);
        if (member.isEmpty() || activity.isEmpty() || sideOf(member.get(), activity.get()) == null) {
            return Optional.empty();
        }
        Activity a = activity.get();
        Side side = sideOf(member.get(), a);
        Set<Action> actions = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (ActivityRules.allowedFor(action, side, a) && ActivityRules.allowedNow(action, side, a, today())) {
                actions.add(action);
            }
        }
        return Optional.of(new View(a, side, actions, a.introduced() ? contacts(a) : List.of()));
    }

    /** Whether the user may propose an activity on this (public) listing: a confirmed member of the other side. */
    public boolean canPropose(CurrentUser user, Listings.Listing listing) {
        if (user == null || !listing.published()) {
            return false;
        }
        try {
            return listings.actingMember(user).isSchool() == listing.isOffer();
        } catch (Forbidden e) {
            return false;
        }
    }

    Optional<Activity> byId(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Activities::activity).optional();
    }

    private record Party(Members.Member member, Side side, Activity activity) {
    }

    /**
     * The user's side of the activity, when that side may take {@code action} at all (else Forbidden, also for
     * anybody who is not a confirmed member of one of its sides); then the version (else StaleData) and then
     * whether the state allows it now (else InvalidInput).
     */
    private Party party(CurrentUser user, long id, Action action, int version) {
        Members.Member member = listings.actingMember(user);
        Activity activity = jdbc.sql(SELECT + " where a.id = ? for update of a").param(id)
                .query(Activities::activity).optional()
                .orElseThrow(() -> new Forbidden("act on activity " + id));
        Side side = sideOf(member, activity);
        if (side == null || !ActivityRules.allowedFor(action, side, activity)) {
            throw new Forbidden(action + " activity " + id);
        }
        if (activity.version() != version) {
            throw new nl.techniekpact.shared.StaleData("loket_activity " + id);
        }
        if (!ActivityRules.allowedNow(action, side, activity, today())) {
            throw InvalidInput.of(action == Action.MARK_HELD ? "heldOn" : "state",
                    action == Action.MARK_HELD && "INTRODUCED".equals(activity.state())
                            ? "loket.activity.error.not-yet" : "loket.activity.error.state");
        }
        return new Party(member, side, activity);
    }

    private static Side sideOf(Members.Member member, Activity activity) {
        if (member.isSchool()) {
            return member.schoolId() == activity.schoolId() ? Side.SCHOOL : null;
        }
        return member.companyId() == activity.companyId() ? Side.COMPANY : null;
    }

    private List<Contact> contacts(Activity a) {
        List<Contact> contacts = new ArrayList<>();
        for (Long memberId : new Long[] {a.proposerMemberId(), a.responderMemberId()}) {
            if (memberId == null) {
                continue;
            }
            jdbc.sql("select school_id, name, email, phone from loket_member where id = ?").param(memberId)
                    .query((rs, n) -> {
                        Side side = rs.getObject("school_id") != null ? Side.SCHOOL : Side.COMPANY;
                        return new Contact(side, a.partyName(side), rs.getString("name"), rs.getString("email"),
                                rs.getString("phone"));
                    }).optional().ifPresent(contacts::add);
        }
        return contacts;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static Activity activity(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Activity(rs.getLong("id"), rs.getObject("uid", UUID.class), (Long) rs.getObject("offer_id"),
                (Long) rs.getObject("request_id"), rs.getLong("school_id"), rs.getString("school_name"),
                rs.getLong("company_id"), rs.getString("company_name"), rs.getString("title"),
                ActivityType.valueOf(rs.getString("activity_type")), Side.valueOf(rs.getString("proposed_by")),
                rs.getString("message"), rs.getString("state"), rs.getString("decline_reason"),
                rs.getObject("proposed_on", LocalDate.class), rs.getObject("planned_on", LocalDate.class),
                rs.getObject("held_on", LocalDate.class), (Integer) rs.getObject("school_score"),
                rs.getString("school_feedback"), (Integer) rs.getObject("company_score"),
                rs.getString("company_feedback"), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("sequence"), rs.getInt("lock_version"), (Long) rs.getObject("proposer_member_id"),
                (Long) rs.getObject("responder_member_id"));
    }
}
