package nl.techniekpact.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.importers.ImportError.Code;

/** One pass over the crosswalk CSV for {@link MunicipalityCrosswalk#parse}. */
final class CrosswalkReader {

    /** Column → accepted header names (lower case); the first is the one error messages use. */
    private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

    static {
        ALIASES.put("name", List.of("name", "gemeentenaam", "naam"));
        ALIASES.put("code", List.of("code", "gemeentecode"));
        ALIASES.put("year", List.of("year", "jaar"));
        ALIASES.put("corop_code", List.of("corop_code", "coropcode"));
        ALIASES.put("corop", List.of("corop", "coropnaam"));
        ALIASES.put("region_code", List.of("region_code", "arbeidsmarktregio_code", "arbeidsmarktregiocode"));
        ALIASES.put("region", List.of("region", "arbeidsmarktregio"));
        ALIASES.put("province_code", List.of("province_code", "provinciecode"));
        ALIASES.put("province", List.of("province", "provincie", "provincienaam"));
    }

    private static final List<String> REQUIRED = List.of("code", "year", "province_code");

    private final String file;
    private final List<MunicipalityRegions> rows = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private Map<String, Integer> columns;
    private int headerSize;
    private boolean stopped;
    private int skipped;

    CrosswalkReader(String file) {
        this.file = file;
    }

    void accept(CsvLines.Line line) {
        if (stopped) {
            return;
        }
        if (line.isArtefact()) {
            skipped++;
            return;
        }
        CsvLines.Cells cells = CsvLines.split(line.text(), ',');
        if (cells.unclosedQuoteAt() > 0) {
            errors.add(ImportError.of(file, line.number(), cells.unclosedQuoteAt(), Code.UNCLOSED_QUOTE));
            stopped = columns == null;
        } else if (columns == null) {
            header(line, cells.values());
        } else if (cells.values().size() != headerSize) {
            errors.add(ImportError.of(file, line.number(), Math.min(cells.values().size(), headerSize) + 1,
                    Code.WRONG_FIELD_COUNT, cells.values().size(), headerSize));
        } else {
            row(line, cells.values());
        }
    }

    ParseResult<MunicipalityRegions> result() {
        if (columns == null && errors.isEmpty()) {
            errors.add(ImportError.of(file, 1, 0, Code.EMPTY_FILE));
        }
        return new ParseResult<>(rows, errors, skipped, 0);
    }

    private void header(CsvLines.Line line, List<String> cells) {
        columns = new HashMap<>();
        headerSize = cells.size();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
            for (var alias : ALIASES.entrySet()) {
                if (alias.getValue().contains(name) && columns.putIfAbsent(alias.getKey(), i) != null) {
                    errors.add(ImportError.of(file, line.number(), i + 1, Code.DUPLICATE_HEADER, cells.get(i),
                            columns.get(alias.getKey()) + 1));
                }
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(ImportError.of(file, line.number(), 0, Code.MISSING_HEADER, required));
            }
        }
        stopped = !errors.isEmpty();
    }

    private void row(CsvLines.Line line, List<String> cells) {
        int before = errors.size();
        String code = code(line, cells, "code", "GM", true);
        Integer year = year(line, cells);
        String province = code(line, cells, "province_code", "PV", true);
        String labourMarket = code(line, cells, "region_code", "AM", false);
        String corop = code(line, cells, "corop_code", "CR", false);
        if (errors.size() > before) {
            return;
        }
        Integer earlier = seen.putIfAbsent(code + "@" + year, line.number());
        if (earlier != null) {
            errors.add(ImportError.of(file, line.number(), 0, Code.DUPLICATE_ROW, "regel " + earlier));
            return;
        }
        rows.add(new MunicipalityRegions(line.number(), code, text(cells, "name"), year, province,
                text(cells, "province"), labourMarket, labourMarket == null ? null : text(cells, "region"),
                corop, corop == null ? null : text(cells, "corop")));
    }

    private String code(CsvLines.Line line, List<String> cells, String column, String prefix, boolean required) {
        Integer index = columns.get(column);
        String value = text(cells, column);
        if (value == null) {
            if (required) {
                errors.add(ImportError.of(file, line.number(), index == null ? 0 : index + 1, Code.MISSING_VALUE,
                        column));
            }
            return null;
        }
        if (!RegionCodes.matches(value, prefix)) {
            errors.add(ImportError.of(file, line.number(), index + 1, Code.BAD_REGION_CODE, value));
            return null;
        }
        return value;
    }

    private Integer year(CsvLines.Line line, List<String> cells) {
        int index = columns.get("year");
        String value = cells.get(index).strip();
        if (!value.matches("(19|20)\\d{2}")) {
            errors.add(ImportError.of(file, line.number(), index + 1, Code.BAD_YEAR, value));
            return null;
        }
        return Integer.parseInt(value);
    }

    private String text(List<String> cells, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }
}
