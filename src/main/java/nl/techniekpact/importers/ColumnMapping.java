package nl.techniekpact.importers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import nl.techniekpact.shared.Json;
import tools.jackson.databind.json.JsonMapper;

import nl.techniekpact.importers.ImportError.Code;

/**
 * A saved column mapping for {@link MappedTableParser}: which column of a CSV or xlsx file holds the region,
 * the period and the value, which columns hold breakdowns (dimension name → column), which indicator the
 * values are for ({@code indicator}, carried into {@link RawObservation#measure()}), and the factor every
 * value is multiplied by ({@code unitFactor}: 1000 for a table "x 1 000"). Columns are named by their header
 * text, compared trimmed and case-insensitively. {@code sheet} names the worksheet of an xlsx file; null
 * means the first.
 *
 * <p>Saved as JSON:
 * <pre>{@code {"indicator": "ho-eerstejaars-techniek", "region": "Gemeentecode", "period": "Jaar",
 *  "value": "Aantal", "breakdowns": {"geslacht": "Geslacht"}, "unitFactor": 1000, "sheet": "Tabel 1"}}</pre>
 * {@code indicator}, {@code region}, {@code period} and {@code value} are required; {@code breakdowns}
 * (default none), {@code unitFactor} (a JSON number above zero, default 1) and {@code sheet} are optional.
 *
 * <p>For a share, {@code denominator} names the column of the denominator; {@code value} is then the numerator
 * ({@code {"value": "Teller", "denominator": "Noemer"}}), so every level's share is summed numerators over summed
 * denominators. Without {@code denominator} the values are counts.
 *
 * <p>A table that holds its own total beside the parts ({@code "Totaal"} in the occupation column) must not
 * have it added to them. {@code totals} names, per breakdown dimension, the values that are that dimension's
 * total ({@code {"beroepsklasse": ["Totaal beroepen"]}}); such a row becomes the cell without the dimension, so
 * a question that does not name it reads the total. CBS totals ({@code Totaal}, {@code T001081}, see
 * {@link CbsTotals}) are recognised without being named. {@code filter} keeps only the rows whose value in a
 * column (any column, named by its header) is one of those listed: {@code {"Beroepsklasse": ["Techniek",
 * "ICT"]}} for an indicator about those occupation classes only. Values are compared trimmed and
 * case-insensitively.
 */
