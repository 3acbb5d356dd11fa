package nl.techniekpact.reports.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import nl.techniekpact.reports.FrozenReport;
import nl.techniekpact.reports.FrozenReports;
import nl.techniekpact.reports.ProgressReport;
import nl.techniekpact.reports.ProgressReports;
import nl.techniekpact.reports.ReportDocuments;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public report pages: the list of reports, the current report of an edition, a frozen report, a diff. */
@Controller
class ReportPageController {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final ProgressReports reports;
    private final FrozenReports frozen;
    private final ReportDocuments documents;

    ReportPageController(ProgressReports reports, FrozenReports frozen, ReportDocuments documents) {
        this.reports = reports;
        this.frozen = frozen;
        this.documents = documents;
    }

    @GetMapping("/reports")
    String list(Model model) {
        model.addAttribute("editions", reports.editions());
        model.addAttribute("published", frozen.published());
        model.addAttribute("today", reports.today());
        return "reports/list";
    }

    @GetMapping("/reports/progress/{edition}")
    String current(@PathVariable int edition, @RequestParam(required = false) String date, Model model,
                   Locale locale) {
        LocalDate referenceDate = ReportApiController.date(date, reports.today());
        ProgressReport report;
        try {
            report = reports.current(edition, referenceDate);
        } catch (InvalidInput unknown) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        model.addAttribute("report", report);
        model.addAttribute("view", documents.view(report, locale));
        model.addAttribute("frozen", null);
        model.addAttribute("downloadBase", "/api/v1/reports/progress?edition=" + edition + "&date=" + referenceDate
                + "&format=");
        return "reports/progress";
    }

    @GetMapping("/reports/{id:" + UUID_PATTERN + "}")
    String frozen(@PathVariable UUID id, Model model, Locale locale) {
        FrozenReport meta = frozen.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        ProgressReport report = frozen.model(id).orElseThrow();
        model.addAttribute("report", report);
        model.addAttribute("view", documents.view(report, locale));
        model.addAttribute("frozen", meta);
        model.addAttribute("downloadBase", "/api/v1/reports/" + id + "?format=");
        return "reports/progress";
    }

    @GetMapping("/reports/diff")
    String diff(@RequestParam(required = false) UUID from, @RequestParam(required = false) UUID to, Model model,
                Locale locale) {
        model.addAttribute("published", frozen.published());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("diff", from == null || to == null ? null : frozen.diff(from, to)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return "reports/diff";
    }

    @GetMapping(value = "/reports/report.css", produces = "text/css")
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1))).body(documents.stylesheet());
    }
}
