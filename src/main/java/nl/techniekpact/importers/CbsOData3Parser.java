package nl.techniekpact.importers;

import java.math.BigDecimal;
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
 * Reads the pages of a CBS StatLine OData v3 {@code TypedDataSet} or {@code UntypedDataSet} into one
 * {@link RawObservation} per row and topic. Codes and string values lose their CBS padding; a value that is
 * {@code null}, {@code ""} or {@code "."} is missing (no row); {@code "x"} (secret) is suppressed. A table
 * without a regional dimension is national: its rows get region {@code NL01}.
 *
 * <p>Pages are given in order and chained by {@code odata.nextLink} as {@link ODataPages} checks.
 */
public final class CbsOData3Parser {

    private static final String NEXT_LINK = "odata.nextLink";

    private final CbsMetadata metadata;

    public CbsOData3Parser(CbsMetadata metadata) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    public ParseResult<RawObservation> parse(List<SourceFile> pages) {
        var run = new Run();
        int rowsSoFar = 0;
        for (int i = 0; i < pages.size(); i++) {
            SourceFile page = pages.get(i);
            run.file = page.name();
            JsonDocument.Outcome outcome = JsonDocument.read(page, run::row);
            rowsSoFar += outcome.rowCount();
            if (outcome.error() != null) {
                run.errors.add(outcome.error());
                continue;
            }
            ODataPages.check(pages, i, outcome, rowsSoFar, NEXT_LINK, run.errors);
        }
        return new ParseResult<>(run.rows, run.errors, 0, run.missing);
    }

    /** The state of one parse over all its pages. */
    private final class Run {
        private final List<RawObservation> rows = new ArrayList<>();
        private final List<ImportError> errors = new ArrayList<>();
        private final Map<RawObservation.CellKey, String> seen = new HashMap<>();
        private final Set<String> reportedUnknown = new HashSet<>();
        private Set<String> dimensionKeys;
        private String file;
        private int missing;

        void row(JsonDocument.Row row) {
            int before = errors.size();
            String region = "NL01";
            String period = null;
            Map<String, String> breakdown = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            List<String> keyColumns = new ArrayList<>();
            Map<String, JsonDocument.Cell> topics = new LinkedHashMap<>();
            for (var entry : row.cells().entrySet()) {
                String key = entry.getKey();
                JsonDocument.Cell cell = entry.getValue();
                CbsMetadata.Kind kind = CbsColumns.kind(key, metadata);
                if (kind == null) {
                    if (!key.equals("ID") && reportedUnknown.add(file + key)) {
                        errors.add(ImportError.of(file, cell.line(), cell.column(), Code.UNKNOWN_PROPERTY, key));
                    }
                    continue;
                }
                if (kind == CbsMetadata.Kind.TOPIC) {
                    topics.put(key, cell);
                    continue;
                }
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
            checkDimensionsPresent(row, keyColumns);
            if (errors.size() > before || period == null) {
                return;
            }
            for (var topic : topics.entrySet()) {
                observation(row, region, period, breakdown, labels, keyColumns, topic.getKey(), topic.getValue());
            }
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
        private void checkDimensionsPresent(JsonDocument.Row row, List<String> keyColumns) {
            if (dimensionKeys == null) {
                dimensionKeys = new HashSet<>();
                if (metadata.isEmpty()) {
                    row.cells().keySet().stream()
                            .filter(k -> CbsColumns.kind(k, metadata) != null
                                    && CbsColumns.kind(k, metadata) != CbsMetadata.Kind.TOPIC)
                            .forEach(dimensionKeys::add);
                } else {
                    metadata.properties().values().stream().filter(p -> p.kind() != CbsMetadata.Kind.TOPIC)
                            .forEach(p -> dimensionKeys.add(p.key()));
                }
            }
            for (String key : dimensionKeys) {
                if (!row.cells().containsKey(key)) {
                    errors.add(ImportError.of(file, row.line(), row.column(), Code.MISSING_VALUE, key));
                }
            }
        }

        private void observation(JsonDocument.Row row, String region, String period, Map<String, String> breakdown,
                Map<String, String> labels, List<String> keyColumns, String topic, JsonDocument.Cell cell) {
            ObservationValue value = value(topic, cell);
            if (value == null) {
                return;
            }
            List<String> sourceColumns = new ArrayList<>(keyColumns);
            sourceColumns.add(topic);
            Map<String, String> topicLabels = new LinkedHashMap<>(labels);
            metadata.property(topic).ifPresent(p -> {
                if (p.title() != null) {
                    topicLabels.put("onderwerp", p.title());
                }
                if (p.unit() != null) {
                    topicLabels.put("eenheid", p.unit());
                }
            });
            var observation = new RawObservation(cell.line(), cell.column(), region, period, topic, breakdown, value,
                    sourceColumns, topicLabels);
            String at = "regel " + cell.line() + ", kolom " + cell.column();
            String earlier = seen.putIfAbsent(observation.cellKey(), at);
            if (earlier != null) {
                errors.add(ImportError.of(file, row.line(), row.column(), Code.DUPLICATE_ROW, earlier));
                return;
            }
            rows.add(observation);
        }

        /** The value, or null when missing (counted) or unreadable (reported). */
        private ObservationValue value(String topic, JsonDocument.Cell cell) {
            if (cell.number() != null) {
                return ObservationValue.of(cell.number());
            }
            String text = cell.text() == null ? null : cell.text().strip();
            if (cell.isNull() || (text != null && (text.isEmpty() || text.equals(".")))) {
                missing++;
                return null;
            }
            if ("x".equalsIgnoreCase(text)) {
                return ObservationValue.suppressed(text);
            }
            if (text != null) {
                try {
                    return ObservationValue.of(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            errors.add(ImportError.of(file, cell.line(), cell.column(), Code.BAD_NUMBER,
                    Objects.toString(text, cell.token().toString()), topic));
            return null;
        }
    }
}
