package nl.techniekpact.schemes.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.techniekpact.schemes.ApplicationWindow;
import nl.techniekpact.schemes.Scheme;
import nl.techniekpact.schemes.SchemeStatus;
import nl.techniekpact.schemes.Schemes;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /regelingen/deadlines.ics}: the closing day of every window that is open or announced today, one all-day
 * event each, in the page's language. A closed window, or one whose closing day no source states, is not in it.
 */
@Controller
class SchemeCalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final Schemes schemes;
    private final MessageSource messages;

    SchemeCalendarController(Schemes schemes, MessageSource messages) {
        this.schemes = schemes;
        this.messages = messages;
    }

    @GetMapping("/regelingen/deadlines.ics")
    ResponseEntity<String> deadlines(Locale locale) {
        LocalDate today = schemes.today();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "inline; filename=\"regelingen-sluitingsdata.ics\"")
                .body(feed(schemes.all(), today, base, messages, locale));
    }

    /** The feed for {@code today}: the closing days of the windows open or announced that day. */
    static String feed(List<Scheme> all, LocalDate today, String base, MessageSource messages, Locale locale) {
        List<DeadlineCalendar.Event> events = new ArrayList<>();
        for (Scheme scheme : all) {
            for (ApplicationWindow w : scheme.windows()) {
                SchemeStatus status = w.status(today);
                if (w.closes() != null && (status == SchemeStatus.OPEN || status == SchemeStatus.ANNOUNCED)) {
                    String url = base + "/regelingen/" + scheme.slug();
                    events.add(new DeadlineCalendar.Event(scheme.slug() + "-" + w.position() + "@regelingen.techniekpact",
                            w.closes(), messages.getMessage("schemes.calendar.summary", new Object[] {scheme.name()},
                            locale), messages.getMessage("schemes.calendar.description",
                            new Object[] {w.source(), url}, locale), url));
                }
            }
        }
        events.sort(Comparator.comparing(DeadlineCalendar.Event::day).thenComparing(DeadlineCalendar.Event::uid));
        return DeadlineCalendar.write(messages.getMessage("schemes.calendar.name", null, locale), today, events);
    }
}
