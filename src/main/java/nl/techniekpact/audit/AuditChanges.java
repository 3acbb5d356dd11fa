package nl.techniekpact.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.techniekpact.shared.Json;
import tools.jackson.databind.JsonNode;

/**
 * An audit record's before and after as a comparison a person reads: one line per field (nested fields as
 * "round.name", list entries as "milestones 1.text"), what it was and what it became, and whether it was added,
 * removed or changed. Fields that stayed the same are left out; a value that is not an object is one field.
 */
public final class AuditChanges {

    /** How a field changed; shown in words, never by colour alone. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    public record Change(String field, String before, String after, Kind kind) {
    }

    /** Values longer than this are cut (the whole record stays in the raw view and the CSV). */
    static final int MAX_VALUE = 600;

    private AuditChanges() {
    }

    public static List<Change> of(String beforeJson, String afterJson) {
        Map<String, String> before = flatten(beforeJson);
        Map<String, String> after = flatten(afterJson);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String b = before.get(field);
            String a = after.get(field);
            if (b != null && b.equals(a)) {
                continue;
            }
            changes.add(new Change(field, cut(b), cut(a), b == null ? Kind.ADDED : a == null ? Kind.REMOVED : Kind.CHANGED));
        }
        return changes;
    }

    static Map<String, String> flatten(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (RuntimeException e) {
            fields.put("", json);
            return fields;
        }
        flatten("", node, fields);
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                fields.put(path, "{}");
            }
            for (var entry : node.properties()) {
                flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(), fields);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                fields.put(path, "—");
            }
            boolean scalars = true;
            for (JsonNode element : node) {
                scalars &= !element.isContainer();
            }
            if (scalars && !node.isEmpty()) {
                List<String> values = new ArrayList<>();
                node.forEach(element -> values.add(text(element)));
                fields.put(path, String.join(", ", values));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                flatten(path + " " + (i + 1), node.get(i), fields);
            }
        } else {
            fields.put(path, text(node));
        }
    }

    private static String text(JsonNode node) {
        return node.isNull() ? "—" : node.isString() ? node.asString() : node.toString();
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + " …";
    }
}
