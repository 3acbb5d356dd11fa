package nl.techniekpact.reports.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.reports.DocumentFormat;
import nl.techniekpact.reports.FrozenReport;
import nl.techniekpact.reports.FrozenReports;
import nl.techniekpact.reports.ProgressReport;
import nl.techniekpact.reports.ProgressReports;
import nl.techniekpact.reports.ReportDocuments;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The progress reports as open data: the published (frozen) reports, the current report of an edition, a
 * frozen report again, as JSON (the model) or as a document (HTML, PDF, Word). Freezing is the office's.
 */
@RestController
@Tag(name = "Reports", description = "Progress reports (Voortgangsrapportage): current, published, documents")
class ReportApiController {

    private final ProgressReports reports;
    private final FrozenReports frozen;
    private final ReportDocuments documents;
    private final CurrentUsers users;

    ReportApiController(ProgressReports reports, FrozenReports frozen, ReportDocuments documents, CurrentUsers users) {
        this.reports = reports;
        this.frozen = frozen;
        this.documents = documents;
        this.users = users;
    }

    @Operation(summary = "Published (frozen) progress reports, newest reference date first")
    @GetMapping("/api/v1/reports")
    List<FrozenReport> published() {
        return frozen.published();
    }

    @Operation(summary = "The current progress report of an edition, as the data stand now",
            description = "Example: /api/v1/reports/progress?edition=2013&format=pdf")
    @GetMapping("/api/v1/reports/progress")
    ResponseEntity<?> current(@Parameter(description = "edition year: 2013, 2016 or 2018") @RequestParam int edition,
                              @Parameter(description = "json (the model, default), html, pdf or docx")
                              @RequestParam(defaultValue = "json") String format,
                              @Parameter(description = "reference date (yyyy-mm-dd); default today")
                              @RequestParam(required = false) String date) {
        LocalDate referenceDate = date(date, reports.today());
        ProgressReport report;
        try {
            report = reports.current(edition, referenceDate);
        } catch (InvalidInput unknown) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        if ("json".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(report);
        }
        DocumentFormat documentFormat = format(format);
        return document(documents.render(report, documentFormat), documentFormat,
                "voortgangsrapportage-" + edition + "-" + referenceDate);
    }

    record FrozenDetail(FrozenReport report, ProgressReport model) {
    }

    @Operation(summary = "A published report: its metadata and model (json) or its document, reproduced byte for byte")
    @GetMapping("/api/v1/reports/{id:" + ReportPageController.UUID_PATTERN + "}")
    ResponseEntity<?> frozen(@PathVariable UUID id,
                             @Parameter(description = "json (default), html, pdf or docx")
                             @RequestParam(defaultValue = "json") String format) {
        FrozenReport meta = frozen.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        if ("json".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(new FrozenDetail(meta, frozen.model(id).orElseThrow()));
        }
        DocumentFormat documentFormat = format(format);
        return document(frozen.document(id, documentFormat).orElseThrow(), documentFormat,
                "voortgangsrapportage-" + meta.edition() + "-" + meta.referenceDate());
    }

    @Operation(summary = "What changed between two published reports (colours, milestones, examples, progress)")
    @GetMapping("/api/v1/reports/diff")
    FrozenReports.ReportDiff diff(@RequestParam UUID from, @RequestParam UUID to) {
        return frozen.diff(from, to).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    record FreezeRequest(Integer edition, LocalDate referenceDate) {
    }

    @Operation(summary = "Freeze (publish) the report of an edition at a reference date (office only)")
    @PostMapping("/api/v1/office/reports")
    FrozenReport freeze(@RequestBody FreezeRequest request) {
        if (request == null || request.edition() == null) {
            throw InvalidInput.of("edition", "reports.error.unknown-edition");
        }
        return frozen.freeze(users.require(), request.edition(), request.referenceDate());
    }

    static LocalDate date(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("date", "reports.error.date-invalid");
        }
    }

    static DocumentFormat format(String format) {
        return DocumentFormat.of(format).orElseThrow(() -> InvalidInput.of("format", "reports.error.format"));
    }

    static ResponseEntity<byte[]> document(byte[] bytes, DocumentFormat format, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(format.mediaType()));
        if (format != DocumentFormat.HTML) {
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename(name + "." + format.extension()).build());
        }
        return ResponseEntity.ok().headers(headers).body(bytes);
    }
}
