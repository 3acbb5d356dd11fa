package nl.techniekpact.importers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DUO header row resolved by name: where each known column is and which columns hold values. Value columns
 * are a bare year ({@code 2019}, {@code LEERLINGEN_2019}), a year with a sex ({@code MAN2019}, {@code VROUW 2019},
 * {@code 2019 TOTAAL}), a leerjaar with a sex without a year ({@code LEER- OF VERBLIJFSJAAR 1 - MAN}: the year
 * is the file's) or one count per row ({@code AANTAL_GEDIPLOMEERDEN}, its year in {@code DIPLOMAJAAR} or the
 * file's); columns named by neither an alias nor a value pattern are ignored.
 *
 * @param fileYear the DUO count year the file is about when no column names one (from its name or retrieval
 *                 date), or null
 */
record DuoHeader(Map<DuoColumn, Integer> columns, List<ValueColumn> values, List<String> names, Integer fileYear,
        List<ImportError> errors) {

    /**
     * A value column at 0-based {@code index}; {@code year} null when the row or the file gives it; {@code gender}
     * is {@code man}, {@code vrouw}, {@code totaal} or null; {@code grade} the leerjaar or null; {@code perRow}
     * for the single count column of a file with years as rows (DUO writes {@code -1} there for a withheld count).
     */
    record ValueColumn(int index, Integer year, String gender, Integer grade, boolean perRow) {

        boolean isTotal() {
            return "totaal".equals(gender);
        }
    }

    private static final Pattern YEAR = Pattern.compile("(?:LEERLINGEN )?(\\d{4})");
    private static final Pattern GENDER_YEAR = Pattern.compile("(MAN|VROUW|TOTAAL) ?(\\d{4})");
    private static final Pattern YEAR_GENDER = Pattern.compile("(\\d{4}) ?(MAN|VROUW|TOTAAL)");
    private static final Pattern GRADE_GENDER = Pattern.compile("(?:LEER OF VERBLIJFSJAAR|LEERJAAR) (\\d) (MAN|VROUW)");
    private static final Pattern COUNT_PER_ROW = Pattern.compile("AANTAL [A-Z ]+");

    static DuoHeader resolve(String file, CsvLines.Line line, List<String> cells, DuoDataset dataset,
            Integer fileYear) {
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
        DuoDataset.Layout layout = dataset.layout();
        for (DuoColumn required : layout.required()) {
            if (!columns.containsKey(required)) {
                errors.add(ImportError.of(file, line.number(), 0, ImportError.Code.MISSING_HEADER,
                        required.displayName()));
            }
        }
        boolean sexInValues = values.stream().anyMatch(v -> v.gender() != null && !v.isTotal());
        if (layout.needsSex() && !columns.containsKey(DuoColumn.GESLACHT) && !sexInValues) {
            errors.add(ImportError.of(file, line.number(), 0, ImportError.Code.MISSING_HEADER,
                    DuoColumn.GESLACHT.displayName()));
        }
        if (values.isEmpty() && !layout.register()) {
            errors.add(ImportError.of(file, line.number(), 0, ImportError.Code.NO_VALUE_COLUMNS));
        }
        boolean yearOutsideColumns = layout.register() || values.stream().anyMatch(v -> v.year() == null);
        if (yearOutsideColumns && !columns.containsKey(DuoColumn.JAAR) && fileYear == null) {
            errors.add(ImportError.of(file, line.number(), 0, ImportError.Code.NO_SCHOOL_YEAR));
        }
        return new DuoHeader(columns, values, cells.stream().map(String::strip).toList(), fileYear, errors);
    }

    private static ValueColumn valueColumn(int index, String name) {
        Matcher m = YEAR.matcher(name);
        if (m.matches()) {
            return new ValueColumn(index, Integer.parseInt(m.group(1)), null, null, false);
        }
        m = GENDER_YEAR.matcher(name);
        if (m.matches()) {
            return new ValueColumn(index, Integer.parseInt(m.group(2)), gender(m.group(1)), null, false);
        }
        m = YEAR_GENDER.matcher(name);
        if (m.matches()) {
            return new ValueColumn(index, Integer.parseInt(m.group(1)), gender(m.group(2)), null, false);
        }
        m = GRADE_GENDER.matcher(name);
        if (m.matches()) {
            return new ValueColumn(index, null, gender(m.group(2)), Integer.parseInt(m.group(1)), false);
        }
        if (COUNT_PER_ROW.matcher(name).matches()) {
            return new ValueColumn(index, null, null, null, true);
        }
        return null;
    }

    private static String gender(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    String name(int index) {
        return names.get(index);
    }
}
