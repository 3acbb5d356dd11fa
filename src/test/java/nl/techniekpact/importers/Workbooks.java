package nl.techniekpact.importers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small xlsx workbooks made with POI for tests. A row is an array of cells: a {@link String} becomes a text
 * cell, a {@link Number} a numeric cell, a {@link LocalDate} a date-formatted numeric cell, a {@link Formula}
 * a formula cell whose result is calculated and saved with it (as Excel saves it), and null no cell at all.
 * A null row leaves the sheet row out.
 */
final class Workbooks {

    /** A formula such as {@code "B2*2"} or {@code "1/0"}. */
    record Formula(String text) {
    }

    private Workbooks() {
    }

    static byte[] xlsx(String sheetName, Object[]... rows) {
        return xlsx(new String[] {sheetName}, rows);
    }

    /** A workbook with the given sheets; the rows go into the first, the others stay empty. */
    static byte[] xlsx(String[] sheetNames, Object[]... rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            Sheet sheet = workbook.createSheet(sheetNames[0]);
            for (int i = 1; i < sheetNames.length; i++) {
                workbook.createSheet(sheetNames[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value != null) {
                        fill(row.createCell(c), value, dateStyle);
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Cell cell, Object value, CellStyle dateStyle) {
        switch (value) {
            case String text -> cell.setCellValue(text);
            case Number number -> cell.setCellValue(number.doubleValue());
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
            case Formula formula -> cell.setCellFormula(formula.text());
            default -> throw new IllegalArgumentException("Unsupported cell value: " + value);
        }
    }
}
