package nl.techniekpact.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A published (frozen) progress report: its reference date, when and by whom it was frozen, and the SHA-256 of
 * its model and of the PDF and Word documents made from it, which every later reproduction must match.
 */
public record FrozenReport(UUID id, int edition, LocalDate referenceDate, OffsetDateTime frozenAt, String frozenBy,
                           String modelSha256, String pdfSha256, String docxSha256) {
}
