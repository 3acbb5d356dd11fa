package nl.techniekpact.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Reads the metadata documents of a CBS StatLine OData v4 table ({@code datasets.cbs.nl},
 * {@code odata4.cbs.nl}) into {@link CbsMetadata}: {@code Dimensions} (rows with {@code Identifier},
 * {@code Title}, {@code Kind}), {@code MeasureCodes} ({@code Identifier}, {@code Title}, {@code Unit},
 * {@code Decimals}) and the dimensions' code lists {@code <Dimension>Codes} ({@code Identifier},
 * {@code Title}). Identifiers are stored trimmed.
 *
 * <p>Each measure becomes a {@link CbsMetadata.Kind#TOPIC} property, and the measure codes together form the
 * code list {@value #MEASURE}. Without a {@code Dimensions} document, the dimensions are the keys of the code
 * lists given, their kind from CBS naming habits ({@code Perioden} the time dimension, {@code RegioS} and the
 * other CBS geo keys the region). The result holds exactly one {@link CbsMetadata} when there are no errors.
 */
public final class CbsOData4MetadataParser {

    /** The code list of the {@code Measure} property, built from {@code MeasureCodes}. */
    public static final String MEASURE = "Measure";

    private CbsOData4MetadataParser() {
    }

    /**
     * @param dimensions   the {@code Dimensions} document, or null
     * @param measureCodes the {@code MeasureCodes} document, or null
     * @param codeLists    dimension identifier → its {@code <Dimension>Codes} document
     */
    public static ParseResult<CbsMetadata> parse(SourceFile dimensions, SourceFile measureCodes,
            Map<String, SourceFile> codeLists) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, CbsMetadata.Property> properties = new LinkedHashMap<>();
        if (dimensions != null) {
            readDimensions(dimensions, properties, errors);
        } else {
            codeLists.keySet().forEach(key -> properties.put(key, new CbsMetadata.Property(key,
                    habitualKind(key), key, null, null)));
        }
        Map<String, Map<String, String>> lists = new HashMap<>();
        if (measureCodes != null) {
            lists.put(MEASURE, readMeasures(measureCodes, properties, errors));
        }
        codeLists.forEach((dimension, file) -> {
            var property = properties.get(dimension);
            if (property == null || property.kind() == CbsMetadata.Kind.TOPIC) {
                errors.add(ImportError.of(file.name(), 1, 0, Code.UNKNOWN_PROPERTY, dimension));
                return;
            }
            lists.put(dimension, codeList(file, errors, row -> { }));
        });
        List<CbsMetadata> result = errors.isEmpty() ? List.of(new CbsMetadata(properties, lists)) : List.of();
        return new ParseResult<>(result, errors, 0, 0);
    }

    /** The kind CBS naming habits give {@code key}: as in OData v3, except that nothing is a topic. */
    static CbsMetadata.Kind habitualKind(String key) {
        CbsMetadata.Kind kind = CbsColumns.kind(key, CbsMetadata.NONE);
        return kind == null || kind == CbsMetadata.Kind.TOPIC ? CbsMetadata.Kind.DIMENSION : kind;
    }

    private static void readDimensions(SourceFile file, Map<String, CbsMetadata.Property> properties,
            List<ImportError> errors) {
        JsonDocument.Outcome outcome = JsonDocument.read(file, row -> {
            String identifier = CbsMetadataParser.text(row, "Identifier");
            String kindText = CbsMetadataParser.text(row, "Kind");
            if (identifier == null || kindText == null) {
                errors.add(ImportError.of(file.name(), row.line(), row.column(), Code.MISSING_VALUE,
                        identifier == null ? "Identifier" : "Kind"));
                return;
            }
            CbsMetadata.Kind kind = switch (kindText) {
                case "Dimension" -> CbsMetadata.Kind.DIMENSION;
                case "TimeDimension" -> CbsMetadata.Kind.TIME_DIMENSION;
                case "GeoDimension", "GeoDetail", "GeoDetailDimension" -> CbsMetadata.Kind.GEO_DIMENSION;
                default -> null;
            };
            if (kind == null) {
                var cell = row.cells().get("Kind");
                errors.add(ImportError.of(file.name(), cell.line(), cell.column(), Code.UNKNOWN_CODE, kindText,
                        "Kind"));
                return;
            }
            properties.put(identifier, new CbsMetadata.Property(identifier, kind,
                    CbsMetadataParser.text(row, "Title"), null, null));
        });
        if (outcome.error() != null) {
            errors.add(outcome.error());
        }
    }

    private static Map<String, String> readMeasures(SourceFile file, Map<String, CbsMetadata.Property> properties,
            List<ImportError> errors) {
        return codeList(file, errors, row -> {
            String identifier = CbsMetadataParser.text(row, "Identifier");
            JsonDocument.Cell decimals = row.cells().get("Decimals");
            properties.put(identifier, new CbsMetadata.Property(identifier, CbsMetadata.Kind.TOPIC,
                    CbsMetadataParser.text(row, "Title"), CbsMetadataParser.text(row, "Unit"),
                    decimals == null || decimals.number() == null ? null : decimals.number().intValue()));
        });
    }

    /** Identifier → title; {@code accepted} sees every row that was taken into the list. */
    private static Map<String, String> codeList(SourceFile file, List<ImportError> errors,
            Consumer<JsonDocument.Row> accepted) {
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, String> firstAt = new HashMap<>();
        JsonDocument.Outcome outcome = JsonDocument.read(file, row -> {
            String identifier = CbsMetadataParser.text(row, "Identifier");
            if (identifier == null) {
                errors.add(ImportError.of(file.name(), row.line(), row.column(), Code.MISSING_VALUE, "Identifier"));
                return;
            }
            String at = "regel " + row.line() + ", kolom " + row.column();
            String earlier = firstAt.putIfAbsent(identifier, at);
            if (earlier != null) {
                errors.add(ImportError.of(file.name(), row.line(), row.column(), Code.DUPLICATE_ROW, earlier));
                return;
            }
            codes.put(identifier, Objects.requireNonNullElse(CbsMetadataParser.text(row, "Title"), identifier));
            accepted.accept(row);
        });
        if (outcome.error() != null) {
            errors.add(outcome.error());
        }
        return codes;
    }
}
