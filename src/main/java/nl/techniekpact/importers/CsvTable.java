package nl.techniekpact.importers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.importers.ImportError.Code;

/**
 * A whole UTF-8 CSV file read into a header and records, for files whose quoted cells run over several lines
 * (ESCO's label lists and descriptions): the file is given to {@link CsvScanner} whole, so a line break inside
 * quotes belongs to the cell, and a record keeps the 1-based line it starts on. The size limit is counted while
 * reading. A record with more cells than the header is an error; one with fewer is padded with empty cells
 * when {@code ragged} (ESCO's hierarchy file leaves trailing empty cells out), else an error. Blank lines are
 * skipped. A result with errors has no records.
 */
public record CsvTable(String file, List<String> header, List<Row> rows, List<ImportError> errors) {

    /** One record: its first line and its cells, as many as the header. */
    public record Row(int line, List<String> cells) {
    }

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public static CsvTable read(SourceFile source, char delimiter, long maxBytes, boolean ragged) {
        byte[] bytes = BoundedSource.read(source, maxBytes);
        String name = source.name();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(name, ImportError.of(name, lineOfFirstBadByte(bytes), 0, Code.BAD_ENCODING, "UTF-8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvScanner scanner = new CsvScanner(text, delimiter);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        while (scanner.next()) {
            List<String> cells = scanner.cells();
            if (cells.size() == 1 && cells.getFirst().isBlank() && !scanner.quotedFirst()) {
                continue;
            }
            if (header == null) {
                header = cells.stream().map(String::strip).toList();
            } else if (cells.size() > header.size() || (!ragged && cells.size() < header.size())) {
                errors.add(ImportError.of(name, scanner.recordLine(), Math.min(cells.size(), header.size()) + 1,
                        Code.WRONG_FIELD_COUNT, cells.size(), header.size()));
            } else {
                List<String> padded = new ArrayList<>(cells);
                while (padded.size() < header.size()) {
                    padded.add("");
                }
                rows.add(new Row(scanner.recordLine(), padded));
            }
        }
        if (scanner.unclosed()) {
            errors.add(ImportError.of(name, scanner.unclosedLine(), scanner.unclosedColumn(), Code.UNCLOSED_QUOTE));
        }
        if (header == null && errors.isEmpty()) {
            errors.add(ImportError.of(name, 1, 0, Code.EMPTY_FILE));
        }
        return errors.isEmpty() ? new CsvTable(name, header, rows, errors)
                : new CsvTable(name, header == null ? List.of() : header, List.of(), errors);
    }

    private static CsvTable failed(String name, ImportError error) {
        return new CsvTable(name, List.of(), List.of(), List.of(error));
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        try {
            String lenient = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            int at = lenient.indexOf('\uFFFD');
            return (int) lenient.substring(0, Math.max(at, 0)).chars().filter(c -> c == '\n').count() + 1;
        } catch (CharacterCodingException e) {
            return 1;
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Column name → position, for the columns this table has. */
    public Map<String, Integer> columns() {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
        return columns;
    }
}