public record ColumnMapping(String indicator, String region, String period, String value,
        Map<String, String> breakdowns, BigDecimal unitFactor, String sheet, Map<String, Set<String>> totals,
        Map<String, Set<String>> filter, String denominator) {

    /** What errors in a mapping name as their file: the mapping is no line of the data file (line 0). */
    public static final String FILE = "kolomindeling";

    private static final List<String> REQUIRED = List.of("indicator", "region", "period", "value");
    private static final Set<String> KNOWN = Set.of("indicator", "region", "period", "value", "breakdowns",
            "unitFactor", "sheet", "totals", "filter", "denominator");
    private static final JsonMapper JSON = Json.STRICT;

    public ColumnMapping {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        breakdowns = Collections.unmodifiableMap(new LinkedHashMap<>(breakdowns));
        Objects.requireNonNull(unitFactor, "unitFactor");
        if (unitFactor.signum() <= 0) {
            throw new IllegalArgumentException("unitFactor must be above zero: " + unitFactor);
        }
        totals = normalised(totals);
        filter = normalised(filter);
    }

    public ColumnMapping(String indicator, String region, String period, String value, Map<String, String> breakdowns,
            BigDecimal unitFactor, String sheet) {
        this(indicator, region, period, value, breakdowns, unitFactor, sheet, Map.of(), Map.of(), null);
    }

    /** Whether the values are shares: {@code value} the numerator, {@code denominator} the denominator. */
    public boolean isShare() {
        return denominator != null;
    }

    /** Whether {@code text}, a value of breakdown {@code dimension}, is that dimension's total. */
    public boolean isTotal(String dimension, String text) {
        return totals.getOrDefault(dimension, Set.of()).contains(normalise(text)) || CbsTotals.isTotal(text, null);
    }

    /** Whether a row whose filtered columns hold {@code values} (column → text) is kept. */
    boolean keeps(String column, String text) {
        Set<String> allowed = filter.get(column);
        return allowed == null || allowed.contains(normalise(text));
    }

    private static Map<String, Set<String>> normalised(Map<String, Set<String>> sets) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        sets.forEach((key, values) -> copy.put(key, Set.copyOf(values.stream().map(ColumnMapping::normalise).toList())));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Reads a saved mapping. Every problem is reported as an {@link ImportError} of file {@link #FILE},
     * line 0 and column 0 — never as an exception; the result holds exactly one mapping when there are none.
     */
    public static ParseResult<ColumnMapping> parse(String json) {
        List<ImportError> errors = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(Objects.requireNonNullElse(json, ""));
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            errors.add(error(Code.BAD_MAPPING_JSON, at == null ? 1 : Math.max(at.getLineNr(), 1),
                    at == null ? 1 : Math.max(at.getColumnNr(), 1)));
            return new ParseResult<>(List.of(), errors, 0, 0);
        } catch (NumberFormatException e) {
            // a number beyond Jackson's limits (found by ParserFuzzTest)
            errors.add(error(Code.BAD_MAPPING_JSON, 1, 1));
            return new ParseResult<>(List.of(), errors, 0, 0);
        }
        if (root == null || !root.isObject()) {
            errors.add(error(Code.BAD_MAPPING_JSON, 1, 1));
            return new ParseResult<>(List.of(), errors, 0, 0);
        }
        for (String key : root.propertyNames()) {
            if (!KNOWN.contains(key)) {
                errors.add(error(Code.UNKNOWN_MAPPING_KEY, key));
            }
        }
        Map<String, String> texts = new HashMap<>();
        for (String key : REQUIRED) {
            String text = text(root.get(key));
            if (text == null) {
                errors.add(error(Code.BAD_MAPPING, key));
            }
            texts.put(key, text);
        }
        Map<String, String> breakdowns = breakdowns(root.get("breakdowns"), errors);
        BigDecimal unitFactor = unitFactor(root.get("unitFactor"), errors);
        JsonNode sheetNode = root.get("sheet");
        String sheet = text(sheetNode);
        if (sheet == null && sheetNode != null && !sheetNode.isNull()) {
            errors.add(error(Code.BAD_MAPPING, "sheet"));
        }
        JsonNode denominatorNode = root.get("denominator");
        String denominator = text(denominatorNode);
        if (denominator == null && denominatorNode != null && !denominatorNode.isNull()) {
            errors.add(error(Code.BAD_MAPPING, "denominator"));
        }
        Map<String, Set<String>> totals = valueSets(root.get("totals"), "totals", errors);
        Map<String, Set<String>> filter = valueSets(root.get("filter"), "filter", errors);
        totals.keySet().stream().filter(d -> !breakdowns.containsKey(d))
                .forEach(d -> errors.add(error(Code.BAD_MAPPING, "totals." + d)));
        if (errors.isEmpty()) {
            var mapping = new ColumnMapping(texts.get("indicator"), texts.get("region"), texts.get("period"),
                    texts.get("value"), breakdowns, unitFactor, sheet, totals, filter, denominator);
            errors.addAll(mapping.columnsNamedTwice());
            if (errors.isEmpty()) {
                return new ParseResult<>(List.of(mapping), errors, 0, 0);
            }
        }
        return new ParseResult<>(List.of(), errors, 0, 0);
    }

    /**
     * The mapped columns in the order rows are read: role → column header. Roles are {@code region},
     * {@code period}, {@code breakdowns.<dimension>}, {@code value} and, for a share, {@code denominator}.
     */
    public Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("region", region);
        columns.put("period", period);
        breakdowns.forEach((dimension, column) -> columns.put("breakdowns." + dimension, column));
        columns.put("value", value);
        if (denominator != null) {
            columns.put("denominator", denominator);
        }
        return columns;
    }

    /** Whether {@code header} (a header cell's text) names {@code column}: trimmed, case-insensitive. */
    static boolean names(String header, String column) {
        return normalise(header).equals(normalise(column));
    }

    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    private List<ImportError> columnsNamedTwice() {
        List<ImportError> errors = new ArrayList<>();
        Map<String, String> roleOf = new HashMap<>();
        columns().forEach((role, column) -> {
            String earlier = roleOf.putIfAbsent(normalise(column), role);
            if (earlier != null) {
                errors.add(error(Code.MAPPING_COLUMN_TWICE, column.strip(), earlier, role));
            }
        });
        return errors;
    }

    private static Map<String, String> breakdowns(JsonNode node, List<ImportError> errors) {
        Map<String, String> breakdowns = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return breakdowns;
        }
        if (!node.isObject()) {
            errors.add(error(Code.BAD_MAPPING, "breakdowns"));
            return breakdowns;
        }
        for (var entry : node.properties()) {
            String column = text(entry.getValue());
            if (entry.getKey().isBlank() || column == null) {
                errors.add(error(Code.BAD_MAPPING, "breakdowns." + entry.getKey()));
            } else {
                breakdowns.put(entry.getKey().strip(), column);
            }
        }
        return breakdowns;
    }

    /** {@code {"key": ["value", …]}}; keys and values trimmed; each problem as {@code BAD_MAPPING key.entry}. */
    private static Map<String, Set<String>> valueSets(JsonNode node, String key, List<ImportError> errors) {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return sets;
        }
        if (!node.isObject()) {
            errors.add(error(Code.BAD_MAPPING, key));
            return sets;
        }
        for (var entry : node.properties()) {
            Set<String> values = new java.util.LinkedHashSet<>();
            boolean valid = entry.getValue().isArray() && !entry.getValue().isEmpty() && !entry.getKey().isBlank();
            if (valid) {
                for (JsonNode item : entry.getValue()) {
                    String text = text(item);
                    valid &= text != null;
                    values.add(text);
                }
            }
            if (valid) {
                sets.put(entry.getKey().strip(), values);
            } else {
                errors.add(error(Code.BAD_MAPPING, key + "." + entry.getKey()));
            }
        }
        return sets;
    }

    private static BigDecimal unitFactor(JsonNode node, List<ImportError> errors) {
        if (node == null || node.isNull()) {
            return BigDecimal.ONE;
        }
        if (!node.isNumber() || node.decimalValue().signum() <= 0) {
            errors.add(error(Code.BAD_MAPPING, "unitFactor"));
            return BigDecimal.ONE;
        }
        return node.decimalValue();
    }

    /** The trimmed text of a JSON string, or null when {@code node} is absent, not a string, or blank. */
    private static String text(JsonNode node) {
        if (node == null || !node.isString() || node.asString().isBlank()) {
            return null;
        }
        return node.asString().strip();
    }

    private static ImportError error(Code code, Object... arguments) {
        return ImportError.of(FILE, 0, 0, code, arguments);
    }
}
