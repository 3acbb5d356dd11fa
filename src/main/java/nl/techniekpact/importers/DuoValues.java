package nl.techniekpact.importers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.importers.ImportError.Code;

/**
 * The value cells of one DUO row. Returns one entry per value cell read: an observation, or null for a
 * blank cell (counted as missing by the caller); a register row (no value columns) is one observation of 1.
 * Errors go to the shared list.
 */
final class DuoValues {

    private final String file;
    private final CsvLines.Line line;
    private final List<String> cells;
    private final DuoHeader header;
    private final List<ImportError> errors;

    DuoValues(String file, CsvLines.Line line, List<String> cells, DuoHeader header, List<ImportError> errors) {
        this.file = file;
        this.line = line;
        this.cells = cells;
        this.header = header;
        this.errors = errors;
    }

    /**
     * @param rowYear the year the row's {@code DIPLOMAJAAR}-like column names, else the file's year; used for
     *                value columns that carry no year of their own
     */
    List<RawObservation> read(String region, String measure, Map<String, String> breakdown,
            List<String> keyColumns, Map<String, String> labels, Integer rowYear) {
        List<RawObservation> found = new ArrayList<>();
        if (header.values().isEmpty()) {
            int column = keyColumns.isEmpty() ? 1 : header.names().indexOf(keyColumns.getLast()) + 1;
            found.add(new RawObservation(line.number(), column, region, DuoCsvParser.schoolYear(rowYear), measure,
                    breakdown, ObservationValue.of(BigDecimal.ONE), keyColumns, labels));
            return found;
        }
        Map<Integer, BigDecimal> genderSums = new LinkedHashMap<>();
        Map<Integer, Boolean> hasGenderColumns = new LinkedHashMap<>();
        for (DuoHeader.ValueColumn column : header.values()) {
            if (column.gender() != null && !column.isTotal()) {
                hasGenderColumns.put(year(column, rowYear), true);
            }
        }
        for (DuoHeader.ValueColumn column : header.values()) {
            int year = year(column, rowYear);
            if (column.isTotal() && hasGenderColumns.containsKey(year)) {
                continue;
            }
            String cell = cells.get(column.index()).strip();
            if (cell.isEmpty()) {
                found.add(null);
                continue;
            }
            ObservationValue value = value(column, cell);
            if (value == null) {
                continue;
            }
            if (value instanceof ObservationValue.Amount(BigDecimal number) && column.gender() != null) {
                genderSums.merge(year, number, BigDecimal::add);
            }
            Map<String, String> cellBreakdown = new LinkedHashMap<>(breakdown);
            if (column.gender() != null && !column.isTotal()) {
                cellBreakdown.put("geslacht", column.gender());
            }
            if (column.grade() != null) {
                cellBreakdown.put("leerjaar", String.valueOf(column.grade()));
            }
            List<String> sourceColumns = new ArrayList<>(keyColumns);
            sourceColumns.add(header.name(column.index()));
            found.add(new RawObservation(line.number(), column.index() + 1, region,
                    DuoCsvParser.schoolYear(year), measure, cellBreakdown, value, sourceColumns, labels));
        }
        checkTotals(genderSums, hasGenderColumns, rowYear);
        return found;
    }

    private static int year(DuoHeader.ValueColumn column, Integer rowYear) {
        return column.year() != null ? column.year() : rowYear;
    }

    private ObservationValue value(DuoHeader.ValueColumn column, String cell) {
        if (DutchNumbers.isSuppressed(cell) || (column.perRow() && cell.equals("-1"))) {
            return ObservationValue.suppressed(cell);
        }
        BigDecimal number = DuoCsvParser.count(cell);
        if (number == null) {
            errors.add(ImportError.of(file, line.number(), column.index() + 1, Code.BAD_NUMBER, cell,
                    header.name(column.index())));
            return null;
        }
        return ObservationValue.of(number);
    }

    /**
     * A {@code TOTAAL} cell must equal the sum of its year's gender cells (a blank counting as zero). Skipped
     * when a gender cell is suppressed or unreadable, since the sum is then unknown.
     */
    private void checkTotals(Map<Integer, BigDecimal> genderSums, Map<Integer, Boolean> hasGenderColumns,
            Integer rowYear) {
        for (DuoHeader.ValueColumn total : header.values()) {
            if (!total.isTotal()) {
                continue;
            }
            int year = year(total, rowYear);
            if (!hasGenderColumns.containsKey(year) || !gendersReadable(year, rowYear)) {
                continue;
            }
            String cell = cells.get(total.index()).strip();
            BigDecimal sum = genderSums.getOrDefault(year, BigDecimal.ZERO);
            BigDecimal stated = cell.isEmpty() ? BigDecimal.ZERO : DuoCsvParser.count(cell);
            if (stated == null) {
                if (!DutchNumbers.isSuppressed(cell)) {
                    errors.add(ImportError.of(file, line.number(), total.index() + 1, Code.BAD_NUMBER, cell,
                            header.name(total.index())));
                }
            } else if (stated.compareTo(sum) != 0) {
                errors.add(ImportError.of(file, line.number(), total.index() + 1, Code.TOTAL_MISMATCH,
                        header.name(total.index()), cell.isEmpty() ? "(leeg)" : cell, sum.toPlainString()));
            }
        }
    }

    private boolean gendersReadable(int year, Integer rowYear) {
        return header.values().stream()
                .filter(c -> year(c, rowYear) == year && c.gender() != null && !c.isTotal())
                .map(c -> cells.get(c.index()).strip())
                .allMatch(cell -> cell.isEmpty() || DuoCsvParser.count(cell) != null);
    }
}
