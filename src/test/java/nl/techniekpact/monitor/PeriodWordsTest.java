package nl.techniekpact.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Periods and breakdowns as people read them, not as CBS codes and dimension=value pairs. */
class PeriodWordsTest {

    private static final Locale NL = Locale.of("nl");

    @Test
    void periodsInWords() {
        assertThat(Period.inWords("2019KW04", NL)).isEqualTo("4e kwartaal 2019");
        assertThat(Period.inWords("2019KW01", Locale.ENGLISH)).isEqualTo("1st quarter 2019");
        assertThat(Period.inWords("2020KW02", Locale.ENGLISH)).isEqualTo("2nd quarter 2020");
        assertThat(Period.inWords("2019MM03", NL)).isEqualTo("maart 2019");
        assertThat(Period.inWords("2019MM03", Locale.ENGLISH)).isEqualTo("March 2019");
        assertThat(Period.inWords("2019JJ00", NL)).isEqualTo("2019");
        assertThat(Period.inWords("2019/2020", NL)).isEqualTo("2019/2020");
        assertThat(Period.inWords("anders", NL)).isEqualTo("anders");
    }

    @Test
    void breakdownsInWords() {
        assertThat(Breakdown.inWords(Map.of("niveau", "hbo"))).isEqualTo("hbo");
        assertThat(Breakdown.inWords(Map.of("niveau", "hbo", "geslacht", "vrouw"))).isEqualTo("vrouw, hbo");
    }
}
