package nl.techniekpact.pact.internal;

import nl.techniekpact.shared.Json;
import java.util.List;

import nl.techniekpact.pact.PactViews.Link;
import nl.techniekpact.pact.PactViews.Milestone;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the jsonb columns of the pact tables into the read model. */
public final class JsonColumns {

    private static final JsonMapper JSON = Json.MAPPER;

    private JsonColumns() {
    }

    public static List<Link> links(String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<Link>>() { });
    }

    public static List<Milestone> milestones(String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<Milestone>>() { });
    }

    public static List<nl.techniekpact.pact.PactViews.Figure> figures(String json) {
        return json == null ? List.of()
                : JSON.readValue(json, new TypeReference<List<nl.techniekpact.pact.PactViews.Figure>>() { });
    }

    public static List<String> strings(String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
    }
}
