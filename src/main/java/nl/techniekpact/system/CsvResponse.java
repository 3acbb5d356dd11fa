package nl.techniekpact.system;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** RFC 4180 CSV (UTF-8, comma, CRLF, header row) as a download. */
public final class CsvResponse {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvResponse() {
    }

    public static ResponseEntity<String> of(String filename, List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(CsvResponse::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(out.toString());
    }

    /**
     * Guards spreadsheet users against formula injection: a text cell starting with = + @ - (or a tab or carriage
     * return) is prefixed with '. A negative number written as text ({@code -12}, {@code -3,5}) is left as it is.
     */
    static Object safe(Object value) {
        if (value instanceof String s && !s.isEmpty() && "=+@-\t\r".indexOf(s.charAt(0)) >= 0
                && !NEGATIVE_NUMBER.matcher(s).matches()) {
            return "'" + s;
        }
        return value;
    }

    private static final java.util.regex.Pattern NEGATIVE_NUMBER = java.util.regex.Pattern.compile("-\\d+([.,]\\d+)?");
}
