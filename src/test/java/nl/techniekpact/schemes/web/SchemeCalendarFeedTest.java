package nl.techniekpact.schemes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.techniekpact.schemes.ApplicationWindow;
import nl.techniekpact.schemes.Scheme;
import nl.techniekpact.schemes.SchemeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The deadlines feed on a fixed day, read back by a real iCalendar parser (ical4j): only windows open or announced
 * that day are in it, a window closed the day before never is, and the texts survive escaping and folding.
 */
class SchemeCalendarFeedTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 10, 1);

    private static ApplicationWindow window(int position, LocalDate opens, LocalDate closes) {
        return new ApplicationWindow(position, null, opens, closes, null, null, false, null, null,
                "lijst.csv (uitgever; met komma, en puntkomma)", LocalDate.of(2022, 9, 1));
    }

    private static Scheme scheme(String slug, String name, List<ApplicationWindow> windows) {
        return new Scheme(slug, name, null, "RVO", SchemeLevel.NATIONAL, null, null, null, "IMPORT", "lijst.csv",
                null, Map.of(), Map.of(), Map.of(), windows);
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void listsOnlyTheClosingDaysOfOpenAndAnnouncedWindows() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/schemes");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        List<Scheme> schemes = List.of(
                scheme("gesloten", "Gisteren gesloten", List.of(window(1, LocalDate.of(2022, 9, 1), TODAY.minusDays(1)))),
                scheme("open", "Omscholing naar kansrijke beroepen in de ICT en techniek, een lange naam die gevouwen wordt",
                        List.of(window(1, LocalDate.of(2022, 9, 26), LocalDate.of(2022, 12, 1)))),
                scheme("vandaag", "Sluit vandaag", List.of(window(1, LocalDate.of(2022, 9, 1), TODAY))),
                scheme("tranches", "Twee tranches", List.of(window(1, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 1)),
                        window(2, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1)))),
                scheme("zonder-einde", "Zonder sluitingsdatum", List.of(window(1, LocalDate.of(2022, 9, 1), null))));

        String ics = SchemeCalendarController.feed(schemes, TODAY, "https://example.org", messages, Locale.ROOT);
        List<VEvent> events = events(ics);

        assertThat(events).extracting(e -> value(e, Property.UID)).containsExactly("vandaag-1@regelingen.techniekpact",
                "open-1@regelingen.techniekpact", "tranches-2@regelingen.techniekpact");
        assertThat(events).extracting(e -> value(e, Property.DTSTART)).containsExactly("20221001", "20221201", "20230201");
        assertThat(value(events.get(1), Property.SUMMARY)).isEqualTo("Laatste dag om aan te vragen: Omscholing naar "
                + "kansrijke beroepen in de ICT en techniek, een lange naam die gevouwen wordt");
        assertThat(value(events.get(1), Property.DESCRIPTION)).contains("lijst.csv (uitgever; met komma, en puntkomma)")
                .contains("https://example.org/regelingen/open");
        assertThat(value(events.get(1), Property.URL)).isEqualTo("https://example.org/regelingen/open");
        assertThat(ics).doesNotContain("gesloten-1");

        String english = SchemeCalendarController.feed(schemes, TODAY, "https://example.org", messages, Locale.ENGLISH);
        assertThat(value(events(english).getFirst(), Property.SUMMARY)).isEqualTo("Last day to apply: Sluit vandaag");
        // the next day the window that closed today is gone
        assertThat(events(SchemeCalendarController.feed(schemes, TODAY.plusDays(1), "https://example.org", messages,
                Locale.ROOT))).extracting(e -> value(e, Property.UID)).doesNotContain("vandaag-1@regelingen.techniekpact");
    }
}
