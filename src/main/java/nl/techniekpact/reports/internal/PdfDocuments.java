package nl.techniekpact.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.springframework.stereotype.Component;

/**
 * Turns a report's XHTML into a tagged PDF (PDF/UA: structure tags, title and language metadata, embedded
 * fonts) with openhtmltopdf. Deterministic: the document's dates are the reference date (information
 * dictionary and XMP), its file identifier is derived from the content, fonts are subset by glyph, so the same
 * XHTML and date give the same bytes.
 */
@Component
public class PdfDocuments {

    /** The font family the report CSS names. */
    static final String FAMILY = "Report Sans";
    private static final Path FONTS = Path.of("/usr/share/fonts/truetype/dejavu");
    /** PDFBox's own copy of Liberation Sans: always there, used where DejaVu is not installed. */
    private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final java.util.regex.Pattern TIMESTAMP = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");

    private final byte[] regular;
    private final byte[] bold;

    PdfDocuments() {
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
    }

    private static byte[] font(String name) {
        try {
            Path path = FONTS.resolve(name);
            if (Files.isReadable(path)) {
                return Files.readAllBytes(path);
            }
            try (InputStream in = PdfDocuments.class.getResourceAsStream(FALLBACK)) {
                if (in == null) {
                    throw new IllegalStateException("No font for the PDF reports: neither " + path + " nor " + FALLBACK);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param xhtml         a well-formed XHTML document with {@code lang} and {@code <title>}
     * @param referenceDate the date written as the document's creation and modification date
     */
    public byte[] render(String xhtml, LocalDate referenceDate) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessbility(true)
                .withProducer("Techniekpact platform (openhtmltopdf)")
                .useSVGDrawer(new BatikSVGDrawer())
                .withHtmlContent(xhtml, "about:blank");
        builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.ITALIC, true);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument document = renderer.createPDFKeepOpen();
            fix(document, referenceDate, xhtml);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fix(PDDocument document, LocalDate referenceDate, String xhtml) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.set(referenceDate.getYear(), referenceDate.getMonthValue() - 1, referenceDate.getDayOfMonth(), 0, 0, 0);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            // openhtmltopdf writes the time of rendering into the XMP packet (xmp:CreateDate, xmp:ModifyDate):
            // every timestamp in it becomes the reference date
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            String fixed = TIMESTAMP.matcher(xmp).replaceAll(referenceDate + "T00:00:00Z");
            metadata.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
        }
        byte[] id = Arrays.copyOf(sha256(xhtml + "|" + referenceDate), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
