package nl.techniekpact.importers;

import java.math.BigDecimal;

/**
 * One cell of a mapped table: its text, trimmed, and for a spreadsheet number also the number. {@code date}
 * is set for a spreadsheet number formatted as a date; its {@code text} is then the ISO date
 * ({@code 2019-01-01}) and {@code number} null.
 */
record TableCell(String text, BigDecimal number, boolean date) {

    static final TableCell BLANK = new TableCell("", null, false);

    static TableCell text(String text) {
        return new TableCell(text.strip(), null, false);
    }

    static TableCell number(BigDecimal number) {
        return new TableCell(number.toPlainString(), number, false);
    }

    static TableCell date(String isoDate) {
        return new TableCell(isoDate, null, true);
    }

    boolean isBlank() {
        return text.isEmpty();
    }
}
