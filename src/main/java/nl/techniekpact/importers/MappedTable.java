package nl.techniekpact.importers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

import nl.techniekpact.importers.ImportError.Code;

/**
 * The format-independent part of {@link MappedTableParser}: resolves the header against the mapping and turns
 * rows of {@link TableCell}s into observations. The CSV and xlsx readers feed it lines; it collects every
 * error. In a spreadsheet, an error about one cell names the cell as Excel does ({@code "Cel C7: …"}).
 */
final class MappedTable {

    /** Years outside this range are typing errors ({@code 1019}, {@code 2109}), not periods. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;

    private final String file;
    private final ColumnMapping mapping;
    private final boolean spreadsheet;
    private final List<RawObservation> rows = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final Map<RawObservation.CellKey, Integer> seen = new HashMap<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<String, Integer> filterColumns = new LinkedHashMap<>();
    private List<String> names;
    private int skipped;
    private int missing;

    MappedTable(String file, ColumnMapping mapping, boolean spreadsheet) {
        this.file = file;
        this.mapping = mapping;
        this.spreadsheet = spreadsheet;
    }

    boolean hasHeader() {
        return names != null;
    }

    int headerSize() {
        return names.size();
    }

    void skip() {
        skipped++;
    }

    ParseResult<RawObservation> result() {
        return new ParseResult<>(rows, errors, skipped, missing);
    }

    /** Reports an error; in a spreadsheet, one about a cell ({@code column > 0}) names the cell. */
    void error(int line, int column, Code code, Object... arguments) {
        ImportError error = ImportError.of(file, line, column, code, arguments);
        errors.add(spreadsheet && column > 0 ? error.inCell(cellName(line, column)) : error);
    }

    /** {@code C7} for line 7, column 3. */
    static String cellName(int line, int column) {
        return CellReference.convertNumToColString(column - 1) + line;
    }

    /** How many mapped columns {@code cells} (a candidate header) names. */
    int mappedColumnsIn(List<String> cells) {
        return (int) mapping.columns().values().stream()
                .filter(column -> cells.stream().anyMatch(cell -> ColumnMapping.names(cell, column)))
                .count();
    }

