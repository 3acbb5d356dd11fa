package nl.techniekpact.pact.internal;

import nl.techniekpact.shared.Json;
import java.util.Optional;

import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only history of every pact entity: a new revision is recorded only when the entity's content
 * differs from its latest revision, so loading the same data twice records nothing. Every revision is also
 * an audit event (actor {@code system:pact-loader}) in the same transaction.
 */
@Component
class Revisions {

    private static final Actor LOADER = Actor.system("pact-loader");

    private final JdbcClient jdbc;
    private final Audit audit;
    private final JsonMapper json;

    Revisions(JdbcClient jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = Json.MAPPER;
    }

    /** Records {@code content} as the entity's newest revision if it changed; true when it did. */
    boolean record(String entityType, String entityId, Object content, long dataFileVersionId) {
        JsonNode next = json.valueToTree(content);
        Optional<Latest> latest = jdbc.sql("""
                        select revision, content::text as content from pact_revision
                        where entity_type = ? and entity_id = ? order by revision desc limit 1""")
                .params(entityType, entityId)
                .query((rs, n) -> new Latest(rs.getInt("revision"), rs.getString("content")))
                .optional();
        if (latest.isPresent() && json.readTree(latest.get().content()).equals(next)) {
            return false;
        }
        jdbc.sql("""
                        insert into pact_revision (entity_type, entity_id, revision, content, data_file_version_id)
                        values (?, ?, ?, ?::jsonb, ?)""")
                .params(entityType, entityId, latest.map(Latest::revision).orElse(0) + 1,
                        json.writeValueAsString(next), dataFileVersionId)
                .update();
        audit.record(LOADER, latest.isPresent() ? "pact.update" : "pact.create", entityType, entityId,
                latest.map(Latest::content).orElse(null), json.writeValueAsString(next));
        return true;
    }

    String toJson(Object value) {
        return json.writeValueAsString(value == null ? java.util.List.of() : value);
    }

    private record Latest(int revision, String content) {
    }
}
