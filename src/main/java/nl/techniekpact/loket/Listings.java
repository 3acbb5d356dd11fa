package nl.techniekpact.loket;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.loket.matching.ActivityType;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.loket.matching.Venue;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers (a company's) and requests (a school's): written as a draft, published, changed, withdrawn by their own
 * school or company; hidden by the programme office. Published listings of active parties are public, without
 * any contact details. Every change is audited and bumps the listing's version (optimistic locking).
 */
@Service
public class Listings {

    /** One offer or request as its own party and the public see it (never with contact details). */
    public record Listing(long id, String side, Long companyId, Long schoolId, String partyName, String place,
                          String title, ActivityType type, Set<Level> levels, Set<String> subjects,
                          Set<String> themes, Set<Venue> venues, LocalDate from, LocalDate until,
                          Integer durationMinutes, Integer capacity, Integer placesLeft, int travelKm,
                          String description, String state, String hiddenReason, OffsetDateTime updatedAt,
                          int version) {

        public boolean isOffer() {
            return "OFFER".equals(side);
        }

        public boolean published() {
            return "PUBLISHED".equals(state);
        }
    }

    /** What a form sends; texts as typed, checked by {@link ListingForms}. */
    public record Form(String title, String type, List<String> levels, List<String> subjects, List<String> themes,
                       List<String> venues, String from, String until, String durationMinutes, String capacity,
                       String placesLeft, String travelKm, String description) {
    }

    static final String SELECT = """
            select l.id, l.side, l.company_id, l.school_id, coalesce(c.name, s.name) as party,
                   coalesce(c.place, s.place) as place, l.title, l.activity_type, l.levels, l.subjects, l.themes,
                   l.venues, l.date_from, l.date_until, l.duration_minutes, l.capacity, l.places_left, l.travel_km,
                   l.description, l.state, l.hidden_reason, l.updated_at, l.lock_version
            from loket_listing l left join loket_company c on c.id = l.company_id
                 left join loket_school s on s.id = l.school_id""";

    /** A listing the public may see: published, not hidden, its company not blocked or pending. */
    static final String PUBLIC = " l.state = 'PUBLISHED' and (l.company_id is null or c.state = 'ACTIVE')";

    private final JdbcClient jdbc;
    private final Members members;
    private final Companies companies;
    private final Audit audit;
    private final ListingIndex index;

    Listings(JdbcClient jdbc, Members members, Companies companies, Audit audit, ListingIndex index) {
        this.jdbc = jdbc;
        this.members = members;
        this.companies = companies;
        this.audit = audit;
        this.index = index;
    }

    /** A published listing, for everyone. */
    public Optional<Listing> publicListing(long id) {
        return jdbc.sql(SELECT + " where l.id = ? and" + PUBLIC).param(id).query(Listings::listing).optional();
    }

    /** A listing as its own party sees it (drafts too); empty for anyone else. */
    public Optional<Listing> own(CurrentUser user, long id) {
        Optional<Members.Member> member = members.of(user).filter(Members.Member::confirmed);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where l.id = ? and (l.company_id = ? or l.school_id = ?)")
                .params(id, member.get().companyId(), member.get().schoolId()).query(Listings::listing).optional();
    }

    /** The listings of the user's own school or company, newest first. */
    public List<Listing> mine(CurrentUser user) {
        Members.Member member = members.confirmed(user);
        return jdbc.sql(SELECT + " where (l.company_id = ? or l.school_id = ?) order by l.updated_at desc")
                .params(member.companyId(), member.schoolId()).query(Listings::listing).list();
    }

    /** Any listing, for the office (to hide or show again). */
    public Optional<Listing> forOffice(CurrentUser office, long id) {
        Companies.requireOffice(office, "read any listing");
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query(Listings::listing).optional();
    }

    /**
     * Creates a draft for the user's school (a request) or company (an offer).
     *
     * @throws Forbidden   when the user is no confirmed member, or their company is not active
     * @throws InvalidInput with every problem by field
     */
    @Transactional
    public long create(CurrentUser user, Form form) {
        Members.Member member = actingMember(user);
        ListingForms.Checked checked = ListingForms.check(form);
        String side = member.isSchool() ? "REQUEST" : "OFFER";
        long id = jdbc.sql("""
                        insert into loket_listing (side, company_id, school_id, title, activity_type, levels, subjects,
                                                   themes, venues, date_from, date_until, duration_minutes, capacity,
                                                   places_left, travel_km, description, state, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?) returning id""")
                .params(side, member.companyId(), member.schoolId(), checked.title(), checked.type().name(),
                        names(checked.levels()), checked.subjects().toArray(String[]::new),
                        checked.themes().toArray(String[]::new), names(checked.venues()), checked.from(),
                        checked.until(), checked.durationMinutes(), checked.capacity(), checked.placesLeft(),
                        checked.travelKm(), checked.description(), user.id())
                .query(Long.class).single();
        audit.record(user.actor(), "loket.listing.create", "loket_listing", String.valueOf(id), null, checked);
        return id;
    }

