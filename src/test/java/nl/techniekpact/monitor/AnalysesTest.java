package nl.techniekpact.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import nl.techniekpact.shared.StatusColour;
import org.junit.jupiter.api.Test;

/** Progress, required and achieved change, projected year and suggested colour of a series against a target. */
class AnalysesTest {

    private static final Indicator SHARE = new Indicator("x", "x", "x", "", "", Indicator.Kind.SHARE, "PERCENT",
            Indicator.Direction.HIGHER, "test", List.of(), List.of(), List.of(), List.of());

    private static SeriesPoint point(int year, double value) {
        return new SeriesPoint(year + "JJ00", Period.Kind.YEAR, year, value, null, null, 0, false, List.of());
    }

    private static Target target(double value, Integer year, Double baseline) {
        return new Target("x", "NL01", Map.of(), null, baseline, value, year, "001", "2016-G04", "quote", List.of());
    }

    @Test
    void onTrendWhenTheSlopeReachesTheTargetInTime() {
        var points = List.of(point(2014, 40), point(2015, 42), point(2016, 44));
        Analysis a = Analyses.analyse(SHARE, points, List.of(target(50, 2020, 40.0)));
        assertThat(a.achievedPerYear()).isCloseTo(2.0, within(1e-9));
        assertThat(a.requiredPerYear()).isCloseTo(1.5, within(1e-9));   // 6 points in 4 years
        assertThat(a.projectedYear()).isEqualTo(2019.0);
        assertThat(a.progress()).isCloseTo(0.4, within(1e-9));
        assertThat(a.suggested()).isEqualTo(StatusColour.ON_SCHEDULE);
    }

    @Test
    void delayedWhenTooSlowOrTheWrongWay() {
        assertThat(Analyses.analyse(SHARE, List.of(point(2014, 40), point(2016, 41)), List.of(target(50, 2020, null)))
                .suggested()).isEqualTo(StatusColour.DELAYED);
        Analysis wrongWay = Analyses.analyse(SHARE, List.of(point(2014, 40), point(2016, 38)),
                List.of(target(50, 2020, null)));
        assertThat(wrongWay.suggested()).isEqualTo(StatusColour.DELAYED);
        assertThat(wrongWay.projectedYear()).isNull();
        assertThat(wrongWay.reasonKey()).isEqualTo("monitor.analysis.wrong-direction");
    }

    @Test
    void completedWhenReachedAndUnknownWithoutEnoughToGoOn() {
        assertThat(Analyses.analyse(SHARE, List.of(point(2014, 40), point(2016, 56)), List.of(target(55, 2020, null)))
                .suggested()).isEqualTo(StatusColour.COMPLETED);
        assertThat(Analyses.analyse(SHARE, List.of(point(2016, 41)), List.of(target(55, 2020, null))).suggested())
                .isEqualTo(StatusColour.UNKNOWN);
        assertThat(Analyses.analyse(SHARE, List.of(point(2014, 40), point(2016, 41)), List.of()).suggested())
                .isEqualTo(StatusColour.UNKNOWN);
        assertThat(Analyses.analyse(SHARE, List.of(point(2014, 40), point(2016, 41)),
                List.of(target(55, null, null))).reasonKey()).isEqualTo("monitor.analysis.no-target-year");
    }

    @Test
    void periodsFromCbsCodesAndSchoolYears() {
        assertThat(Period.parse("2019KW03").orElseThrow().position()).isEqualTo(2019.5);
        assertThat(Period.parse("2019MM12").orElseThrow().endsOn()).hasToString("2019-12-31");
        assertThat(Period.parse("2019/2020").orElseThrow().classificationYear()).isEqualTo(2019);
        assertThat(Period.parse("2019/2021")).isEmpty();
        assertThat(Period.parse("2019JJ01")).isEmpty();
        assertThat(Breakdown.of(Map.of("niveau", "hbo", "geslacht", "vrouw")).key()).isEqualTo("geslacht=vrouw;niveau=hbo");
    }
}
