package nl.techniekpact.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Reads the pages of a CBS StatLine OData v4 {@code Observations} response ({@code datasets.cbs.nl},
 * {@code odata4.cbs.nl}) into one {@link RawObservation} per observation. The response is in long format:
 * {@code {"value":[{"Id":0,"Measure":"M000123","ValueAttribute":"None","Value":520.0,"Perioden":"2019JJ00",
 * "RegioS":"GM0014",…},…],"@odata.nextLink":"…"}}. {@code Measure} becomes {@link RawObservation#measure()},
 * the time dimension the period, the geo dimension the region (a table without one is national:
 * {@code NL01}), every other property but {@code Id}, {@code ValueAttribute}, {@code Value} and
 * {@code StringValue} a breakdown under its own name. Codes lose their padding and, where the metadata holds
 * the dimension's code list (or {@code MeasureCodes}), must be in it ({@code UNKNOWN_CODE}).
 *
 * <p>{@code ValueAttribute} decides what {@code Value} means: {@code None} (or no attribute) — a number, and
 * a {@code null} or absent value is missing (no row); {@code Impossible} — the cell cannot exist, missing;
 * {@code "."} and {@code "x"} (CBS signs for an unknown or secret figure) — suppressed; anything else is
 * reported as {@code UNKNOWN_CODE}. A string {@code Value} is refused ({@code BAD_NUMBER}): v4 values are
 * typed numbers. Pages are chained by {@code @odata.nextLink} as {@link ODataPages} checks.
 *
 * <p>No recorded real v4 response was available when this parser was written; the format follows public
 * documentation: the CBS release notes of the v4 API ({@code datasets.cbs.nl/odata/v1/releasenotes.html}:
 * observations are cells, empty cells are left out unless a special value such as "impossible" is set in a
 * separate property; {@code Value} and {@code StringValue}), the CBS code examples for v4
 * ({@code github.com/statistiekcbs/CBS-Open-Data-v4}: paging by {@code @odata.nextLink}, joining
 * {@code MeasureCodes} on {@code Identifier}) and the CBS R package {@code cbsodata4} (columns {@code Id},
 * {@code Measure}, {@code ValueAttribute}, {@code Value} and one per dimension; code lists
 * {@code <Dimension>Codes} with {@code Identifier} and {@code Title}). Its tests use small documents made to
 * that description.
 */
public final class CbsOData4Parser {

    private static final String NEXT_LINK = "@odata.nextLink";
    private static final String MEASURE = "Measure";
    private static final String VALUE = "Value";
    private static final String VALUE_ATTRIBUTE = "ValueAttribute";
    private static final String STRING_VALUE = "StringValue";
    private static final Set<String> FIXED = Set.of("Id", MEASURE, VALUE_ATTRIBUTE, VALUE, STRING_VALUE);

    private final CbsMetadata metadata;
    private final boolean dimensionsKnown;

    /** @param metadata from {@link CbsOData4MetadataParser}, or {@link CbsMetadata#NONE} */
    public CbsOData4Parser(CbsMetadata metadata) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.dimensionsKnown = metadata.properties().values().stream()
                .anyMatch(p -> p.kind() != CbsMetadata.Kind.TOPIC);
    }

    public ParseResult<RawObservation> parse(List<SourceFile> pages) {
        var run = new Run();
        int rowsSoFar = 0;
        for (int i = 0; i < pages.size(); i++) {
            run.file = pages.get(i).name();
            JsonDocument.Outcome outcome = JsonDocument.read(pages.get(i), run::row);
            rowsSoFar += outcome.rowCount();
            if (outcome.error() != null) {
                run.errors.add(outcome.error());
                continue;
            }
            ODataPages.check(pages, i, outcome, rowsSoFar, NEXT_LINK, run.errors);
        }
        return new ParseResult<>(run.rows, run.errors, 0, run.missing);
    }

    /** A value read: {@code value} null and {@code missing} false means it was unreadable (and reported). */
    private record ValueRead(ObservationValue value, boolean missing, JsonDocument.Cell at) {
    }

    /** The state of one parse over all its pages. */
    private final class Run {
        private final List<RawObservation> rows = new ArrayList<>();
        private final List<ImportError> errors = new ArrayList<>();
        private final Map<RawObservation.CellKey, String> seen = new HashMap<>();
        private final Set<String> reportedOnce = new HashSet<>();
        private Set<String> dimensionKeys;
        private String file;
        private int missing;

        void row(JsonDocument.Row row) {
            int before = errors.size();
            String region = "NL01";
            String period = null;
            boolean hasTime = false;
            Map<String, String> breakdown = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            List<String> keyColumns = new ArrayList<>();
            for (var entry : row.cells().entrySet()) {
                String key = entry.getKey();
                JsonDocument.Cell cell = entry.getValue();
                if (FIXED.contains(key)) {
                    continue;
                }
                CbsMetadata.Kind kind = kind(key);
                if (kind == null) {
                    if (reportedOnce.add(file + "\u0000" + key)) {
                        errors.add(ImportError.of(file, cell.line(), cell.column(), Code.UNKNOWN_PROPERTY, key));
                    }
                    continue;
                }
                hasTime |= kind == CbsMetadata.Kind.TIME_DIMENSION;
                String code = code(key, cell);
                if (code == null) {
                    continue;
                }
                keyColumns.add(key);
                metadata.title(key, code).ifPresent(title -> labels.put(key, title));
                switch (kind) {
                    case TIME_DIMENSION -> period = period(cell, code);
                    case GEO_DIMENSION -> region = region(cell, code);
                    default -> breakdown.put(key, code);
                }
            }
            checkDimensionsPresent(row);
            String measure = measure(row);
            ValueRead value = value(row);
            if (!hasTime && errors.size() == before && reportedOnce.add(file + "\u0000no time dimension")) {
                errors.add(ImportError.of(file, row.line(), row.column(), Code.MISSING_VALUE, "Perioden"));
            }
            if (errors.size() > before || period == null || measure == null) {
                return;
            }
            if (value.missing()) {
                missing++;
                return;
            }
            observation(row, region, period, measure, breakdown, labels, keyColumns, value);
        }

        /** The role of a dimension column; null when the metadata names dimensions and not this one. */
        private CbsMetadata.Kind kind(String key) {
            var property = metadata.property(key).filter(p -> p.kind() != CbsMetadata.Kind.TOPIC);
            if (property.isPresent()) {
                return property.get().kind();
            }
            return dimensionsKnown ? null : CbsOData4MetadataParser.habitualKind(key);
        }

        private String code(String key, JsonDocument.Cell cell) {
            return ODataCells.code(errors, file, metadata, key, cell);
        }

        private String period(JsonDocument.Cell cell, String code) {
            return ODataCells.period(errors, file, cell, code);
        }

        private String region(JsonDocument.Cell cell, String code) {
            return ODataCells.region(errors, file, cell, code);
        }

        /** Every row must name the same dimensions: those in metadata, else those of the first row. */
        private void checkDimensionsPresent(JsonDocument.Row row) {
            if (dimensionKeys == null) {
                dimensionKeys = new HashSet<>();
                if (dimensionsKnown) {
                    metadata.properties().values().stream().filter(p -> p.kind() != CbsMetadata.Kind.TOPIC)
                            .forEach(p -> dimensionKeys.add(p.key()));
                } else {
                    row.cells().keySet().stream().filter(k -> !FIXED.contains(k)).forEach(dimensionKeys::add);
                }
            }
            for (String key : dimensionKeys) {
                if (!row.cells().containsKey(key)) {
                    errors.add(ImportError.of(file, row.line(), row.column(), Code.MISSING_VALUE, key));
                }
            }
        }

        private String measure(JsonDocument.Row row) {
            JsonDocument.Cell cell = row.cells().get(MEASURE);
            String code = cell == null || cell.text() == null ? null : cell.text().strip();
            if (code == null || code.isEmpty()) {
                errors.add(cell == null
                        ? ImportError.of(file, row.line(), row.column(), Code.MISSING_VALUE, MEASURE)
                        : ImportError.of(file, cell.line(), cell.column(), Code.MISSING_VALUE, MEASURE));
                return null;
            }
            if (!metadata.knows(CbsOData4MetadataParser.MEASURE, code)) {
                errors.add(ImportError.of(file, cell.line(), cell.column(), Code.UNKNOWN_CODE, code, MEASURE));
                return null;
            }
            return code;
        }

        private ValueRead value(JsonDocument.Row row) {
            JsonDocument.Cell attribute = row.cells().get(VALUE_ATTRIBUTE);
            JsonDocument.Cell cell = row.cells().get(VALUE);
            JsonDocument.Cell at = cell != null ? cell : attribute;
            String flag = attribute == null || attribute.isNull() ? "None" : raw(attribute).strip();
            return switch (flag) {
                case "None" -> number(row, cell, at);
                case "Impossible" -> new ValueRead(null, true, at);
                case ".", "x", "X" -> new ValueRead(ObservationValue.suppressed(flag), false, at);
                default -> {
                    errors.add(ImportError.of(file, attribute.line(), attribute.column(), Code.UNKNOWN_CODE, flag,
                            VALUE_ATTRIBUTE));
                    yield new ValueRead(null, false, at);
                }
            };
        }

        private ValueRead number(JsonDocument.Row row, JsonDocument.Cell cell, JsonDocument.Cell at) {
            if (cell != null && cell.number() != null) {
                return new ValueRead(ObservationValue.of(cell.number()), false, cell);
            }
            if (cell != null && !cell.isNull()) {
                errors.add(ImportError.of(file, cell.line(), cell.column(), Code.BAD_NUMBER, raw(cell), VALUE));
                return new ValueRead(null, false, cell);
            }
            JsonDocument.Cell text = row.cells().get(STRING_VALUE);
            if (text != null && text.text() != null && !text.text().isBlank()) {
                errors.add(ImportError.of(file, text.line(), text.column(), Code.BAD_NUMBER, text.text().strip(),
                        STRING_VALUE));
                return new ValueRead(null, false, text);
            }
            return new ValueRead(null, true, at);
        }

        /** The cell as the document writes it: a string's text, a number, or the token ({@code true}, <code>{</code>). */
        private static String raw(JsonDocument.Cell cell) {
            if (cell.text() != null) {
                return cell.text();
            }
            return cell.number() != null ? cell.number().toPlainString() : String.valueOf(cell.token().asString());
        }

        private void observation(JsonDocument.Row row, String region, String period, String measure,
                Map<String, String> breakdown, Map<String, String> labels, List<String> keyColumns, ValueRead value) {
            List<String> sourceColumns = new ArrayList<>(keyColumns);
            sourceColumns.add(MEASURE);
            sourceColumns.add(VALUE);
            Map<String, String> measureLabels = new LinkedHashMap<>(labels);
            metadata.property(measure).ifPresent(p -> {
                if (p.title() != null) {
                    measureLabels.put("onderwerp", p.title());
                }
                if (p.unit() != null) {
                    measureLabels.put("eenheid", p.unit());
                }
            });
            int line = value.at() == null ? row.line() : value.at().line();
            int column = value.at() == null ? row.column() : value.at().column();
            var observation = new RawObservation(line, column, region, period, measure, breakdown, value.value(),
                    sourceColumns, measureLabels);
            String earlier = seen.putIfAbsent(observation.cellKey(), "regel " + line + ", kolom " + column);
            if (earlier != null) {
                errors.add(ImportError.of(file, row.line(), row.column(), Code.DUPLICATE_ROW, earlier));
                return;
            }
            rows.add(observation);
        }
    }
}
