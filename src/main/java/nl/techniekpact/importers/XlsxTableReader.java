package nl.techniekpact.importers;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Feeds the rows of an xlsx worksheet to a {@link MappedTable}: the sheet the mapping names (compared
 * case-insensitively, as Excel does; {@code MISSING_SHEET} at line 0 when absent), else the first.
 * The first row with a non-blank cell is the header; rows without any non-blank cell are skipped. Lines are
 * Excel row numbers, columns 1-based column indexes ({@code C} = 3). Text and numeric cells are read as they
 * are stored, formula cells by the result Excel saved with them (never recalculated), error results
 * ({@code #DIV/0!}) as their text. A number formatted as a date is read as a date, which no mapped column
 * accepts. A file that is no readable xlsx workbook ({@code .xls}, damaged, cut off) is {@code BAD_WORKBOOK}
 * at line 0.
 *
 * <p>The sheet is streamed (SAX over the package read from a temporary file), so memory does not grow with
 * the sheet; only the shared strings are held. A workbook with more cells, or more expanded XML in its sheet
 * and shared strings, than {@link Limits} allows stops with {@code WORKBOOK_TOO_LARGE} at line 0, as does an
 * entry that unpacks to more than 100 times its packed size (POI's {@code ZipSecureFile} ratio) — a small file
 * that unpacks to gigabytes is refused while it is being read, not after.
 */
final class XlsxTableReader {

    /** At most {@code cells} cells (blank ones included) and {@code bytes} bytes of expanded XML. */
    record Limits(long cells, long bytes) {
        static final Limits DEFAULT = new Limits(5_000_000, 256L * 1024 * 1024);
    }

    private XlsxTableReader() {
    }

    static void read(SourceFile file, String sheetName, MappedTable table) {
        read(file, sheetName, table, Limits.DEFAULT);
    }

    static void read(SourceFile file, String sheetName, MappedTable table, Limits limits) {
        Path copy = null;
        try {
            copy = Files.createTempFile("techniekpact-", ".xlsx");
            try (InputStream in = file.open()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(copy) == 0) {
                table.error(1, 0, Code.EMPTY_FILE);
                return;
            }
            read(copy, sheetName, table, limits);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static void read(Path copy, String sheetName, MappedTable table, Limits limits) {
        Budget budget = new Budget(limits);
        try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            XlsxSheetHandler.Styles styles = dateStyles(reader.getStylesTable());
            ReadOnlySharedStringsTable strings = sharedStrings(workbook, budget);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            boolean found = false;
            while (sheets.hasNext() && !found) {
                try (InputStream sheet = sheets.next()) {
                    if (sheetName == null || sheetName.equalsIgnoreCase(sheets.getSheetName())) {
                        found = true;
                        parse(budget.count(sheet), new XlsxSheetHandler(table, strings, styles, budget));
                    }
                }
            }
            if (!found && sheetName != null) {
                table.error(0, 0, Code.MISSING_SHEET, sheetName);
                return;
            }
            if (!table.hasHeader()) {
                table.error(1, 0, Code.EMPTY_FILE);
            }
        } catch (TooLarge e) {
            table.error(0, 0, Code.WORKBOOK_TOO_LARGE, limits.cells(), limits.bytes() / (1024 * 1024));
        } catch (XlsxSheetHandler.Stop e) {
            // the header did not resolve; MappedTable has reported why
        } catch (Exception e) {
            // POI tells a file that is no xlsx workbook by several exceptions (NotOfficeXmlFileException,
            // OLE2NotOfficeXmlFileException, InvalidFormatException, POIXMLException, …), SAX by its own; a
            // parser may wrap the limit's exception in its own
            if (overLimit(e)) {
                table.error(0, 0, Code.WORKBOOK_TOO_LARGE, limits.cells(), limits.bytes() / (1024 * 1024));
            } else {
                table.error(0, 0, Code.BAD_WORKBOOK);
            }
        } catch (NoClassDefFoundError e) {
            // an entry compressed with a method whose codec is not on the classpath (Zstandard, XZ, …: a zip
            // may name any; Excel writes only deflate): commons-compress fails to load it (ParserFuzzTest)
            table.error(0, 0, Code.BAD_WORKBOOK);
        }
    }

    private static void parse(InputStream sheet, XlsxSheetHandler handler) throws IOException, SAXException {
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No SAX parser", e);
        }
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(sheet));
        } catch (SAXException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage workbook, Budget budget)
            throws IOException, SAXException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = budget.count(parts.getFirst().getInputStream())) {
            return new ReadOnlySharedStringsTable(in);
        }
    }

    /** Which cell styles show a number as a date, by style index. */
    private static XlsxSheetHandler.Styles dateStyles(StylesTable styles) {
        if (styles == null) {
            return index -> false;
        }
        int count = styles.getNumCellStyles();
        boolean[] dates = new boolean[count];
        for (int i = 0; i < count; i++) {
            var style = styles.getStyleAt(i);
            dates[i] = style != null && org.apache.poi.ss.usermodel.DateUtil.isADateFormat(
                    style.getDataFormat(), style.getDataFormatString());
        }
        return index -> index >= 0 && index < dates.length && dates[index];
    }

    /** Over our limits, or over POI's own: an entry that unpacks to more than 100 times its packed size. */
    private static boolean overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TooLarge || t instanceof SAXException sax && sax.getException() instanceof TooLarge
                    || t instanceof IOException && t.getMessage() != null && t.getMessage().startsWith("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(Path copy) {
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                copy.toFile().deleteOnExit();
            }
        }
    }

    /** Over a {@link Limits}: thrown from inside the parse and reported as {@code WORKBOOK_TOO_LARGE}. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("workbook over its limits", null, false, false);
        }
    }

    /** What is left of the limits; shared by the shared strings and the sheet. */
    static final class Budget {
        private long cells;
        private long bytes;

        Budget(Limits limits) {
            this.cells = limits.cells();
            this.bytes = limits.bytes();
        }

        void cell() {
            if (--cells < 0) {
                throw new TooLarge();
            }
        }

        private void bytes(long read) {
            bytes -= read;
            if (bytes < 0) {
                throw new TooLarge();
            }
        }

        InputStream count(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        bytes(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        bytes(n);
                    }
                    return n;
                }
            };
        }
    }
}
