package nl.techniekpact.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import nl.techniekpact.audit.Audit;
import nl.techniekpact.system.CsvResponse;
import nl.techniekpact.system.Times;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The office browses, filters and exports the audit log (read-only: there is no write endpoint). */
@Controller
class AuditController {

    static final int PAGE = 50;
    static final int EXPORT = 100_000;
    private static final ZoneId AMSTERDAM = Times.NETHERLANDS;

    private final Audit audit;

    AuditController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/office/audit")
    Object log(@RequestParam(required = false) String type, @RequestParam(required = false) String entity,
               @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
               @RequestParam(defaultValue = "html") String format, @RequestParam(defaultValue = "1") String page,
               Model model) {
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        var filter = new Audit.Filter(type, entity, actor, action,
                fromDate == null ? null : fromDate.atStartOfDay(AMSTERDAM).toOffsetDateTime(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(AMSTERDAM).toOffsetDateTime());
        if ("csv".equals(format)) {
            return csv(audit.find(filter, EXPORT));
        }
        int total = audit.count(filter);
        int pages = Math.max(1, (total + PAGE - 1) / PAGE);
        int current = Math.min(Math.max(1, page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1), pages);
        List<Audit.Event> events = audit.find(filter, PAGE, (current - 1) * PAGE);
        model.addAttribute("events", events);
        model.addAttribute("changes", events.stream().collect(java.util.stream.Collectors.toMap(Audit.Event::id,
                e -> nl.techniekpact.audit.AuditChanges.of(e.before(), e.after()))));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("types", audit.entityTypes());
        model.addAttribute("filter", filter);
        model.addAttribute("from", fromDate);
        model.addAttribute("to", toDate);
        model.addAttribute("badDate", (from != null && !from.isBlank() && fromDate == null)
                || (to != null && !to.isBlank() && toDate == null));
        return "audit/log";
    }

    private static ResponseEntity<String> csv(List<Audit.Event> events) {
        return CsvResponse.of("audit.csv",
                List.of("id", "at", "actor", "action", "entity_type", "entity_id", "before", "after"),
                events.stream().<List<?>>map(e -> List.of(e.id(), e.at().atZoneSameInstant(AMSTERDAM).toOffsetDateTime(),
                        e.actor(), e.action(), e.entityType(), e.entityId(), e.before() == null ? "" : e.before(), e.after() == null ? "" : e.after()))
                        .toList());
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
