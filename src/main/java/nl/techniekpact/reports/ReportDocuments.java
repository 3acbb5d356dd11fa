package nl.techniekpact.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.reports.internal.DocxDocuments;
import nl.techniekpact.reports.internal.FactsheetView;
import nl.techniekpact.reports.internal.PdfDocuments;
import nl.techniekpact.reports.internal.ReportCharts;
import nl.techniekpact.reports.internal.ReportView;
import nl.techniekpact.system.TextBlocks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a progress report model into its documents: the HTML document and the PDF from one Thymeleaf
 * template set ({@code templates/reports/}), the Word document from the same model. Documents are in Dutch (the
 * language of the report to parliament); the web page may show its labels in English. Same model, same bytes.
 */
@Service
public class ReportDocuments {

    /** The language of the documents. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final TextBlocks textBlocks;
    private final PdfDocuments pdf;
    private final DocxDocuments docx;
    private final String css;

    ReportDocuments(ITemplateEngine templates, MessageSource messages, TextBlocks textBlocks, PdfDocuments pdf,
                    DocxDocuments docx) {
        this.templates = templates;
        this.messages = messages;
        this.textBlocks = textBlocks;
        this.pdf = pdf;
        this.docx = docx;
        this.css = stylesheet();
    }

    /** The report stylesheet (served to browsers at /reports/report.css, inlined into the PDF). */
    public String stylesheet() {
        if (css != null) {
            return css;
        }
        try (InputStream in = ReportDocuments.class.getResourceAsStream("/templates/reports/report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the web page's templates need next to the model: the view helper with the charts drawn for screen. */
    public ReportView view(ProgressReport report, Locale locale) {
        ReportView bare = new ReportView(report, messages, locale, textBlocks, Map.of());
        return new ReportView(report, messages, locale, textBlocks, ReportCharts.draw(report, bare, false));
    }

    public byte[] render(ProgressReport report, DocumentFormat format) {
        return switch (format) {
            case HTML -> xhtml(report, false).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf.render(xhtml(report, true), report.referenceDate());
            case DOCX -> docx.render(report, new ReportView(report, messages, DUTCH, textBlocks, Map.of()));
        };
    }

    /** The factsheet's view for the web page (charts sized for the screen). */
    public FactsheetView factsheetView(Factsheet sheet, Locale locale) {
        return new FactsheetView(sheet, messages, locale, textBlocks, false);
    }

    /** A factsheet as HTML (standalone document) or PDF. */
    public byte[] render(Factsheet sheet, DocumentFormat format) {
        if (format == DocumentFormat.DOCX) {
            throw new IllegalArgumentException("Factsheets are made as HTML and PDF");
        }
        boolean forPdf = format == DocumentFormat.PDF;
        Context context = new Context(DUTCH);
        context.setVariable("sheet", sheet);
        context.setVariable("fview", new FactsheetView(sheet, messages, DUTCH, textBlocks, forPdf));
        context.setVariable("css", forPdf ? css : null);
        String xhtml = templates.process("reports/factsheet-document", context);
        return forPdf ? pdf.render(xhtml, sheet.referenceDate()) : xhtml.getBytes(StandardCharsets.UTF_8);
    }

    /** The report as a standalone XHTML document; for the PDF with the stylesheet inlined and fixed chart sizes. */
    String xhtml(ProgressReport report, boolean forPdf) {
        ReportView bare = new ReportView(report, messages, DUTCH, textBlocks, Map.of());
        ReportView view = new ReportView(report, messages, DUTCH, textBlocks, ReportCharts.draw(report, bare, forPdf));
        Context context = new Context(DUTCH);
        context.setVariable("report", report);
        context.setVariable("view", view);
        context.setVariable("css", forPdf ? css : null);
        return templates.process("reports/document", context);
    }
}
