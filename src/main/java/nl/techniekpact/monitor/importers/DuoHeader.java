package nl.techniekpact.monitor.importers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DUO header row resolved by name: where each known column is and which columns hold values. Value columns
 * are a bare year ({@code 2019}) or a year with a gender ({@code MAN2019}, {@code VROUW 2019},
 * {@code 2019 TOTAAL}); columns named by neither an alias nor a value pattern are ignored.
 */
record DuoHeader(Map<DuoColumn, Integer> columns, List<ValueColumn> values, List<String> names,
        List<ImportError> errors) {

    /** A value column at 0-based {@code index}; {@code gender} is {@code man}, {@code vrouw}, {@code totaal} or null. */
    record ValueColumn(int index, int year, String gender) {

        boolean isTotal() {
            return "totaal".equals(gender);
        }
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern GENDER_YEAR = Pattern.compile("(MAN|VROUW|TOTAAL) ?(\\d{4})");
    private static final Pattern YEAR_GENDER = Pattern.compile("(\\d{4}) ?(MAN|VROUW|TOTAAL)");

    static DuoHeader resolve(String file, CsvLines.Line line, List<String> cells, DuoDataset dataset) {
        Map<DuoColumn, Integer> columns = new EnumMap<>(DuoColumn.class);
        List<ValueColumn> values = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = DuoColumn.normalise(cells.get(i));
            if (name.isEmpty()) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(name, i);
            if (earlier != null) {
                errors.add(ImportError.of(file, line.number(), i + 1, ImportError.Code.DUPLICATE_HEADER,
                        cells.get(i).strip(), earlier + 1));
                continue;
            }
            ValueColumn value = valueColumn(i, name);
            if (value != null) {
                values.add(value);
                continue;
            }
            for (DuoColumn column : DuoColumn.values()) {
                if (column.matches(name)) {
                    Integer first = columns.putIfAbsent(column, i);
                    if (first != null) {
                        errors.add(ImportError.of(file, line.number(), i + 1, ImportError.Code.DUPLICATE_HEADER,
                                cells.get(i).strip(), first + 1));
                    }
                }
            }
        }
        for (DuoColumn required : dataset.layout().required()) {
            if (!columns.containsKey(required)) {
                errors.add(ImportError.of(file, line.number(), 0, ImportError.Code.MISSING_HEADER,
                        required.displayName()));
            }
        }
        if (values.isEmpty()) {
            errors.add(ImportError.of(file, line.number(), 0, ImportError.Code.NO_VALUE_COLUMNS));
        }
        return new DuoHeader(columns, values, cells.stream().map(String::strip).toList(), errors);
    }

    private static ValueColumn valueColumn(int index, String name) {
        Matcher m = YEAR.matcher(name);
        if (m.matches()) {
            return new ValueColumn(index, Integer.parseInt(m.group(1)), null);
        }
        m = GENDER_YEAR.matcher(name);
        if (m.matches()) {
            return new ValueColumn(index, Integer.parseInt(m.group(2)), m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        m = YEAR_GENDER.matcher(name);
        if (m.matches()) {
            return new ValueColumn(index, Integer.parseInt(m.group(1)), m.group(2).toLowerCase(java.util.Locale.ROOT));
        }
        return null;
    }

    String name(int index) {
        return names.get(index);
    }
}
