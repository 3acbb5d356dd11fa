package nl.techniekpact.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class NumberStyleTest {

    @Test
    void dutchUsesCommaDecimalsPointGroupingAndASpaceBeforeTheUnit() {
        NumberStyle percent = NumberStyle.dutch(1, "%");

        assertThat(percent.format(14.2)).isEqualTo("14,2 %");
        assertThat(percent.format(14.25)).isEqualTo("14,3 %");
        assertThat(percent.format(-0.04)).isEqualTo("0,0 %");
        assertThat(percent.format(1234.5)).isEqualTo("1.234,5 %");
        assertThat(percent.range(12, 15.5)).isEqualTo("12,0 \u2013 15,5 %");
        assertThat(percent.range(16.3, 16.31)).isEqualTo("16,3 %");
        assertThat(NumberStyle.dutch(0, "").format(113422)).isEqualTo("113.422");
        assertThat(NumberStyle.dutch(0, " ").format(2.5)).isEqualTo("3");
    }

    @Test
    void ticksCanShowOtherDecimalsThanValues() {
        NumberStyle style = NumberStyle.dutch(1, "%");

        assertThat(style.number(20, 0)).isEqualTo("20");
        assertThat(style.number(2.5, 1)).isEqualTo("2,5");
        assertThat(style.number(0.25, 2)).isEqualTo("0,25");
    }

    @Test
    void englishLocaleUsesPointDecimals() {
        assertThat(new NumberStyle(Locale.UK, 2, "%").format(1234.567)).isEqualTo("1,234.57 %");
    }

    @Test
    void roundsHalfUpAsTheLabelsDo() {
        NumberStyle style = NumberStyle.dutch(1, "");

        assertThat(style.round(15.55)).isEqualTo(15.6);
        assertThat(style.round(15.549)).isEqualTo(15.5);
    }

    @Test
    void refusesNonFiniteNumbersAndTooManyDecimals() {
        assertThatThrownBy(() -> NumberStyle.dutch(1, "%").format(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberStyle.dutch(7, "%")).isInstanceOf(IllegalArgumentException.class);
    }
}
