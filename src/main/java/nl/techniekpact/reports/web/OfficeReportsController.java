package nl.techniekpact.reports.web;

import java.time.LocalDate;
import java.util.Map;

import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.reports.FrozenReport;
import nl.techniekpact.reports.FrozenReports;
import nl.techniekpact.reports.ProgressReports;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The office freezes (publishes) progress reports. Only the office reaches {@code /office/**}. */
@Controller
class OfficeReportsController {

    private final ProgressReports reports;
    private final FrozenReports frozen;
    private final CurrentUsers users;

    OfficeReportsController(ProgressReports reports, FrozenReports frozen, CurrentUsers users) {
        this.reports = reports;
        this.frozen = frozen;
        this.users = users;
    }

    @GetMapping("/office/reports")
    String form(Model model) {
        return page(model, Map.of(), Map.of());
    }

    @PostMapping("/office/reports")
    String freeze(@RequestParam(defaultValue = "") String edition, @RequestParam(defaultValue = "") String referenceDate,
                  Model model) {
        try {
            int year;
            try {
                year = Integer.parseInt(edition.strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.of("edition", "reports.error.unknown-edition");
            }
            LocalDate date = ReportApiController.date(referenceDate, null);
            FrozenReport report = frozen.freeze(users.require(), year, date);
            return "redirect:/reports/" + report.id();
        } catch (InvalidInput invalid) {
            return page(model, invalid.errors(), Map.of("edition", edition, "referenceDate", referenceDate));
        }
    }

    private String page(Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("editions", reports.editions());
        model.addAttribute("published", frozen.published());
        model.addAttribute("today", reports.today());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "reports/office";
    }
}