    /** Changes the user's own listing; {@code version} is the one the form was made from. */
    @Transactional
    public void update(CurrentUser user, long id, Form form, int version) {
        Listing before = ownOrForbidden(user, id);
        ListingForms.Checked checked = ListingForms.check(form);
        int changed = jdbc.sql("""
                        update loket_listing set title = ?, activity_type = ?, levels = ?, subjects = ?, themes = ?,
                               venues = ?, date_from = ?, date_until = ?, duration_minutes = ?, capacity = ?,
                               places_left = ?, travel_km = ?, description = ?, updated_at = now(),
                               lock_version = lock_version + 1
                        where id = ? and lock_version = ?""")
                .params(checked.title(), checked.type().name(), names(checked.levels()),
                        checked.subjects().toArray(String[]::new), checked.themes().toArray(String[]::new),
                        names(checked.venues()), checked.from(), checked.until(), checked.durationMinutes(),
                        checked.capacity(), checked.placesLeft(), checked.travelKm(), checked.description(), id,
                        version)
                .update();
        if (changed == 0) {
            throw new StaleData("loket_listing " + id);
        }
        audit.record(user.actor(), "loket.listing.update", "loket_listing", String.valueOf(id), before, checked);
        index.changed();
    }

    /** Publishes, or withdraws, the user's own listing. */
    @Transactional
    public void setState(CurrentUser user, long id, String state, int version) {
        if (!List.of("PUBLISHED", "WITHDRAWN").contains(state)) {
            throw InvalidInput.of("state", "loket.error.state");
        }
        Listing before = ownOrForbidden(user, id);
        if ("HIDDEN".equals(before.state())) {
            throw new Forbidden("change a listing the office hid");
        }
        if ("PUBLISHED".equals(state) && before.until() != null && before.until().isBefore(LocalDate.now())) {
            throw InvalidInput.of("until", "loket.error.until-past");
        }
        changeState(user, before, state, null, version);
    }

    /** The office hides a listing (with a reason the party sees) or shows it again as published. */
    @Transactional
    public void hide(CurrentUser office, long id, boolean hidden, String reason, int version) {
        Listing before = forOffice(office, id).orElseThrow(() -> InvalidInput.of("listing", "loket.listing.unknown"));
        if (hidden && (reason == null || reason.isBlank() || reason.length() > 500)) {
            throw InvalidInput.of("reason", "loket.listing.hide.reason");
        }
        changeState(office, before, hidden ? "HIDDEN" : "PUBLISHED", hidden ? reason.strip() : null, version);
    }

    private void changeState(CurrentUser user, Listing before, String state, String reason, int version) {
        int changed = jdbc.sql("""
                        update loket_listing set state = ?, hidden_reason = ?, updated_at = now(),
                               lock_version = lock_version + 1
                        where id = ? and lock_version = ?""").params(state, reason, before.id(), version).update();
        if (changed == 0) {
            throw new StaleData("loket_listing " + before.id());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", state);
        if (reason != null) {
            after.put("reason", reason);
        }
        audit.record(user.actor(), "loket.listing.state", "loket_listing", String.valueOf(before.id()),
                Map.of("state", before.state()), after);
        index.changed();
    }

    private Listing ownOrForbidden(CurrentUser user, long id) {
        actingMember(user);
        return own(user, id).orElseThrow(() -> new Forbidden("change listing " + id));
    }

    /** The confirmed member, whose company (if any) is active. */
    Members.Member actingMember(CurrentUser user) {
        Members.Member member = members.confirmed(user);
        if (member.companyId() != null
                && !companies.byId(member.companyId()).map(Companies.Company::active).orElse(false)) {
            throw new Forbidden("act for an inactive company");
        }
        return member;
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    static Listing listing(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Listing(rs.getLong("id"), rs.getString("side"), (Long) rs.getObject("company_id"),
                (Long) rs.getObject("school_id"), rs.getString("party"), rs.getString("place"), rs.getString("title"),
                ActivityType.valueOf(rs.getString("activity_type")), enums(rs, "levels", Level.class),
                strings(rs, "subjects"), strings(rs, "themes"), enums(rs, "venues", Venue.class),
                rs.getObject("date_from", LocalDate.class), rs.getObject("date_until", LocalDate.class),
                (Integer) rs.getObject("duration_minutes"), (Integer) rs.getObject("capacity"),
                (Integer) rs.getObject("places_left"), rs.getInt("travel_km"), rs.getString("description"),
                rs.getString("state"), rs.getString("hidden_reason"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("lock_version"));
    }

    static Set<String> strings(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return new TreeSet<>(List.of((String[]) rs.getArray(column).getArray()));
    }

    static <E extends Enum<E>> Set<E> enums(java.sql.ResultSet rs, String column, Class<E> type)
            throws java.sql.SQLException {
        List<E> values = new ArrayList<>();
        for (String name : (String[]) rs.getArray(column).getArray()) {
            values.add(Enum.valueOf(type, name));
        }
        return values.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(values);
    }
}
