package nl.techniekpact.loket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.loket.matching.DateRange;
import nl.techniekpact.loket.matching.Filters;
import nl.techniekpact.loket.matching.Match;
import nl.techniekpact.loket.matching.MatchIndex;
import nl.techniekpact.loket.matching.Query;
import nl.techniekpact.loket.matching.Reason;
import nl.techniekpact.shared.Forbidden;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The ranked counterparts of one's own listing: for a school's request the offers that fit, for a company's offer
 * the requests, each with its reasons. A school's own holidays (its holiday region's, per school year, as the
 * office entered them with their source) and blocked dates count for its requests; when the holidays of a school
 * year in the period are not known, the result says so.
 */
@Service
public class Matches {

    /** One counterpart with why it fits. */
    public record Found(Listings.Listing listing, double score, double distanceKm, List<Reason> reasons) {
    }

    /** The counterparts, and the school years whose holidays are unknown for the school (empty when known). */
    public record Result(List<Found> found, List<String> unknownHolidayYears) {
    }

    private final JdbcClient jdbc;
    private final Listings listings;
    private final ListingIndex index;
    private final Schools schools;
    private final Places places;

    Matches(JdbcClient jdbc, Listings listings, ListingIndex index, Schools schools, Places places) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.index = index;
        this.schools = schools;
        this.places = places;
    }

    /** The best {@code n} counterparts of the user's own listing {@code id}. */
    public Result forListing(CurrentUser user, long id, Filters filters, int n) {
        Listings.Listing own = listings.own(user, id).orElseThrow(() -> new Forbidden("match listing " + id));
        List<String> unknown = new ArrayList<>();
        Optional<Query> asked = queryOf(own, filters, unknown);
        if (asked.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        Query query = asked.get();
        MatchIndex counterpart = own.isOffer() ? index.requests() : index.offers();
        List<Match> matches = counterpart.top(query, Math.max(1, Math.min(n, 50)));
        Map<Long, Listings.Listing> byId = published(matches.stream().map(Match::listingId).toList());
        List<Found> found = new ArrayList<>();
        for (Match match : matches) {
            Listings.Listing listing = byId.get(match.listingId());
            if (listing != null) {
                found.add(new Found(listing, match.score(), match.distanceKm(), match.reasons()));
            }
        }
        return new Result(found, unknown);
    }

    /**
     * The query of a listing looking for its counterparts, with its school's holidays and blocked dates (the school
     * years without holiday data go to {@code unknown}); empty when its place is not known.
     */
    Optional<Query> queryOf(Listings.Listing own, Filters filters, List<String> unknown) {
        Optional<Places.Area> area = places.of(pc4(own));
        if (area.isEmpty()) {
            return Optional.empty();
        }
        List<DateRange> blocked = new ArrayList<>();
        if (own.schoolId() != null) {
            Schools.School school = schools.byId(own.schoolId()).orElseThrow();
            blocked.addAll(holidays(school, own.from(), own.until(), unknown));
            blocked.addAll(blockedDates(school.id()));
        }
        return Optional.of(new Query(area.get().latitude(), area.get().longitude(), own.travelKm(),
                java.util.Set.of(own.type()), own.levels(), own.subjects(), own.venues(), own.from(), own.until(),
                blocked, own.title() + " " + own.description(), filters));
    }

    private Map<Long, Listings.Listing> published(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(Listings.SELECT + " where l.id = any(?) and" + Listings.PUBLIC)
                .param(ids.toArray(Long[]::new)).query(Listings::listing).list().stream()
                .collect(Collectors.toMap(Listings.Listing::id, Function.identity()));
    }

    private String pc4(Listings.Listing own) {
        String table = own.isOffer() ? "loket_company" : "loket_school";
        Long party = own.isOffer() ? own.companyId() : own.schoolId();
        return jdbc.sql("select pc4 from " + table + " where id = ?").param(party).query(String.class).optional()
                .orElse(null);
    }

    /** The school's holidays in the period's school years; the years without any holiday data go to {@code unknown}. */
    List<DateRange> holidays(Schools.School school, LocalDate from, LocalDate until, List<String> unknown) {
        LocalDate start = from != null ? from : LocalDate.now();
        LocalDate end = until != null ? until : start.plusYears(1);
        List<DateRange> ranges = new ArrayList<>();
        for (String year : SchoolYears.between(start, end)) {
            List<DateRange> ofYear = school.holidayRegion() == null ? List.of() : jdbc.sql("""
                            select date_from, date_until from loket_school_holiday
                            where region = ? and school_year = ? order by date_from""")
                    .params(school.holidayRegion(), year)
                    .query((rs, i) -> new DateRange(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                    .list();
            if (ofYear.isEmpty()) {
                unknown.add(year);
            }
            ranges.addAll(ofYear);
        }
        return ranges;
    }

    private List<DateRange> blockedDates(long schoolId) {
        return jdbc.sql("select date_from, date_until from loket_blocked_date where school_id = ? order by date_from")
                .param(schoolId)
                .query((rs, i) -> new DateRange(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .list();
    }
}
