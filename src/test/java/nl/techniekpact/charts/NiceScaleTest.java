package nl.techniekpact.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NiceScaleTest {

    @ParameterizedTest(name = "[{0}, {1}] in at most {2} steps -> {3} .. {4} by {5}")
    @CsvSource({
            "0, 55, 5, 0, 60, 20",
            "0, 100, 5, 0, 100, 20",
            "0, 14.2, 5, 0, 15, 5",
            "0, 1, 5, 0, 1, 0.2",
            "0, 0.3, 5, 0, 0.3, 0.1",
            "95961, 113422, 5, 95000, 115000, 5000",
            "12.3, 17.8, 5, 12, 18, 2",
            "-3, 7, 5, -5, 10, 5",
            "-12, -3, 5, -12, -2, 2",
            "0, 9, 10, 0, 9, 1",
            "0, 0, 5, 0, 1, 0.2",
            "5, 5, 5, 0, 5, 1",
            "-5, -5, 5, -5, 0, 1",
            "0, 1000000, 5, 0, 1000000, 200000",
            "0.001, 0.0042, 5, 0.001, 0.005, 0.001",
    })
    void stepsAreOneTwoOrFiveTimesAPowerOfTen(double min, double max, int maxTicks, double niceMin, double niceMax,
            double step) {
        NiceScale scale = NiceScale.of(min, max, maxTicks);

        assertThat(scale.min()).isEqualTo(niceMin);
        assertThat(scale.max()).isEqualTo(niceMax);
        assertThat(scale.step()).isEqualTo(step);
        assertThat(scale.ticks().size() - 1).isLessThanOrEqualTo(maxTicks);
        assertThat(scale.min()).isLessThanOrEqualTo(min);
        assertThat(scale.max()).isGreaterThanOrEqualTo(max);
    }

    @Test
    void ticksAreExactDecimals() {
        NiceScale scale = NiceScale.of(0, 0.3, 5);

        assertThat(scale.ticks()).containsExactly(0.0, 0.1, 0.2, 0.3);
        assertThat(scale.decimals()).isEqualTo(1);
        assertThat(NiceScale.of(0, 55, 5).decimals()).isZero();
        assertThat(NiceScale.of(0, 0.0042, 5).decimals()).isEqualTo(3);
        assertThat(NiceScale.of(0, 55, 5).ticks()).containsExactly(0.0, 20.0, 40.0, 60.0);
    }

    @Test
    void fractionPlacesValuesOnTheAxis() {
        NiceScale scale = NiceScale.of(0, 55, 5);

        assertThat(scale.fraction(0)).isZero();
        assertThat(scale.fraction(30)).isEqualTo(0.5);
        assertThat(scale.fraction(60)).isEqualTo(1);
    }

    @Test
    void refusesBadRanges() {
        assertThatThrownBy(() -> NiceScale.of(2, 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NiceScale.of(0, Double.NaN, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NiceScale.of(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
