package nl.techniekpact.loket;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.loket.matching.ActivityType;
import nl.techniekpact.loket.matching.Filters;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.loket.matching.Listing;
import nl.techniekpact.loket.matching.Match;
import nl.techniekpact.loket.matching.MatchIndex;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import nl.techniekpact.system.MailOutbox;
import nl.techniekpact.system.MailProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved searches: a confirmed member keeps a public search ({@link LoketSearch.Question}) of the other side's
 * listings, or asks to hear what fits one of their own listings. A newly published listing is announced once
 * ({@link ActivitySchedule}): it is recorded for every saved search it fits, and each saved search with something new
 * sends its member one e-mail a day at most, naming what fits.
 */
@Service
public class SavedSearches {

    /** At most this many saved searches per member. */
    static final int MAX_PER_MEMBER = 20;

    /** One saved search: {@code listingId} for "what fits my listing", else the public search's question. */
    public record Saved(long id, String side, Long listingId, String listingTitle, LoketSearch.Question question,
                        OffsetDateTime createdAt, LocalDate lastSentOn, int version) {
    }

    private static final String SELECT = """
            select q.id, q.member_id, q.side, q.listing_id, l.title, q.query_text, q.activity_type, q.level, q.region,
                   q.postcode, q.within_km, q.date_from, q.date_until, q.created_at, q.last_sent_on, q.lock_version
            from loket_saved_search q left join loket_listing l on l.id = q.listing_id""";

    private final JdbcClient jdbc;
    private final Listings listings;
    private final LoketSearch search;
    private final Matches matches;
    private final Places places;
    private final Members members;
    private final MailOutbox mail;
    private final MailProperties mailProperties;
    private final Audit audit;

