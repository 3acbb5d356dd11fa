package nl.techniekpact.loket.matching;

import static nl.techniekpact.loket.matching.Offers.filters;
import static nl.techniekpact.loket.matching.Offers.listing;
import static nl.techniekpact.loket.matching.Offers.range;
import static nl.techniekpact.loket.matching.Offers.school;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each hard rule of {@link MatchIndex} on its own, and the reason it leaves. */
class MatchRulesTest {

    private static List<Long> ids(List<Match> matches) {
        return matches.stream().map(Match::listingId).toList();
    }

    private static Reason reason(Explanation explanation, Reason.Kind kind) {
        return explanation.match().reasons().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void cutsAtTheSmallerOfTheTwoTravelDistances() {
        MatchIndex index = MatchIndex.of(List.of(
                listing(1).north(18).travel(20).build(),
                listing(2).north(22).travel(20).build(),
                listing(3).north(22).travel(60).build(),
                listing(4).north(28).travel(60).build()));

        Query query = school().travel(25).query();

        assertThat(ids(index.top(query, 10))).containsExactly(1L, 3L);
        Reason far = reason(index.explain(query, 2).orElseThrow(), Reason.Kind.DISTANCE);
        assertThat(far.positive()).isFalse();
        assertThat(far.arguments()).containsExactly("22", "20");
        assertThat(index.explain(query, 4).orElseThrow().eligible()).isFalse();
    }

    @Test
    void onlineOnBothSidesLiftsTheDistanceLimit() {
        MatchIndex index = MatchIndex.of(List.of(
                listing(1).north(150).travel(10).venues(Venue.ONLINE).build(),
                listing(2).north(150).travel(10).venues(Venue.AT_SCHOOL).build(),
                listing(3).north(150).travel(10).venues(Venue.AT_COMPANY, Venue.ONLINE).build()));

        assertThat(ids(index.top(school().travel(20).venues(Venue.ONLINE, Venue.AT_SCHOOL).query(), 10)))
                .containsExactlyInAnyOrder(1L, 3L);
        assertThat(index.top(school().travel(20).venues(Venue.AT_SCHOOL).query(), 10))
                .as("the school does not accept online: the distance counts").isEmpty();
        Explanation online = index.explain(school().travel(20).venues(Venue.ONLINE).query(), 1).orElseThrow();
        assertThat(online.eligible()).isTrue();
        assertThat(reason(online, Reason.Kind.DISTANCE).positive()).as("beyond the travel distances").isFalse();
        assertThat(reason(online, Reason.Kind.VENUE).arguments()).containsExactly("ONLINE");
    }

    @Test
    void theMaximumDistanceFilterLimitsOnlineMatchesToo() {
        MatchIndex index = MatchIndex.of(List.of(
                listing(1).north(40).travel(10).venues(Venue.ONLINE).build(),
                listing(2).north(80).travel(10).venues(Venue.ONLINE).build(),
                listing(3).north(5).travel(10).venues(Venue.AT_SCHOOL).build()));

        Query query = school().travel(20).venues(Venue.ONLINE).query(List.of(), filters(50, false));

        assertThat(ids(index.top(query, 10))).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void leavesOutAnOfferWhoseWholeOverlapFallsInTheHolidays() {
        List<DateRange> holidays = List.of(range("2026-10-17", "2026-10-25"), range("2026-12-19", "2027-01-03"));
        MatchIndex index = MatchIndex.of(List.of(
                listing(1).period("2026-10-19", "2026-10-23").build(),
                listing(2).period("2026-10-19", "2026-10-30").build(),
                listing(3).period("2026-11-01", "2026-11-30").build()));

        Query query = school().period("2026-09-01", "2027-06-30").query(holidays, Filters.NONE);

        assertThat(ids(index.top(query, 10))).containsExactly(3L, 2L);
        Explanation inHoliday = index.explain(query, 1).orElseThrow();
        assertThat(inHoliday.eligible()).isFalse();
        assertThat(reason(inHoliday, Reason.Kind.HOLIDAY).arguments()).containsExactly("5");
        assertThat(inHoliday.match().reasons()).extracting(Reason::kind).doesNotContain(Reason.Kind.DATES);
        Explanation partly = index.explain(query, 2).orElseThrow();
        assertThat(reason(partly, Reason.Kind.DATES).arguments()).containsExactly("2026-10-19", "2026-10-30", "5");
        assertThat(reason(partly, Reason.Kind.HOLIDAY).arguments()).containsExactly("7");
    }

    @Test
    void aRequestsOwnHolidaysAndBlockedDaysCountWhenACompanyLooksForRequestsTogetherWithItsOwn() {
        MatchIndex requests = MatchIndex.of(List.of(
                listing(1).period("2026-10-19", "2026-10-23").blocked(range("2026-10-17", "2026-10-25")).build(),
                listing(2).period("2026-10-19", "2026-10-30")
                        .blocked(range("2026-10-17", "2026-10-25"), range("2026-10-24", "2026-10-27")).build(),
                listing(3).period("2026-10-19", "2026-10-30").blocked(range("2026-10-19", "2026-10-29")).build()));

        Query offer = listing(0).period("2026-10-01", "2026-10-31")
                .query(List.of(range("2026-10-30", "2026-10-31")), Filters.NONE);

        assertThat(ids(requests.top(offer, 10))).containsExactly(2L);
        assertThat(requests.explain(offer, 1).orElseThrow().eligible()).isFalse();
        assertThat(reason(requests.explain(offer, 1).orElseThrow(), Reason.Kind.HOLIDAY).arguments())
                .containsExactly("5");
        Explanation two = requests.explain(offer, 2).orElseThrow();
        assertThat(reason(two, Reason.Kind.DATES).arguments()).containsExactly("2026-10-19", "2026-10-30", "2");
        assertThat(reason(two, Reason.Kind.HOLIDAY).arguments()).containsExactly("10");
        Explanation three = requests.explain(offer, 3).orElseThrow();
        assertThat(three.eligible()).isFalse();
        assertThat(reason(three, Reason.Kind.HOLIDAY).arguments()).containsExactly("12");
    }

    @Test
    void leavesOutPeriodsThatDoNotOverlapAndPeriodsOutsideTheWindow() {
        MatchIndex index = MatchIndex.of(List.of(
                listing(1).period("2026-09-01", "2026-09-30").build(),
                listing(2).period("2026-11-01", "2026-11-30").build(),
                listing(3).period(null, null).build()));
        Filters window = new Filters(null, Set.of(), Set.of(), range("2026-11-15", "2026-11-20"), false);

        assertThat(ids(index.top(school().period("2026-10-01", null).query(), 10))).containsExactly(2L, 3L);
        assertThat(ids(index.top(school().query(List.of(), window), 10))).containsExactly(2L, 3L);
        Explanation outside = index.explain(school().query(List.of(), window), 1).orElseThrow();
        assertThat(reason(outside, Reason.Kind.DATES).arguments()).containsExactly("window");
    }

    @Test
    void aFullOfferIsOnTheWaitingListLowerButPresentUnlessOnlyOffersWithPlacesAreWanted() {
        MatchIndex index = MatchIndex.of(List.of(
                listing(1).north(1).places(0).build(),
                listing(2).north(5).places(3).build()));

        List<Match> all = index.top(school().travel(20).query(), 10);
        assertThat(ids(all)).containsExactly(2L, 1L);
        assertThat(all.get(1).reasons()).contains(new Reason(Reason.Kind.CAPACITY, false, List.of("0")));
        assertThat(all.get(0).reasons()).contains(new Reason(Reason.Kind.CAPACITY, true, List.of("3")));
        assertThat(ids(index.top(school().travel(20).query(List.of(), filters(null, true)), 10)))
                .containsExactly(2L);
    }

    @Test
    void typeAndLevelFiltersNeedOneInCommonAndAnEmptySetIsOpenToAll() {
        MatchIndex index = MatchIndex.of(List.of(
                listing(1).types(ActivityType.GASTLES).levels(Level.PO).build(),
                listing(2).types(ActivityType.BEDRIJFSBEZOEK).levels(Level.PO, Level.VMBO).build(),
                listing(3).types(ActivityType.GASTLES).levels(Level.MBO).build(),
                listing(4).build()));
        Filters filters = new Filters(null, Set.of(ActivityType.GASTLES, ActivityType.PROJECT), Set.of(Level.PO),
                null, false);

        assertThat(ids(index.top(school().query(List.of(), filters), 10))).containsExactlyInAnyOrder(1L, 4L);
        Reason level = reason(index.explain(school().query(List.of(), filters), 3).orElseThrow(), Reason.Kind.LEVEL);
        assertThat(level).isEqualTo(new Reason(Reason.Kind.LEVEL, false, List.of("MBO")));
    }

    @Test
    void wishesRaiseTheScoreAndNameWhatIsShared() {
        MatchIndex index = MatchIndex.of(List.of(
                listing(1).north(2).types(ActivityType.PROJECT).subjects("biologie").build(),
                listing(2).north(8).types(ActivityType.GASTLES).subjects("techniek", "informatica")
                        .venues(Venue.AT_SCHOOL).text("Gastles programmeren met robots").build()));

        Query query = school().travel(30).types(ActivityType.GASTLES).levels(Level.PO)
                .subjects("informatica", "wiskunde").venues(Venue.AT_SCHOOL)
                .text("Wie geeft een gastles over robots?").query();
        List<Match> matches = index.top(query, 10);

        assertThat(ids(matches)).containsExactly(2L, 1L);
        assertThat(matches.get(0).reasons()).extracting(Reason::kind).containsExactly(Reason.Kind.DISTANCE,
                Reason.Kind.TYPE, Reason.Kind.LEVEL, Reason.Kind.CAPACITY, Reason.Kind.SUBJECT, Reason.Kind.VENUE,
                Reason.Kind.TEXT);
        assertThat(matches.get(0).reasons()).contains(
                new Reason(Reason.Kind.DISTANCE, true, List.of("8", "30")),
                new Reason(Reason.Kind.SUBJECT, true, List.of("informatica")),
                new Reason(Reason.Kind.TEXT, true, List.of("gastles", "robots")));
        assertThat(matches.get(1).reasons()).contains(new Reason(Reason.Kind.TYPE, false, List.of("PROJECT")),
                new Reason(Reason.Kind.SUBJECT, false, List.of()));
    }

    @Test
    void tiesAreBrokenByDistanceThenIdWhateverTheOrderOfInsertion() {
        List<Listing> listings = List.of(
                listing(7).north(3).build(), listing(5).north(3).build(), listing(9).north(1).build(),
                listing(6).north(3).build(), listing(8).north(2).at(Offers.UTRECHT_LAT, Offers.UTRECHT_LON + 0.02)
                        .build());
        Query query = school().travel(1000).query();
        MatchIndex forwards = MatchIndex.of(listings);
        MatchIndex backwards = new MatchIndex();
        listings.reversed().forEach(backwards::upsert);

        List<Match> first = forwards.top(query, 10);
        assertThat(ids(first)).containsExactly(9L, 8L, 5L, 6L, 7L);
        assertThat(backwards.top(query, 10)).isEqualTo(first);
        assertThat(forwards.top(query, 10)).isEqualTo(first);
        assertThat(first.get(2).score()).isEqualTo(first.get(4).score());
    }

    @Test
    void scoresEqualFromDifferentComponentsAreATieBrokenByDistance() {
        MatchIndex index = MatchIndex.of(List.of(
                listing(1).north(200).venues(Venue.ONLINE).types(ActivityType.GASTLES).subjects("bouw").build(),
                listing(2).north(100).venues(Venue.ONLINE).types(ActivityType.PROJECT).subjects("techniek").build(),
                listing(3).north(150).venues(Venue.ONLINE).types(ActivityType.PROJECT).subjects("bouw").build()));

        List<Match> matches = index.top(school().travel(20).venues(Venue.ONLINE).types(ActivityType.GASTLES)
                .subjects("techniek").query(), 10);

        assertThat(ids(matches)).containsExactly(2L, 1L, 3L);
        assertThat(matches.get(0).score()).isEqualTo(matches.get(1).score());
    }
}
