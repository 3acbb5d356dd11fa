package nl.techniekpact.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.techniekpact.charts.ClassBreaks.Range;

class ClassBreaksTest {

    private static List<Double> values(double... values) {
        return Arrays.stream(values).boxed().toList();
    }

    @Test
    void quantilesPutTheSameNumberOfValuesInEachClass() {
        ClassBreaks breaks = ClassBreaks.of(values(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), Classification.QUANTILES, 5, 1);

        assertThat(breaks.classes()).containsExactly(new Range(1, 2), new Range(3, 4), new Range(5, 6),
                new Range(7, 8), new Range(9, 10));
        assertThat(breaks.classOf(1)).isZero();
        assertThat(breaks.classOf(2)).isZero();
        assertThat(breaks.classOf(2.5)).isEqualTo(1);
        assertThat(breaks.classOf(10)).isEqualTo(4);
        assertThat(breaks.classOf(99)).isEqualTo(4);
        assertThat(breaks.classOf(-1)).isZero();
    }

    @Test
    void quantilesOfTwelveProvinces() {
        List<Double> values = values(14.2, 12.8, 11.0, 13.5, 17.5, 15.1, 19.9, 15.1, 16.3, 10.4, 14.9, 13.0);

        ClassBreaks breaks = ClassBreaks.of(values, Classification.QUANTILES, NumberStyle.dutch(1, "%"));

        // sorted: 10.4 11.0 12.8 | 13.0 13.5 | 14.2 14.9 15.1 | 15.1 16.3 | 17.5 19.9; ranks ⌈12j/5⌉ = 3, 5, 8, 10, 12;
        // the two 15.1 share the third class, so the fourth holds 16.3 alone
        assertThat(breaks.classes()).containsExactly(new Range(10.4, 12.8), new Range(13.0, 13.5),
                new Range(14.2, 15.1), new Range(16.3, 16.3), new Range(17.5, 19.9));
        assertThat(values.stream().map(breaks::classOf).toList())
                .containsExactly(2, 0, 0, 1, 4, 2, 4, 2, 3, 0, 2, 1);
    }

    @Test
    void tiesShareAClassAndEveryClassKeepsAValue() {
        ClassBreaks breaks = ClassBreaks.of(values(1, 1, 1, 1, 1, 1, 1, 1, 2, 3), Classification.QUANTILES, 5, 0);

        assertThat(breaks.classes()).containsExactly(new Range(1, 1), new Range(2, 2), new Range(3, 3));
        assertThat(breaks.classOf(1)).isZero();
        assertThat(breaks.classOf(3)).isEqualTo(2);

        ClassBreaks skewed = ClassBreaks.of(values(10, 10, 20, 20, 20, 20), Classification.QUANTILES, 5, 0);
        assertThat(skewed.classes()).containsExactly(new Range(10, 10), new Range(20, 20));

        ClassBreaks uneven = ClassBreaks.of(values(1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6), Classification.QUANTILES, 5, 0);
        // six distinct values, five classes: the seven 6s take the last class, the rest are pushed forward
        assertThat(uneven.classes()).containsExactly(new Range(1, 2), new Range(3, 3), new Range(4, 4),
                new Range(5, 5), new Range(6, 6));
    }

    @Test
    void fewerDistinctValuesGiveFewerClasses() {
        assertThat(ClassBreaks.of(values(4, 4, 7), Classification.QUANTILES, 5, 1).classes())
                .containsExactly(new Range(4, 4), new Range(7, 7));
        assertThat(ClassBreaks.of(values(4, 4), Classification.EQUAL_INTERVALS, 5, 1).classes())
                .containsExactly(new Range(4, 4));
    }

    @Test
    void equalIntervalsHaveRoundedBoundsAndMayBeEmpty() {
        ClassBreaks breaks = ClassBreaks.of(values(0, 1, 9.5, 10), Classification.EQUAL_INTERVALS, 5, 1);

        assertThat(breaks.classes()).containsExactly(new Range(0, 2), new Range(2, 4), new Range(4, 6),
                new Range(6, 8), new Range(8, 10));
        assertThat(breaks.classOf(0)).isZero();
        assertThat(breaks.classOf(1.99)).as("rounds to 2.0: the next class").isEqualTo(1);
        assertThat(breaks.classOf(1.94)).isZero();
        assertThat(breaks.classOf(5)).isEqualTo(2);
        assertThat(breaks.classOf(10)).isEqualTo(4);

        ClassBreaks odd = ClassBreaks.of(values(10.0, 20.3), Classification.EQUAL_INTERVALS, 5, 1);
        assertThat(odd.classes()).extracting(Range::to).containsExactly(12.1, 14.1, 16.2, 18.2, 20.3);
    }

    @Test
    void boundsThatRoundTogetherAreMerged() {
        ClassBreaks breaks = ClassBreaks.of(values(1.0, 1.2), Classification.EQUAL_INTERVALS, 5, 1);

        assertThat(breaks.classes()).containsExactly(new Range(1.0, 1.1), new Range(1.1, 1.2));
    }

    @Test
    void ignoresNullsAndIsIndependentOfInputOrder() {
        List<Double> values = new ArrayList<>(values(5, 3, 8, 1, 9, 2, 7));
        values.add(null);
        ClassBreaks first = ClassBreaks.of(values, Classification.QUANTILES, 5, 1);
        Collections.reverse(values);

        assertThat(ClassBreaks.of(values, Classification.QUANTILES, 5, 1)).isEqualTo(first);
    }

    @Test
    void noValuesNoClasses() {
        ClassBreaks breaks = ClassBreaks.of(Arrays.asList(null, null), Classification.QUANTILES, 5, 1);

        assertThat(breaks.isEmpty()).isTrue();
        assertThatThrownBy(() -> breaks.classOf(1)).isInstanceOf(IllegalStateException.class);
    }
}