    SavedSearches(JdbcClient jdbc, Listings listings, LoketSearch search, Matches matches, Places places,
                  Members members, MailOutbox mail, MailProperties mailProperties, Audit audit) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.search = search;
        this.matches = matches;
        this.places = places;
        this.members = members;
        this.mail = mail;
        this.mailProperties = mailProperties;
        this.audit = audit;
    }

    /**
     * Saves a public search of the other side's listings (offers for school staff, requests for companies; a search
     * of one's own side is Forbidden: the pages never offer it).
     */
    @Transactional
    public long saveSearch(CurrentUser user, LoketSearch.Question q) {
        Members.Member member = listings.actingMember(user);
        String side = member.isSchool() ? "OFFER" : "REQUEST";
        if (!side.equals(q.side())) {
            throw new Forbidden("save a search of one's own side");
        }
        checkRoom(member);
        long id = jdbc.sql("""
                        insert into loket_saved_search (member_id, side, query_text, activity_type, level, region,
                                                        postcode, within_km, date_from, date_until)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(member.id(), side, cut(q.text(), 200), q.type() == null ? null : q.type().name(),
                        q.level() == null ? null : q.level().name(), cut(q.region(), 20), cut(q.postcode(), 10),
                        q.withinKm() == null ? null : Math.min(300, Math.max(0, q.withinKm())), q.from(), q.until())
                .query(Long.class).single();
        audit.record(user.actor(), "loket.search.save", "loket_saved_search", String.valueOf(id), null,
                Map.of("side", side, "question", q.toString()));
        return id;
    }

    /** Saves "tell me when a new listing of the other side fits my listing {@code listingId}". */
    @Transactional
    public long saveForListing(CurrentUser user, long listingId) {
        Members.Member member = listings.actingMember(user);
        Listings.Listing own = listings.own(user, listingId).orElseThrow(() -> new Forbidden("watch listing " + listingId));
        checkRoom(member);
        String side = own.isOffer() ? "REQUEST" : "OFFER";
        long id = jdbc.sql("insert into loket_saved_search (member_id, side, listing_id) values (?, ?, ?) returning id")
                .params(member.id(), side, listingId).query(Long.class).single();
        audit.record(user.actor(), "loket.search.save", "loket_saved_search", String.valueOf(id), null,
                Map.of("side", side, "listing", listingId));
        return id;
    }

    /** The user's own saved searches, newest first. */
    public List<Saved> mine(CurrentUser user) {
        Members.Member member = members.confirmed(user);
        return jdbc.sql(SELECT + " where q.member_id = ? order by q.id desc").param(member.id())
                .query(SavedSearches::saved).list();
    }

    /** Deletes one of the user's own saved searches. */
    @Transactional
    public void delete(CurrentUser user, long id, int version) {
        Members.Member member = members.confirmed(user);
        Saved before = jdbc.sql(SELECT + " where q.id = ? and q.member_id = ?").params(id, member.id())
                .query(SavedSearches::saved).optional().orElseThrow(() -> new Forbidden("delete saved search " + id));
        if (jdbc.sql("delete from loket_saved_search where id = ? and lock_version = ?").params(id, version).update() == 0) {
            throw new StaleData("loket_saved_search " + id);
        }
        audit.record(user.actor(), "loket.search.delete", "loket_saved_search", String.valueOf(id),
                Map.of("side", before.side(), "question", String.valueOf(before.question()),
                        "listing", String.valueOf(before.listingId())), null);
    }

    /**
     * Claims the listings published since the last run (skipping those another instance is announcing), and
     * records each for every saved search it fits; returns how many listings were announced.
     */
    int announce() {
        List<Long> fresh = jdbc.sql("""
                update loket_listing set announced_at = now()
                where id in (select id from loket_listing where state = 'PUBLISHED' and announced_at is null
                             order by id limit 200 for update skip locked)
                returning id""").query(Long.class).list();
        if (fresh.isEmpty()) {
            return 0;
        }
        Map<String, List<Listing>> bySide = new LinkedHashMap<>();
        jdbc.sql(ListingIndex.ROWS + " where l.id = any(?)").param(fresh.toArray(Long[]::new)).query(rs -> {
            Listing listing = ListingIndex.row(rs, places);
            if (listing != null) {
                bySide.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(listing);
            }
        });
        int hits = 0;
        for (Map.Entry<String, List<Listing>> side : bySide.entrySet()) {
            List<Long> ids = side.getValue().stream().map(Listing::id).toList();
            for (Saved saved : jdbc.sql(SELECT + " join loket_member m on m.id = q.member_id"
                            + " where q.side = ? and m.state = 'CONFIRMED' order by q.id").param(side.getKey())
                    .query(SavedSearches::saved).list()) {
                for (long listingId : fitting(saved, side.getValue(), ids)) {
                    hits += jdbc.sql("""
                            insert into loket_saved_search_hit (saved_search_id, listing_id) values (?, ?)
                            on conflict do nothing""").params(saved.id(), listingId).update();
                }
            }
        }
        audit.record(Actor.system("loket-searches"), "loket.search.announce", "loket_listing",
                fresh.size() == 1 ? String.valueOf(fresh.get(0)) : "batch", null,
                Map.of("listings", fresh, "hits", hits));
        return fresh.size();
    }

    private Set<Long> fitting(Saved saved, List<Listing> fresh, List<Long> ids) {
        if (saved.listingId() == null) {
            return search.fitting(saved.question(), ids);
        }
        Listings.Listing own = jdbc.sql(Listings.SELECT + " where l.id = ?").param(saved.listingId())
                .query(Listings::listing).optional().orElse(null);
        if (own == null || "WITHDRAWN".equals(own.state()) || "HIDDEN".equals(own.state())) {
            return Set.of();
        }
        var query = matches.queryOf(own, Filters.NONE, new ArrayList<>());
        if (query.isEmpty()) {
            return Set.of();
        }
        Set<Long> found = new TreeSet<>();
        for (Match match : MatchIndex.of(fresh).top(query.get(), fresh.size())) {
            found.add(match.listingId());
        }
        return found;
    }

    /**
     * Sends each saved search that has new listings and got no e-mail yet on {@code today} one e-mail with them;
     * returns how many e-mails were sent.
     */
    int sendDigests(LocalDate today) {
        List<long[]> claimed = jdbc.sql("""
                update loket_saved_search set last_sent_on = ?
                where id in (select q.id from loket_saved_search q
                             where (q.last_sent_on is null or q.last_sent_on < ?)
                               and exists (select 1 from loket_saved_search_hit h
                                           where h.saved_search_id = q.id and h.sent_at is null)
                             order by q.id limit 200 for update skip locked)
                returning id, member_id""").params(today, today)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        int sent = 0;
        for (long[] row : claimed) {
            List<Listings.Listing> found = jdbc.sql("with sent as (update loket_saved_search_hit set sent_at = now()"
                            + " where saved_search_id = ? and sent_at is null returning listing_id) " + Listings.SELECT
                            + " where" + Listings.PUBLIC + " and l.id in (select listing_id from sent) order by l.id")
                    .param(row[0]).query(Listings::listing).list();
            Members.Member member = members.byId(row[1]).orElse(null);
            if (found.isEmpty() || member == null || !member.confirmed()) {
                continue;
            }
            mail.enqueue(member.email(), "Techniekpact Loket: nieuw dat bij uw zoekopdracht past / new matches for"
                    + " your saved search", digest(member.name(), found));
            audit.record(Actor.system("loket-searches"), "loket.search.mail", "loket_saved_search",
                    String.valueOf(row[0]), null, Map.of("day", today.toString(),
                            "listings", found.stream().map(Listings.Listing::id).toList()));
            sent++;
        }
        return sent;
    }

    private String digest(String name, List<Listings.Listing> found) {
        StringBuilder lines = new StringBuilder();
        for (Listings.Listing l : found) {
            lines.append("- ").append(l.title()).append(" (").append(l.partyName()).append(", ").append(l.place())
                    .append(")\n  ").append(mailProperties.baseUrl()).append(l.isOffer() ? "/loket/aanbod/" : "/loket/vraag/")
                    .append(l.id()).append('\n');
        }
        return """
                Beste %s,

                Er is nieuw aanbod of een nieuwe vraag in het Loket die past bij uw zoekopdracht:

                %s
                Uw zoekopdrachten beheert u in Mijn Loket: %s/loket/mijn

                --
                New in the Loket, fitting your saved search: see the list above. Manage your saved searches in
                Mijn Loket (link above).
                """.formatted(name, lines, mailProperties.baseUrl());
    }

    private void checkRoom(Members.Member member) {
        int count = jdbc.sql("select count(*) from loket_saved_search where member_id = ?").param(member.id())
                .query(Integer.class).single();
        if (count >= MAX_PER_MEMBER) {
            throw InvalidInput.of("search", "loket.search.save.full");
        }
    }

    private static String cut(String value, int max) {
        String text = nl.techniekpact.shared.Text.blankToNull(value);
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Saved saved(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String type = rs.getString("activity_type");
        String level = rs.getString("level");
        LoketSearch.Question question = new LoketSearch.Question(rs.getString("side"), rs.getString("query_text"),
                type == null ? null : ActivityType.valueOf(type), level == null ? null : Level.valueOf(level),
                rs.getString("region"), rs.getString("postcode"), (Integer) rs.getObject("within_km"),
                rs.getObject("date_from", LocalDate.class), rs.getObject("date_until", LocalDate.class), 1);
        return new Saved(rs.getLong("id"), rs.getString("side"), (Long) rs.getObject("listing_id"),
                rs.getString("title"), question, rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_sent_on", LocalDate.class), rs.getInt("lock_version"));
    }
}
