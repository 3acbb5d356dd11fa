package nl.techniekpact.importers;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Feeds a CSV file to a {@link MappedTable}: UTF-8 with or without byte-order mark, CRLF or LF, quoted cells
 * (closed on their own line, as {@link CsvLines} reads them). The delimiter is {@code ;}, {@code ,} or tab,
 * whichever splits the header into cells naming the most mapped columns. When none does but the header text
 * contains a mapped column's name, the file uses another delimiter ({@code WRONG_DELIMITER}); when the names
 * do not occur at all, the mapped columns are missing ({@code MISSING_HEADER}). Lines that are blank, hold only
 * {@code ""} or only empty cells ({@code ;;;;}, as spreadsheets export empty rows) are skipped. Columns are
 * 1-based cell positions, lines physical lines.
 */
final class CsvTableReader {

    private static final char[] DELIMITERS = {';', ',', '\t'};
    /** Characters that occur inside column names, so are no delimiter a guess should name. */
    private static final String NAME_CHARACTERS = "-_.()/%&'\"";

    private final String file;
    private final MappedTable table;
    private char delimiter;
    private boolean stopped;
    private boolean sawLine;

    private CsvTableReader(String file, MappedTable table) {
        this.file = file;
        this.table = table;
    }

    static void read(SourceFile file, MappedTable table) {
        var reader = new CsvTableReader(file.name(), table);
        CsvLines.read(file, StandardCharsets.UTF_8, reader::accept);
        if (!reader.sawLine) {
            table.error(1, 0, Code.EMPTY_FILE);
        }
    }

    private void accept(CsvLines.Line line) {
        if (stopped) {
            return;
        }
        if (line.isArtefact()) {
            table.skip();
            return;
        }
        boolean header = !sawLine;
        sawLine = true;
        if (header && !chooseDelimiter(line)) {
            stopped = true;
            return;
        }
        CsvLines.Cells cells = CsvLines.split(line.text(), delimiter);
        if (cells.unclosedQuoteAt() > 0) {
            table.error(line.number(), cells.values().size(), Code.UNCLOSED_QUOTE);
            stopped = header;
            return;
        }
        if (line.badCharacterColumn() > 0) {
            table.error(line.number(), badCell(cells.values()), Code.BAD_ENCODING, StandardCharsets.UTF_8.name());
            stopped = header;
            return;
        }
        if (header) {
            stopped = !table.header(line.number(), cells.values());
            return;
        }
        if (cells.values().stream().allMatch(String::isBlank)) {
            table.skip();
            return;
        }
        int expected = table.headerSize();
        if (cells.values().size() != expected) {
            table.error(line.number(), Math.min(cells.values().size(), expected) + 1, Code.WRONG_FIELD_COUNT,
                    cells.values().size(), expected);
            return;
        }
        table.row(line.number(), cells.values().stream().map(TableCell::text).toList());
    }

    /** Sets the delimiter from the header line; false (with an error) when the file uses another one. */
    private boolean chooseDelimiter(CsvLines.Line line) {
        int bestFound = -1;
        int mostCells = 0;
        char mostSplitting = DELIMITERS[0];
        for (char candidate : DELIMITERS) {
            List<String> cells = CsvLines.split(line.text(), candidate).values();
            int found = table.mappedColumnsIn(cells);
            if (found > bestFound) {
                bestFound = found;
                delimiter = candidate;
            }
            if (cells.size() > mostCells) {
                mostCells = cells.size();
                mostSplitting = candidate;
            }
        }
        if (bestFound > 0) {
            return true;
        }
        if (table.mentionsMappedColumn(line.text())) {
            table.error(line.number(), 0, Code.WRONG_DELIMITER, guessDelimiter(line.text()));
            return false;
        }
        delimiter = mostSplitting;
        return true;
    }

    /** The 1-based cell holding the first undecodable byte. */
    private static int badCell(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).indexOf('\uFFFD') >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The most frequent character that is neither part of a name nor space: what the file separates by. */
    static String guessDelimiter(String text) {
        Map<Character, Integer> counts = new HashMap<>();
        for (char c : text.toCharArray()) {
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && NAME_CHARACTERS.indexOf(c) < 0) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(e -> String.valueOf(e.getKey())).orElse(" ");
    }
}
