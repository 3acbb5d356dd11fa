package nl.techniekpact.loket.web;

import java.nio.charset.StandardCharsets;

import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.loket.Calendars;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar feed of a school's or company's agreed activities at its secret address (for calendar programs,
 * which cannot sign in), and the "new link" action in Mijn Loket that makes (or replaces) that address.
 */
@Controller
class LoketCalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CurrentUsers users;
    private final Calendars calendars;

    LoketCalendarController(CurrentUsers users, Calendars calendars) {
        this.users = users;
        this.calendars = calendars;
    }

    @GetMapping("/loket/agenda/{secret}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String secret) {
        return calendars.ics(secret)
                .map(text -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noCache())
                        .header("X-Robots-Tag", "noindex").body(text.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("Onbekende agenda / unknown calendar".getBytes(StandardCharsets.UTF_8)));
    }

    /** The new address is shown once, on the next page (it is not stored, only its hash). */
    @PostMapping("/loket/mijn/agenda")
    String newLink(RedirectAttributes redirect) {
        redirect.addFlashAttribute("calendarLink", calendars.newLink(users.require()));
        return "redirect:/loket/mijn#agenda";
    }
}
