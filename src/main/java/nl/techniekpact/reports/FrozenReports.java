package nl.techniekpact.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Permissions;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published progress reports. Freezing stores the report's model (its JSON, exactly), the SHA-256 of the
 * model and of the PDF and Word documents made from it, and those documents themselves as the archived copy.
 * A frozen report is produced again from its stored model; the result is checked against the stored hashes
 * (the renderers are deterministic), and should a future renderer ever differ, the archived bytes are served.
 */
@Service
public class FrozenReports {

    private static final Logger log = LoggerFactory.getLogger(FrozenReports.class);

    private final ProgressReports reports;
    private final ReportDocuments documents;
    private final ReportArchive archive;
    private final Permissions permissions;
    private final Audit audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    FrozenReports(ProgressReports reports, ReportDocuments documents, ReportArchive archive, Permissions permissions,
                  Audit audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.reports = reports;
        this.documents = documents;
        this.archive = archive;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Freezes the report of {@code edition} at {@code referenceDate} as the data stand now. Office only; one
     * report per edition and reference date; not for a date in the future.
     */
    @Transactional
    public FrozenReport freeze(CurrentUser actor, int edition, LocalDate referenceDate) {
        if (actor == null || !permissions.isOffice(actor)) {
            throw new Forbidden("freeze a progress report");
        }
        if (referenceDate == null) {
            throw InvalidInput.of("referenceDate", "reports.error.date-required");
        }
        if (referenceDate.isAfter(reports.today())) {
            throw InvalidInput.of("referenceDate", "reports.error.date-future");
        }
        if (archive.exists(edition, referenceDate)) {
            throw InvalidInput.of("referenceDate", "reports.error.exists");
        }
        ProgressReport report = reports.current(edition, referenceDate);
        String json = ReportJson.write(report);
        byte[] pdf = documents.render(report, DocumentFormat.PDF);
        byte[] docx = documents.render(report, DocumentFormat.DOCX);
        FrozenReport frozen = new FrozenReport(UUID.randomUUID(), edition, referenceDate, OffsetDateTime.now(clock),
                actor.email(), ReportJson.sha256(json), ReportJson.sha256(pdf), ReportJson.sha256(docx));
        archive.insert(frozen, json, pdf, docx, actor.id());
        audit.record(actor.actor(), "report.freeze", "progress_report", frozen.id().toString(), null,
                Map.of("edition", edition, "referenceDate", referenceDate.toString(),
                        "modelSha256", frozen.modelSha256(), "pdfSha256", frozen.pdfSha256(),
                        "docxSha256", frozen.docxSha256(), "changes", report.changes().actions().size()));
        events.publishEvent(new nl.techniekpact.shared.MonitorChanged("report frozen", java.util.Set.of())); // the list of reports
        return frozen;
    }

    /** Every published report, newest reference date first. */
    public List<FrozenReport> published() {
        return archive.all();
    }

    public Optional<FrozenReport> find(UUID id) {
        return archive.find(id).map(ReportArchive.Stored::report);
    }

    /** The model a frozen report was made from, exactly as stored. */
    public Optional<ProgressReport> model(UUID id) {
        return archive.find(id).map(archive::model);
    }

    /** A frozen report's document, produced again from its stored model. */
    public Optional<byte[]> document(UUID id, DocumentFormat format) {
        return archive.find(id).map(stored -> {
            byte[] bytes = documents.render(archive.model(stored), format);
            String expected = switch (format) {
                case PDF -> stored.report().pdfSha256();
                case DOCX -> stored.report().docxSha256();
                case HTML -> null;
            };
            if (expected != null && !expected.equals(ReportJson.sha256(bytes))) {
                log.warn("Report {} {} reproduced with a different hash; serving the archived copy",
                        id, format);
                return archive.archived(id, format);
            }
            return bytes;
        });
    }

    /** What changed from report {@code from} to report {@code to} (any two frozen reports). */
    public Optional<ReportDiff> diff(UUID from, UUID to) {
        var a = archive.find(from);
        var b = archive.find(to);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        ProgressReport before = archive.model(a.get());
        ProgressReport after = archive.model(b.get());
        return Optional.of(new ReportDiff(a.get().report(), b.get().report(), ReportChanges.between(before, after)));
    }

    /** Two frozen reports and what changed between them. */
    public record ReportDiff(FrozenReport from, FrozenReport to, ProgressReport.Changes changes) {
    }
}
