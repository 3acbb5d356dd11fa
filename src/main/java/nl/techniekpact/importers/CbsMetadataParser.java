package nl.techniekpact.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Reads a CBS OData v3 {@code DataProperties} document and the code-list documents of its dimensions
 * ({@code …/Perioden}, {@code …/Persoonskenmerken}: rows with {@code Key} and {@code Title}) into
 * {@link CbsMetadata}. {@code TopicGroup} entries only group topics and are skipped. The result holds exactly
 * one {@link CbsMetadata} when there are no errors.
 */
public final class CbsMetadataParser {

    private CbsMetadataParser() {
    }

    /** @param codeLists dimension key → the document listing its codes */
    public static ParseResult<CbsMetadata> parse(SourceFile dataProperties, Map<String, SourceFile> codeLists) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, CbsMetadata.Property> properties = new LinkedHashMap<>();
        JsonDocument.Outcome outcome = JsonDocument.read(dataProperties, row -> {
            String type = text(row, "Type");
            String key = text(row, "Key");
            if (type == null || (key == null && !type.equals("TopicGroup"))) {
                errors.add(ImportError.of(dataProperties.name(), row.line(), row.column(), Code.MISSING_VALUE,
                        type == null ? "Type" : "Key"));
                return;
            }
            CbsMetadata.Kind kind = switch (type) {
                case "Dimension" -> CbsMetadata.Kind.DIMENSION;
                case "TimeDimension" -> CbsMetadata.Kind.TIME_DIMENSION;
                case "GeoDimension", "GeoDetail" -> CbsMetadata.Kind.GEO_DIMENSION;
                case "Topic" -> CbsMetadata.Kind.TOPIC;
                default -> null;
            };
            if (kind != null) {
                Integer decimals = row.cells().containsKey("Decimals") && row.cells().get("Decimals").number() != null
                        ? row.cells().get("Decimals").number().intValue() : null;
                properties.put(key, new CbsMetadata.Property(key, kind, text(row, "Title"), text(row, "Unit"),
                        decimals));
            } else if (!type.equals("TopicGroup")) {
                var cell = row.cells().get("Type");
                errors.add(ImportError.of(dataProperties.name(), cell.line(), cell.column(), Code.UNKNOWN_CODE,
                        type, "Type"));
            }
        });
        if (outcome.error() != null) {
            errors.add(outcome.error());
        }
        Map<String, Map<String, String>> lists = new HashMap<>();
        codeLists.forEach((dimension, file) -> {
            var property = properties.get(dimension);
            if (property == null || property.kind() == CbsMetadata.Kind.TOPIC) {
                errors.add(ImportError.of(file.name(), 1, 0, Code.UNKNOWN_PROPERTY, dimension));
                return;
            }
            lists.put(dimension, codeList(file, errors));
        });
        List<CbsMetadata> result = errors.isEmpty() ? List.of(new CbsMetadata(properties, lists)) : List.of();
        return new ParseResult<>(result, errors, 0, 0);
    }

    private static Map<String, String> codeList(SourceFile file, List<ImportError> errors) {
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, String> firstAt = new HashMap<>();
        JsonDocument.Outcome outcome = JsonDocument.read(file, row -> {
            String key = text(row, "Key");
            if (key == null) {
                errors.add(ImportError.of(file.name(), row.line(), row.column(), Code.MISSING_VALUE, "Key"));
                return;
            }
            String at = "regel " + row.line() + ", kolom " + row.column();
            String earlier = firstAt.putIfAbsent(key, at);
            if (earlier != null) {
                errors.add(ImportError.of(file.name(), row.line(), row.column(), Code.DUPLICATE_ROW, earlier));
                return;
            }
            codes.put(key, java.util.Objects.requireNonNullElse(text(row, "Title"), key));
        });
        if (outcome.error() != null) {
            errors.add(outcome.error());
        }
        return codes;
    }

    /** The trimmed string value of {@code name}, or null when absent, null or blank. */
    static String text(JsonDocument.Row row, String name) {
        JsonDocument.Cell cell = row.cells().get(name);
        if (cell == null || cell.text() == null || cell.text().isBlank()) {
            return null;
        }
        return cell.text().strip();
    }
}
