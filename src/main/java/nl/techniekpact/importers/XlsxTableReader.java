package nl.techniekpact.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EmptyFileException;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
 */
final class XlsxTableReader {

    private XlsxTableReader() {
    }

    static void read(SourceFile file, String sheetName, MappedTable table) {
        try (InputStream in = file.open()) {
            XSSFWorkbook workbook;
            try {
                workbook = new XSSFWorkbook(in);
            } catch (EmptyFileException e) {
                table.error(1, 0, Code.EMPTY_FILE);
                return;
            } catch (IOException | RuntimeException e) {
                // POI tells a file that is no xlsx workbook by several unchecked exceptions
                // (NotOfficeXmlFileException, OLE2NotOfficeXmlFileException, POIXMLException, …)
                table.error(0, 0, Code.BAD_WORKBOOK);
                return;
            }
            try (workbook) {
                read(workbook, sheetName, table);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        }
    }

    private static void read(XSSFWorkbook workbook, String sheetName, MappedTable table) {
        Sheet sheet = sheetName != null ? workbook.getSheet(sheetName)
                : workbook.getNumberOfSheets() > 0 ? workbook.getSheetAt(0) : null;
        if (sheet == null && sheetName != null) {
            table.error(0, 0, Code.MISSING_SHEET, sheetName);
            return;
        }
        if (sheet != null) {
            for (Row row : sheet) {
                if (!accept(row, table)) {
                    return;
                }
            }
        }
        if (!table.hasHeader()) {
            table.error(1, 0, Code.EMPTY_FILE);
        }
    }

    /** Feeds one row; false when reading must stop (the header did not resolve). */
    private static boolean accept(Row row, MappedTable table) {
        List<TableCell> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            cells.add(cell(row.getCell(i)));
        }
        int line = row.getRowNum() + 1;
        if (cells.stream().allMatch(TableCell::isBlank)) {
            table.skip();
            return true;
        }
        if (!table.hasHeader()) {
            return table.header(line, cells.stream().map(TableCell::text).toList());
        }
        table.row(line, cells);
        return true;
    }

    static TableCell cell(Cell cell) {
        if (cell == null) {
            return TableCell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> TableCell.text(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? TableCell.date(cell.getLocalDateTimeCellValue().toLocalDate().toString())
                    : TableCell.number(new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())));
            case BOOLEAN -> TableCell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> TableCell.text(ErrorEval.getText(cell.getErrorCellValue()));
            default -> TableCell.BLANK;
        };
    }
}
