package nl.techniekpact.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the text of a CBS StatLine CSV download into records. Unlike {@link CsvLines}, a quoted cell may run
 * over several lines: the metadata CSV carries CBS's descriptions with their line breaks. A record is the
 * 1-based line it starts on and its cells; a record that is a blank line has no cells.
 */
final class CbsCsvRecords {

    record Record(int line, List<String> cells, boolean quotedFirst) {

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank) && !quotedFirst;
        }
    }

    /** The records of {@code text}, or null when a quote does not close before the end of the text. */
    static List<Record> split(String text, char delimiter, int[] unclosedAt) {
        List<Record> records = new ArrayList<>();
        CsvScanner scanner = new CsvScanner(text, delimiter);
        while (scanner.next()) {
            records.add(new Record(scanner.recordLine(), scanner.cells(), scanner.quotedFirst()));
        }
        if (scanner.unclosed()) {
            unclosedAt[0] = scanner.unclosedLine();
            return null;
        }
        return records;
    }

    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /** Section name → rows (header → trimmed-at-neither-end cell text, plus the record's line). */
    static Map<String, List<Map<String, String>>> sections(List<Record> records) {
        Map<String, List<Map<String, String>>> sections = new LinkedHashMap<>();
        String name = null;
        List<String> header = null;
        boolean afterBlank = true;
        for (Record record : records) {
            if (record.isBlank()) {
                name = null;
                afterBlank = true;
                continue;
            }
            boolean sectionLine = record.cells().size() == 1 && SECTION.matcher(record.cells().getFirst().strip()).matches()
                    && (afterBlank || name == null);
            afterBlank = false;
            if (sectionLine) {
                name = record.cells().getFirst().strip();
                header = null;
                sections.put(name, new ArrayList<>());
            } else if (name != null && header == null) {
                header = record.cells().stream().map(String::strip).toList();
            } else if (name != null) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.cells().size(); i++) {
                    row.put(header.get(i), record.cells().get(i));
                }
                row.put("\u0000line", String.valueOf(record.line()));
                sections.get(name).add(row);
            }
        }
        return sections;
    }

    /** The file as UTF-8 text without its byte-order mark. */
    static String text(SourceFile file) {
        try (InputStream in = file.open()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        }
    }
}
