package nl.techniekpact.importers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads delimited text one physical line at a time (CRLF or LF), 1-based line numbers, and splits a line
 * into cells. A quoted cell ({@code "a;b"}, {@code ""} for a quote) must close on its own line: DUO and CBS
 * files never break a record across lines, so an open quote at the end of a line is an error, not a
 * continuation. Bytes that are not valid in the charset become U+FFFD and are reported as
 * {@code BAD_ENCODING} by the caller via {@link Line#badCharacterColumn()}.
 */
final class CsvLines {

    /** A physical line; {@code text} without its line end and without a leading byte-order mark. */
    record Line(int number, String text) {

        /** A line the downloader of the DUO files left behind: blank, or only {@code ""}. */
        boolean isArtefact() {
            String t = text.strip();
            return t.isEmpty() || t.equals("\"\"");
        }

        /** 1-based column (character) of the first undecodable byte, or 0. */
        int badCharacterColumn() {
            return text.indexOf('\uFFFD') + 1;
        }
    }

    /** The cells of one line, or the 1-based character position of a quote that does not close. */
    record Cells(List<String> values, int unclosedQuoteAt) {
    }

    private CsvLines() {
    }

    static void read(SourceFile file, Charset charset, Consumer<Line> consumer) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (var reader = new BufferedReader(new InputStreamReader(file.open(), decoder))) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                consumer.accept(new Line(number, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        }
    }

    static Cells split(String text, char delimiter) {
        CsvScanner scanner = new CsvScanner(text, delimiter);
        if (scanner.next()) {
            return new Cells(scanner.cells(), 0);
        }
        return scanner.unclosed() ? new Cells(scanner.cells(), scanner.unclosedColumn()) : new Cells(List.of(""), 0);
    }

    /**
     * The cells of a data line, or null when the line has a character the charset cannot decode or a quote that
     * does not close; the error (with file, line and column) is then added to {@code errors}.
     */
    static Cells checkedCells(Line line, String file, Charset charset, char delimiter, List<ImportError> errors) {
        if (line.badCharacterColumn() > 0) {
            errors.add(ImportError.of(file, line.number(), line.badCharacterColumn(), ImportError.Code.BAD_ENCODING,
                    charset.name()));
            return null;
        }
        Cells cells = split(line.text(), delimiter);
        if (cells.unclosedQuoteAt() > 0) {
            errors.add(ImportError.of(file, line.number(), cells.unclosedQuoteAt(), ImportError.Code.UNCLOSED_QUOTE));
            return null;
        }
        return cells;
    }

    /** Whether a row has as many cells as the header; if not, the error is added. */
    static boolean fieldCountFits(int line, String file, int cells, int expected, List<ImportError> errors) {
        if (cells == expected) {
            return true;
        }
        errors.add(ImportError.of(file, line, Math.min(cells, expected) + 1, ImportError.Code.WRONG_FIELD_COUNT, cells,
                expected));
        return false;
    }
}