    /** Whether {@code text} contains a mapped column's name anywhere, case-insensitively. */
    boolean mentionsMappedColumn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return mapping.columns().values().stream().anyMatch(c -> lower.contains(ColumnMapping.normalise(c)));
    }

    /** Resolves the header row; false (with errors) when a mapped column is missing or appears twice. */
    boolean header(int line, List<String> cells) {
        int before = errors.size();
        names = cells.stream().map(String::strip).toList();
        for (var role : mapping.columns().entrySet()) {
            String column = role.getValue();
            Integer first = null;
            for (int i = 0; i < names.size(); i++) {
                if (!ColumnMapping.names(names.get(i), column)) {
                    continue;
                }
                if (first == null) {
                    first = i;
                } else {
                    error(line, i + 1, Code.DUPLICATE_HEADER, names.get(i), first + 1);
                }
            }
            if (first == null) {
                error(line, 0, Code.MISSING_HEADER, column);
            } else {
                columns.put(role.getKey(), first);
            }
        }
        for (String column : mapping.filter().keySet()) {
            int index = -1;
            for (int i = 0; i < names.size() && index < 0; i++) {
                index = ColumnMapping.names(names.get(i), column) ? i : -1;
            }
            if (index < 0) {
                error(line, 0, Code.MISSING_HEADER, column);
            } else {
                filterColumns.put(column, index);
            }
        }
        return errors.size() == before;
    }

    /** Whether the row passes the mapping's filter; a row outside it is skipped, not read. */
    private boolean kept(List<TableCell> cells) {
        for (var filter : filterColumns.entrySet()) {
            if (!mapping.keeps(filter.getKey(), cell(cells, filter.getValue()).text())) {
                return false;
            }
        }
        return true;
    }

    /** Reads one data row; the row is left out when any of its cells has an error. */
    void row(int line, List<TableCell> cells) {
        if (!kept(cells)) {
            skipped++;
            return;
        }
        int before = errors.size();
        String region = region(line, cells);
        String period = period(line, cells);
        Map<String, String> breakdown = new LinkedHashMap<>();
        List<String> sourceColumns = new ArrayList<>();
        for (var role : columns.entrySet()) {
            sourceColumns.add(names.get(role.getValue()));
            if (role.getKey().startsWith("breakdowns.")) {
                String text = required(line, cells, role.getKey());
                String dimension = role.getKey().substring("breakdowns.".length());
                if (text != null && !mapping.isTotal(dimension, text)) {
                    breakdown.put(dimension, text);
                }
            }
        }
        int valueIndex = columns.get("value");
        TableCell valueCell = cell(cells, valueIndex);
        ObservationValue value = valueCell.isBlank() ? null : value(line, valueIndex, valueCell);
        ObservationValue denominator = null;
        if (mapping.isShare() && !valueCell.isBlank()) {
            int denominatorIndex = columns.get("denominator");
            String text = required(line, cells, "denominator");
            denominator = text == null ? null : value(line, denominatorIndex, cell(cells, denominatorIndex));
        }
        if (errors.size() > before) {
            return;
        }
        if (valueCell.isBlank()) {
            missing++;
            return;
        }
        var observation = new RawObservation(line, valueIndex + 1, region, period, mapping.indicator(), breakdown,
                value, sourceColumns, Map.of(), denominator);
        Integer earlier = seen.putIfAbsent(observation.cellKey(), line);
        if (earlier != null) {
            error(line, 0, Code.DUPLICATE_ROW, (spreadsheet ? "rij " : "regel ") + earlier);
            return;
        }
        rows.add(observation);
    }

    private static TableCell cell(List<TableCell> cells, int index) {
        return index < cells.size() ? cells.get(index) : TableCell.BLANK;
    }

    /** The trimmed text of a required cell, or null (and an error) when it is blank. */
    private String required(int line, List<TableCell> cells, String role) {
        int index = columns.get(role);
        TableCell cell = cell(cells, index);
        if (cell.isBlank()) {
            error(line, index + 1, Code.MISSING_VALUE, names.get(index));
            return null;
        }
        return cell.text();
    }

    private String region(int line, List<TableCell> cells) {
        String text = required(line, cells, "region");
        if (text == null) {
            return null;
        }
        TableCell cell = cell(cells, columns.get("region"));
        String code = cell.date() ? null : cell.number() != null ? TableValues.region(cell.number())
                : TableValues.region(text);
        if (code == null) {
            error(line, columns.get("region") + 1, Code.BAD_REGION_CODE, text);
        }
        return code;
    }

    private String period(int line, List<TableCell> cells) {
        String text = required(line, cells, "period");
        if (text == null) {
            return null;
        }
        int column = columns.get("period") + 1;
        String period = cell(cells, column - 1).date() ? null : TableValues.period(text);
        if (period == null) {
            error(line, column, Code.BAD_PERIOD, text);
        } else if (TableValues.year(period) < FIRST_YEAR || TableValues.year(period) > LAST_YEAR) {
            error(line, column, Code.BAD_YEAR, text);
            return null;
        }
        return period;
    }

    /** The value of a non-blank cell, multiplied by the unit factor; null (and an error) when unreadable. */
    private ObservationValue value(int line, int index, TableCell cell) {
        String text = cell.text();
        BigDecimal number = cell.number();
        if (number == null && !cell.date()) {
            if (TableValues.isSuppressed(text)) {
                return ObservationValue.suppressed(text);
            }
            if (TableValues.isAmbiguous(text)) {
                String[] readings = TableValues.readings(text);
                error(line, index + 1, Code.AMBIGUOUS_NUMBER, text, names.get(index), readings[0], readings[1]);
                return null;
            }
            number = TableValues.number(text);
        }
        if (number == null) {
            error(line, index + 1, Code.BAD_NUMBER, text, names.get(index));
            return null;
        }
        return ObservationValue.of(scaled(number));
    }

    private BigDecimal scaled(BigDecimal number) {
        if (mapping.unitFactor().compareTo(BigDecimal.ONE) == 0) {
            return number;
        }
        BigDecimal product = number.multiply(mapping.unitFactor()).stripTrailingZeros();
        return product.scale() < 0 ? product.setScale(0) : product;
    }
}
