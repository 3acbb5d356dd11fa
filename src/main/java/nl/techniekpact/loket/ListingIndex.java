package nl.techniekpact.loket;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import nl.techniekpact.loket.matching.DateRange;
import nl.techniekpact.loket.matching.Listing;
import nl.techniekpact.loket.matching.MatchIndex;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The published offers and requests in memory, as two {@link MatchIndex}es, so matching answers at once at national
 * scale. Every change to a listing (or to a company's state) sends {@code NOTIFY loket_listing} in its transaction;
 * every instance listens, and before the next query re-reads the listings changed in the last minutes (an overlap
 * that covers transactions committing out of order). A full reload runs every quarter of an hour and after a lost
 * connection, so an instance never keeps a stale view for long.
 */
@Component
class ListingIndex {

    static final String CHANNEL = "loket_listing";
    private static final String FULL = "full";
    private static final Duration OVERLAP = Duration.ofMinutes(10);
    private static final Duration FULL_RELOAD = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(ListingIndex.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Places places;
    private final AtomicBoolean dirty = new AtomicBoolean(true);
    private final Thread listener;
    private volatile boolean running = true;

    private volatile MatchIndex offers = new MatchIndex();
    private volatile MatchIndex requests = new MatchIndex();
    private volatile Instant loadedAt = Instant.EPOCH;
    private volatile OffsetDateTime newestSeen;

    ListingIndex(JdbcClient jdbc, DataSource dataSource, Places places) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.places = places;
        this.listener = Thread.ofPlatform().daemon().name("loket-listing-listener").unstarted(this::listen);
        this.listener.start();
    }

    /** The offers' index, brought up to date first. */
    MatchIndex offers() {
        refresh();
        return offers;
    }

    MatchIndex requests() {
        refresh();
        return requests;
    }

    /** Tells every instance (this one too) that listings changed; call inside the changing transaction. */
    void changed() {
        notifyAll("");
    }

    /**
     * Tells every instance to reload everything: for changes that do not touch the listings' rows, such as a
     * school's blocked dates or the school holidays. Call inside the changing transaction.
     */
    void reloadAll() {
        notifyAll(FULL);
    }

    private void notifyAll(String payload) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, payload).query(String.class).single();
        boolean full = FULL.equals(payload);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    marked(full);
                }
            });
        } else {
            marked(full);
        }
    }

    private void marked(boolean full) {
        if (full) {
            loadedAt = Instant.EPOCH;
        }
        dirty.set(true);
    }

    private synchronized void refresh() {
        boolean full = newestSeen == null || Instant.now().isAfter(loadedAt.plus(FULL_RELOAD));
        if (!full && !dirty.get()) {
            return;
        }
        dirty.set(false);
        if (full) {
            MatchIndex newOffers = new MatchIndex();
            MatchIndex newRequests = new MatchIndex();
            newestSeen = load(null, newOffers, newRequests);
            offers = newOffers;
            requests = newRequests;
            loadedAt = Instant.now();
        } else {
            OffsetDateTime newest = load(newestSeen.minus(OVERLAP), offers, requests);
            if (newest != null && newest.isAfter(newestSeen)) {
                newestSeen = newest;
            }
        }
    }

    /** Loads the listings changed since {@code since} (all when null); returns the newest change seen. */
    private OffsetDateTime load(OffsetDateTime since, MatchIndex offerIndex, MatchIndex requestIndex) {
        OffsetDateTime[] newest = {since};
        var spec = since == null ? jdbc.sql(ROWS + " where l.state = 'PUBLISHED'")
                : jdbc.sql(ROWS + " where l.updated_at > ?").param(since);
        spec.query(rs -> {
            long id = rs.getLong(1);
            MatchIndex index = "OFFER".equals(rs.getString(2)) ? offerIndex : requestIndex;
            OffsetDateTime updated = rs.getObject(15, OffsetDateTime.class);
            if (newest[0] == null || updated.isAfter(newest[0])) {
                newest[0] = updated;
            }
            Listing listing = row(rs, places);
            if (listing == null) {
                index.remove(id);
            } else {
                index.upsert(listing);
            }
        });
        return newest[0];
    }

    /** The listings as the index holds them; read each row with {@link #row}. */
    static final String ROWS = """
            select l.id, l.side, coalesce(l.company_id, l.school_id), coalesce(c.pc4, s.pc4), l.travel_km,
                   l.activity_type, l.levels, l.subjects, l.venues, l.date_from, l.date_until, l.capacity,
                   l.places_left, l.title || ' ' || l.description, l.updated_at,
                   (l.state = 'PUBLISHED' and (l.company_id is null or c.state = 'ACTIVE')) as visible,
                   blk.froms, blk.untils
            from loket_listing l left join loket_company c on c.id = l.company_id
                 left join loket_school s on s.id = l.school_id
                 left join lateral (
                     select array_agg(b.date_from) as froms, array_agg(b.date_until) as untils
                     from (select date_from, date_until from loket_blocked_date where school_id = l.school_id
                           union all
                           select date_from, date_until from loket_school_holiday where region = s.holiday_region) b
                     where (l.date_until is null or b.date_from <= l.date_until)
                       and (l.date_from is null or b.date_until >= l.date_from)) blk on true""";

    /** The row of {@link #ROWS} as a matching listing; null when it is not public or its place is unknown. */
    static Listing row(java.sql.ResultSet rs, Places places) throws SQLException {
        var area = places.of(rs.getString(4));
        if (!rs.getBoolean(16) || area.isEmpty()) {
            return null;
        }
        Integer capacity = (Integer) rs.getObject(12);
        Integer left = (Integer) rs.getObject(13);
        return new Listing(rs.getLong(1), rs.getLong(3), area.get().latitude(), area.get().longitude(), rs.getInt(5),
                java.util.Set.of(nl.techniekpact.loket.matching.ActivityType.valueOf(rs.getString(6))),
                Listings.enums(rs, "levels", nl.techniekpact.loket.matching.Level.class),
                Listings.strings(rs, "subjects"),
                Listings.enums(rs, "venues", nl.techniekpact.loket.matching.Venue.class),
                rs.getObject(10, java.time.LocalDate.class), rs.getObject(11, java.time.LocalDate.class),
                capacity == null ? Listing.UNLIMITED : (left == null ? capacity : left), rs.getString(14),
                blocked(rs));
    }

    /** A request's blocked days within its period: its school's holidays and own blocked dates. */
    private static List<DateRange> blocked(java.sql.ResultSet rs) throws SQLException {
        java.sql.Array froms = rs.getArray(17);
        if (froms == null) {
            return List.of();
        }
        Object[] first = (Object[]) froms.getArray();
        Object[] last = (Object[]) rs.getArray(18).getArray();
        List<DateRange> ranges = new ArrayList<>(first.length);
        for (int k = 0; k < first.length; k++) {
            ranges.add(new DateRange(((java.sql.Date) first[k]).toLocalDate(), ((java.sql.Date) last[k]).toLocalDate()));
        }
        return ranges;
    }

    /** Waits for notifications on a connection of its own; reconnects (with a full reload) when it is lost. */
    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                loadedAt = Instant.EPOCH;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(10_000);
                    if (notifications != null && notifications.length > 0) {
                        marked(java.util.Arrays.stream(notifications).anyMatch(n -> FULL.equals(n.getParameter())));
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.debug("Loket listing listener lost its connection; retrying: {}", e.getMessage());
                    loadedAt = Instant.EPOCH;
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        listener.interrupt();
    }
}
