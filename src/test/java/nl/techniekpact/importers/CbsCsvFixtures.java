package nl.techniekpact.importers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the recorded OData v3 responses of 80137NED and 83599NED ({@code ../shared/external-data}) in the
 * layout of StatLine's CSV download, so the CSV import can be checked against the OData import of the same
 * figures. The data CSV: {@code ;}-separated, every cell quoted, header {@code "ID";<dimensions>;<topics>},
 * keys padded as CBS pads them, values right-aligned in a padded text cell ({@code "      8811"}) with the
 * topic's decimals, {@code "."} for a missing value. The metadata CSV: sections {@code "TableInfos"},
 * {@code "DataProperties"}, {@code "CategoryGroups"}, one per dimension and {@code "Perioden"}, each its name
 * on a line, a header, its rows and a blank line; descriptions keep their line breaks inside the quotes.
 */
public final class CbsCsvFixtures {

    public static final String DIR = "cbs-odata3-80137ned-83599ned";
    private static final List<String> PROPERTY_COLUMNS = List.of("ID", "Position", "ParentID", "Type", "Key", "Title",
            "Description", "ReleasePolicy", "Datatype", "Unit", "Decimals", "Default");

    private CbsCsvFixtures() {
    }

    public static JsonNode json(String file) {
        try {
            try (var in = ExternalData.file(DIR, file).open()) {
                return JsonMapper.builder().build().readTree(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 80137ned_metadata.csv}, from TableInfos, DataProperties and the code lists. */
    public static byte[] jobsMetadata() {
        StringBuilder csv = new StringBuilder();
        section(csv, "TableInfos", json("meta_2.json").path("value"), null);
        section(csv, "DataProperties", json("meta_7.json").path("value"), PROPERTY_COLUMNS);
        section(csv, "CategoryGroups", json("meta_3.json").path("value"),
                List.of("ID", "DimensionKey", "Title", "Description", "ParentID"));
        section(csv, "Persoonskenmerken", json("meta_4.json").path("value"), List.of("Key", "Title", "Description", "CategoryGroupID"));
        section(csv, "BedrijfstakkenSBI93", json("meta_5.json").path("value"), List.of("Key", "Title", "Description", "CategoryGroupID"));
        section(csv, "Perioden", json("meta_6.json").path("value"), List.of("Key", "Title", "Description", "Status"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code 80137ned_UntypedDataSet_….csv}, from the TypedDataSet, numbers padded with their decimals. */
    public static byte[] jobsData() {
        List<String> columns = new ArrayList<>(List.of("ID"));
        Map<String, Integer> decimals = new HashMap<>();
        for (JsonNode property : json("meta_7.json").path("value")) {
            if (!property.path("Type").asString().equals("TopicGroup")) {
                columns.add(property.path("Key").asString());
                if (property.path("Type").asString().equals("Topic")) {
                    decimals.put(property.path("Key").asString(), property.path("Decimals").asInt());
                }
            }
        }
        return data(columns, json("meta_8.json").path("value"), decimals);
    }

    /** {@code 83599NED_UntypedDataSet_….csv}, from both pages of the UntypedDataSet; "" becomes ".". */
    public static byte[] vacanciesData() {
        List<JsonNode> rows = new ArrayList<>();
        json("tables_2.json").path("value").forEach(rows::add);
        json("tables_3.json").path("value").forEach(rows::add);
        List<String> columns = List.of("ID", "BedrijfstakkenBranchesSBI2008", "RegioS", "Perioden", "OpenstaandeVacatures_1");
        return data(columns, JsonMapper.builder().build().valueToTree(rows), Map.of());
    }

    private static byte[] data(List<String> columns, JsonNode rows, Map<String, Integer> decimals) {
        StringBuilder csv = new StringBuilder();
        line(csv, columns);
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                JsonNode cell = row.path(column);
                if (column.equals("ID")) {
                    cells.add(cell.asString());
                } else if (cell.isNumber()) {
                    cells.add(pad(cell.decimalValue().setScale(decimals.getOrDefault(column, 1), RoundingMode.HALF_UP)
                            .toPlainString()));
                } else if (cell.isNull() || cell.isMissingNode() || (decimals.containsKey(column) && cell.asString().isBlank())
                        || (column.endsWith("_1") && cell.asString().isBlank())) {
                    cells.add(pad("."));
                } else {
                    cells.add(cell.asString());
                }
            }
            line(csv, cells);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pad(String value) {
        return " ".repeat(Math.max(0, 10 - value.length())) + value;
    }

    private static void section(StringBuilder csv, String name, JsonNode rows, List<String> columns) {
        List<String> header = columns;
        if (header == null) {
            header = new ArrayList<>();
            rows.get(0).propertyNames().forEach(header::add);
        }
        csv.append('"').append(name).append("\"\r\n");
        line(csv, header);
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : header) {
                JsonNode cell = row.path(column);
                cells.add(cell.isNull() || cell.isMissingNode() ? "" : cell.isNumber() ? cell.decimalValue().toPlainString()
                        : cell.asString());
            }
            line(csv, cells);
        }
        csv.append("\r\n");
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(";", cells.stream().map(c -> '"' + c.replace("\"", "\"\"") + '"').toList())).append("\r\n");
    }

    public static SourceFile file(String name, byte[] content) {
        return SourceFile.of(name, content);
    }
}
