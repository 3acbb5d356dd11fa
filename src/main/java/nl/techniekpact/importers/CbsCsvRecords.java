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
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean quotedFirst = false;
        int line = 1;
        int start = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                quoteLine = line;
                quotedFirst |= cells.isEmpty() && cell.isEmpty();
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                records.add(new Record(start, List.copyOf(cells), quotedFirst));
                cells.clear();
                cell.setLength(0);
                quotedFirst = false;
                line++;
                start = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            unclosedAt[0] = quoteLine;
            return null;
        }
        if (!cells.isEmpty() || !cell.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Record(start, List.copyOf(cells), quotedFirst));
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
