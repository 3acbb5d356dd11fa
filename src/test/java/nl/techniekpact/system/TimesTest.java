package nl.techniekpact.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Moments in Dutch time whatever zone they come in, on both sides of the clock change, labelled per language. */
class TimesTest {

    private final Times times = new Times(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void winterTimeIsOneHourAheadOfUtcAndSummerTimeTwo() {
        assertThat(times.unlabelled(OffsetDateTime.of(2026, 12, 4, 19, 40, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2026-12-04 20:40");
        assertThat(times.unlabelled(Instant.parse("2026-07-01T10:00:00Z"))).isEqualTo("2026-07-01 12:00");
        assertThat(times.unlabelledWithSeconds(Instant.parse("2026-03-29T00:59:59Z"))).isEqualTo("2026-03-29 01:59:59");
        assertThat(times.unlabelledWithSeconds(Instant.parse("2026-03-29T01:00:00Z")))
                .as("clocks go forward at 02:00").isEqualTo("2026-03-29 03:00:00");
        assertThat(times.unlabelled(OffsetDateTime.parse("2026-06-01T09:00:00-04:00")))
                .as("an offset other than UTC").isEqualTo("2026-06-01 15:00");
        assertThat(times.unlabelled(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("2026-10-25 02:30");
        assertThat(times.unlabelled(Instant.parse("2026-10-25T01:30:00Z")))
                .as("clocks go back at 03:00: the same hour once more").isEqualTo("2026-10-25 02:30");
    }

    @Test
    void theDayIsTheDutchDay() {
        assertThat(times.day(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("2027-01-01");
        assertThat(times.day(LocalDateTime.of(2026, 12, 31, 23, 30))).as("already Dutch").isEqualTo("2026-12-31");
    }

    @Test
    void theDayInWordsInThePageLanguage() {
        LocaleContextHolder.setLocale(Locale.of("nl"));
        assertThat(times.dayInWords(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("1 januari 2027");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(times.dayInWords(Instant.parse("2026-12-04T10:00:00Z"))).isEqualTo("4 December 2026");
    }

    @Test
    void writtenOutForLettersInBothLanguages() {
        Instant at = Instant.parse("2026-12-11T20:40:00Z");
        assertThat(Times.written(at, Locale.of("nl"))).isEqualTo("vrijdag 11 december 2026, 21:40 (Nederlandse tijd)");
        assertThat(Times.written(at, Locale.ENGLISH)).isEqualTo("Friday 11 December 2026, 21:40 (Dutch time)");
        assertThat(Times.written(java.time.LocalDate.of(2027, 3, 1), Locale.of("nl"))).isEqualTo("maandag 1 maart 2027");
        assertThat(Times.written(java.time.LocalDate.of(2027, 3, 1), Locale.ENGLISH)).isEqualTo("Monday 1 March 2027");
    }

    @Test
    void labelledInTheLanguageOfThePage() {
        Instant at = Instant.parse("2026-12-04T19:40:00Z");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        assertThat(times.moment(at)).isEqualTo("2026-12-04 20:40 (Nederlandse tijd)");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(times.moment(at)).isEqualTo("2026-12-04 20:40 (Dutch time)");
        assertThat(times.moment(null)).isEmpty();
    }

    @Test
    void aDateIsNotAMoment() {
        assertThatThrownBy(() -> times.unlabelled(java.time.LocalDate.of(2026, 12, 4)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
