package nl.techniekpact.importers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML ({@code <row><c r t s><v/><is/></c></row>}) as SAX events and feeds each row to a
 * {@link MappedTable} as {@link XlsxTableReader} describes. A cell's text is capped at Excel's own 32,767
 * characters; a longer one, like every cell over the budget, makes the workbook too large.
 */
final class XlsxSheetHandler extends DefaultHandler {

    /** Whether the cell style with this index shows numbers as dates. */
    @FunctionalInterface
    interface Styles {
        boolean isDate(int index);
    }

    /** Reading stops: the header did not resolve. */
    static final class Stop extends RuntimeException {
        Stop() {
            super("stop", null, false, false);
        }
    }

    private static final int MAX_CELL_TEXT = 32_767;

    private final MappedTable table;
    private final ReadOnlySharedStringsTable strings;
    private final Styles styles;
    private final XlsxTableReader.Budget budget;

    private List<TableCell> cells;
    private int line;
    private int column;
    private String type;
    private int style;
    private final StringBuilder value = new StringBuilder();
    private boolean collecting;
    private boolean inlineString;
    private boolean phonetic;

    XlsxSheetHandler(MappedTable table, ReadOnlySharedStringsTable strings, Styles styles,
            XlsxTableReader.Budget budget) {
        this.table = table;
        this.strings = strings;
        this.styles = styles;
        this.budget = budget;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                line = r != null ? Integer.parseInt(r) : line + 1;
                cells = new ArrayList<>();
            }
            case "c" -> startCell(attributes);
            case "v" -> collecting = true;
            case "is" -> inlineString = true;
            case "rPh" -> phonetic = true;
            case "t" -> collecting = inlineString && !phonetic;
            default -> {
                // formulas, rich-text runs and everything else carry nothing the table reads
            }
        }
    }

    private void startCell(Attributes attributes) {
        budget.cell();
        String ref = attributes.getValue("r");
        column = ref != null ? new CellReference(ref).getCol() : cells.size();
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s != null ? Integer.parseInt(s) : 0;
        value.setLength(0);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            if (value.length() + length > MAX_CELL_TEXT) {
                throw new XlsxTableReader.TooLarge();
            }
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "is" -> inlineString = false;
            case "rPh" -> phonetic = false;
            case "c" -> {
                while (cells.size() < column) {
                    cells.add(TableCell.BLANK);
                }
                TableCell cell = cell();
                if (column < cells.size()) {
                    cells.set(column, cell);
                } else {
                    cells.add(cell);
                }
            }
            case "row" -> row();
            default -> {
                // nothing to do
            }
        }
    }

    private TableCell cell() {
        String text = value.toString();
        if (type == null || type.equals("n")) {
            return number(text);
        }
        return switch (type) {
            case "s" -> text.isEmpty() ? TableCell.BLANK
                    : TableCell.text(strings.getItemAt(Integer.parseInt(text.strip())).getString());
            case "inlineStr", "str", "e" -> TableCell.text(text);
            case "b" -> TableCell.text("1".equals(text.strip()) ? "TRUE" : "FALSE");
            case "d" -> text.length() >= 10 ? TableCell.date(text.substring(0, 10)) : TableCell.BLANK;
            default -> TableCell.BLANK;
        };
    }

    private TableCell number(String text) {
        if (text.isBlank()) {
            return TableCell.BLANK;
        }
        double number = Double.parseDouble(text.strip());
        if (styles.isDate(style) && DateUtil.isValidExcelDate(number)) {
            return TableCell.date(DateUtil.getLocalDateTime(number).toLocalDate().toString());
        }
        return TableCell.number(new BigDecimal(NumberToTextConverter.toText(number)));
    }

    private void row() {
        if (cells.stream().allMatch(TableCell::isBlank)) {
            table.skip();
        } else if (!table.hasHeader()) {
            if (!table.header(line, cells.stream().map(TableCell::text).toList())) {
                throw new Stop();
            }
        } else {
            table.row(line, cells);
        }
    }
}
