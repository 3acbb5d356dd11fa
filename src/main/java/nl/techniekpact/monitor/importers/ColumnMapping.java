package nl.techniekpact.monitor.importers;

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
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.techniekpact.monitor.importers.ImportError.Code;

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
 */
public record ColumnMapping(String indicator, String region, String period, String value,
        Map<String, String> breakdowns, BigDecimal unitFactor, String sheet) {

    /** What errors in a mapping name as their file: the mapping is no line of the data file (line 0). */
    public static final String FILE = "kolomindeling";

    private static final List<String> REQUIRED = List.of("indicator", "region", "period", "value");
    private static final Set<String> KNOWN = Set.of("indicator", "region", "period", "value", "breakdowns",
            "unitFactor", "sheet");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

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
        if (errors.isEmpty()) {
            var mapping = new ColumnMapping(texts.get("indicator"), texts.get("region"), texts.get("period"),
                    texts.get("value"), breakdowns, unitFactor, sheet);
            errors.addAll(mapping.columnsNamedTwice());
            if (errors.isEmpty()) {
                return new ParseResult<>(List.of(mapping), errors, 0, 0);
            }
        }
        return new ParseResult<>(List.of(), errors, 0, 0);
    }

    /**
     * The mapped columns in the order rows are read: role → column header. Roles are {@code region},
     * {@code period}, {@code breakdowns.<dimension>} and {@code value}.
     */
    public Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("region", region);
        columns.put("period", period);
        breakdowns.forEach((dimension, column) -> columns.put("breakdowns." + dimension, column));
        columns.put("value", value);
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
