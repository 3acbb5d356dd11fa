package nl.techniekpact.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SchemeStatusTest {

    private static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2022-09-26T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private static ApplicationWindow window(int position, LocalDate opens, LocalDate closes, boolean ongoing) {
        return new ApplicationWindow(position, null, opens, closes, null, null, ongoing, null, null, "test.csv",
                null);
    }

    private static Scheme scheme(LocalDate endedOn, ApplicationWindow... windows) {
        return new Scheme("s", "S", null, null, null, null, null, endedOn, "IMPORT", "test.csv", null, Map.of(),
                Map.of(), Map.of(), List.of(windows));
    }

    @Test
    void aSourceThatSaysAWindowRunsOnIsBelievedForAYear() {
        ApplicationWindow stated = new ApplicationWindow(1, null, null, null, null, null, true, null, null, "test.csv",
                TODAY.minusYears(1));
        assertThat(stated.status(TODAY)).as("a year after the source").isEqualTo(SchemeStatus.OPEN);
        assertThat(stated.status(TODAY.plusDays(1))).as("longer ago: nobody knows").isEqualTo(SchemeStatus.UNKNOWN);
        ApplicationWindow closing = new ApplicationWindow(1, null, TODAY.minusYears(3), TODAY.plusYears(2), null, null,
                true, null, null, "test.csv", TODAY.minusYears(3));
        assertThat(closing.status(TODAY)).as("stated opening and closing days still count").isEqualTo(SchemeStatus.OPEN);
    }

    @Test
    void windowThatOpensTodayIsOpen() {
        assertThat(window(1, TODAY, TODAY.plusDays(30), false).status(TODAY)).isEqualTo(SchemeStatus.OPEN);
    }

    @Test
    void windowThatClosesTodayIsStillOpen() {
        assertThat(window(1, TODAY.minusDays(30), TODAY, false).status(TODAY)).isEqualTo(SchemeStatus.OPEN);
    }

    @Test
    void windowThatClosedYesterdayIsClosed() {
        assertThat(window(1, TODAY.minusDays(30), TODAY.minusDays(1), false).status(TODAY))
                .isEqualTo(SchemeStatus.CLOSED);
    }

    @Test
    void windowThatOpensTomorrowIsAnnounced() {
        assertThat(window(1, TODAY.plusDays(1), null, false).status(TODAY)).isEqualTo(SchemeStatus.ANNOUNCED);
    }

    @Test
    void windowWithoutDatesIsUnknown() {
        assertThat(window(1, null, null, false).status(TODAY)).isEqualTo(SchemeStatus.UNKNOWN);
        assertThat(scheme(null).status(TODAY)).as("no windows").isEqualTo(SchemeStatus.UNKNOWN);
        assertThat(scheme(null, window(1, null, null, false)).status(TODAY)).isEqualTo(SchemeStatus.UNKNOWN);
    }

    @Test
    void openedWindowWithoutClosingDayIsNotShownAsOpenUnlessTheSourceSaysItRunsOn() {
        assertThat(window(1, TODAY.minusDays(3), null, false).status(TODAY)).isEqualTo(SchemeStatus.UNKNOWN);
        assertThat(window(1, TODAY.minusDays(3), null, true).status(TODAY)).isEqualTo(SchemeStatus.OPEN);
        assertThat(window(1, null, TODAY.plusDays(3), false).status(TODAY))
                .as("closing day known, opening day not").isEqualTo(SchemeStatus.UNKNOWN);
    }

    @Test
    void closedWindowIsNeverOpenEvenWhenTheSourceCalledItOngoing() {
        assertThat(window(1, TODAY.minusDays(30), TODAY.minusDays(1), true).status(TODAY))
                .isEqualTo(SchemeStatus.CLOSED);
    }

    @Test
    void schemeIsOpenWhenOneTrancheIsOpenAndClosedWhenAllAreClosed() {
        ApplicationWindow closed = window(1, TODAY.minusDays(400), TODAY.minusDays(300), false);
        ApplicationWindow open = window(2, TODAY, TODAY.plusDays(60), false);
        ApplicationWindow announced = window(3, TODAY.plusDays(100), TODAY.plusDays(160), false);
        assertThat(scheme(null, closed, open, announced).status(TODAY)).isEqualTo(SchemeStatus.OPEN);
        assertThat(scheme(null, closed, announced).status(TODAY)).isEqualTo(SchemeStatus.ANNOUNCED);
        assertThat(scheme(null, closed).status(TODAY)).isEqualTo(SchemeStatus.CLOSED);
        assertThat(scheme(null, closed, window(2, null, null, false)).status(TODAY))
                .isEqualTo(SchemeStatus.UNKNOWN);
    }

    @Test
    void schemeIsEndedAfterItsEndDateWhateverItsWindowsSay() {
        ApplicationWindow open = window(1, TODAY, TODAY.plusDays(60), false);
        assertThat(scheme(TODAY.minusDays(1), open).status(TODAY)).isEqualTo(SchemeStatus.ENDED);
        assertThat(scheme(TODAY, open).status(TODAY)).as("ends today: not yet").isEqualTo(SchemeStatus.OPEN);
    }

    @Test
    void nextDeadlineIsTheEarliestClosingDayNotPassed() {
        Scheme s = scheme(null, window(1, TODAY.minusDays(60), TODAY.minusDays(1), false),
                window(2, TODAY, TODAY.plusDays(10), false), window(3, TODAY.plusDays(20), TODAY.plusDays(40), false));
        assertThat(s.nextDeadline(TODAY)).contains(TODAY.plusDays(10));
        assertThat(scheme(null, window(1, null, null, false)).nextDeadline(TODAY)).isEmpty();
    }
}
