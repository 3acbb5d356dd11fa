package nl.techniekpact.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads any CSV or xlsx file with a saved {@link ColumnMapping} into one {@link RawObservation} per row:
 * region, period and value from the mapped columns, a breakdown per mapped breakdown column (its value
 * trimmed, otherwise as written), the mapping's {@code indicator} as measure, values multiplied by its
 * {@code unitFactor}. Which cell texts are accepted is documented in {@link TableValues}; a blank value cell
 * is missing (no row), a blank region, period or breakdown cell an error. Two rows for the same cell are a
 * {@code DUPLICATE_ROW}, whose message names the first.
 *
 * <p>A file is read as xlsx when it starts as a zip archive or an old Office file, or its name ends in
 * {@code .xlsx} or {@code .xls}; otherwise as CSV. CSV positions are physical lines (the header is line 1)
 * and 1-based cell positions, see {@link CsvTableReader}; xlsx positions are Excel row numbers and column
 * indexes, and messages about a cell name it as Excel does ({@code "Cel C7: …"}), see
 * {@link XlsxTableReader}. An empty file is {@code EMPTY_FILE} at line 1; a workbook that cannot be read or
 * lacks the mapped sheet is reported at line 0, column 0.
 */
public final class MappedTableParser {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final ColumnMapping mapping;

    public MappedTableParser(ColumnMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    public ParseResult<RawObservation> parse(SourceFile file) {
        boolean workbook = isWorkbook(file);
        var table = new MappedTable(file.name(), mapping, workbook);
        if (workbook) {
            XlsxTableReader.read(file, mapping.sheet(), table);
        } else {
            CsvTableReader.read(file, table);
        }
        return table.result();
    }

    private static boolean isWorkbook(SourceFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return true;
        }
        try (InputStream in = file.open()) {
            byte[] start = in.readNBytes(4);
            return Arrays.equals(start, ZIP) || Arrays.equals(start, OLE2);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        }
    }
}
