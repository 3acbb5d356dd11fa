package nl.techniekpact.importers;

import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV tokenizer of the importers (RFC 4180 quoting: a quote opens and closes a quoted stretch, two quotes
 * inside it are one quote). It reads records one after another from a text; a record ends at a line end outside
 * quotes (LF, CR or CRLF). Whether a quoted cell may run over several lines is the caller's matter: the DUO and
 * mapped-table readers give it one physical line at a time, so an open quote at the end is an error there; the
 * StatLine CSV reader gives it the whole file, whose descriptions carry line breaks.
 */
final class CsvScanner {

    private final String text;
    private final char delimiter;
    private int position;
    private int line = 1;
    private int lineStart;

    private final List<String> cells = new ArrayList<>();
    private int recordLine;
    private boolean quotedFirst;
    private boolean unclosed;
    private int quoteLine;
    private int quoteColumn;

    CsvScanner(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /**
     * Reads the next record; false at the end of the text or when a quote does not close before it (then
     * {@link #unclosedLine()} and {@link #unclosedColumn()} say where that quote is).
     */
    boolean next() {
        cells.clear();
        quotedFirst = false;
        recordLine = line;
        if (position >= text.length()) {
            return false;
        }
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (quoted) {
                if (c == '"' && position < text.length() && text.charAt(position) == '"') {
                    cell.append('"');
                    position++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        newLine();
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                quoteLine = line;
                quoteColumn = position - lineStart;
                quotedFirst |= cells.isEmpty() && cell.isEmpty();
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    position++;
                }
                newLine();
                cells.add(cell.toString());
                return true;
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        if (quoted) {
            unclosed = true;
            return false;
        }
        return true;
    }

    private void newLine() {
        line++;
        lineStart = position;
    }

    /** The cells of the record just read (a copy); after an unclosed quote, the cells up to and including it. */
    List<String> cells() {
        return List.copyOf(cells);
    }

    /** The 1-based line the record just read starts on. */
    int recordLine() {
        return recordLine;
    }

    /** Whether the record's first cell was quoted (a quoted empty first cell is not a blank line). */
    boolean quotedFirst() {
        return quotedFirst;
    }

    /** Whether the scan stopped at a quote that does not close. */
    boolean unclosed() {
        return unclosed;
    }

    /** The 1-based line of the quote that does not close. */
    int unclosedLine() {
        return unclosed ? quoteLine : 0;
    }

    /** 1-based character position of the unclosed quote in its line. */
    int unclosedColumn() {
        return unclosed ? quoteColumn : 0;
    }
}
