package nl.techniekpact.audit;

import nl.techniekpact.shared.Text;
import nl.techniekpact.shared.Json;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes. {@link #record} must run inside the transaction of the change it describes (it refuses to
 * run without one), so a change and its audit record are committed or rolled back together.
 */
@Service
public class Audit {

    private final JdbcClient jdbc;
    private final JsonMapper json = Json.MAPPER;
    private final List<AuditSubjects> subjects;

    Audit(JdbcClient jdbc, List<AuditSubjects> subjects) {
        this.jdbc = jdbc;
        this.subjects = subjects;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String entityType, String entityId, Object before, Object after) {
        jdbc.sql("""
                        insert into audit_event (actor_id, actor_email, action, entity_type, entity_id, before, after)
                        values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""")
                .params(actor.userId(), actor.name(), action, entityType, entityId, toJson(before), toJson(after))
                .update();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s && (s.startsWith("{") || s.startsWith("["))) {
            return s;
        }
        return json.writeValueAsString(value);
    }

    public record Event(long id, OffsetDateTime at, String actor, String action, String entityType, String entityId,
                        String before, String after) {
    }

    public record Filter(String entityType, String entityId, String actor, String action, OffsetDateTime from,
                         OffsetDateTime to) {
    }

    /** Newest first, filtered; {@code limit} caps the page size. */
    public List<Event> find(Filter filter, int limit) {
        return find(filter, limit, 0);
    }

    /**
     * Newest first, filtered, one page. The entity filter finds the thing itself, its parts recorded under
     * "id/…" (a status report "2013-A17/2014/2"), and what other modules recorded about it ({@link AuditSubjects}:
     * the round steps on a pact item).
     */
    public List<Event> find(Filter filter, int limit, int offset) {
        return jdbc.sql("select id, at, actor_email, action, entity_type, entity_id, before::text, after::text"
                        + " from audit_event" + WHERE + " order by id desc limit :limit offset :offset")
                .paramSource(params(filter).addValue("limit", limit).addValue("offset", offset))
                .query((rs, n) -> new Event(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** How many records the filter finds. */
    public int count(Filter filter) {
        return jdbc.sql("select count(*) from audit_event" + WHERE).paramSource(params(filter))
                .query(Integer.class).single();
    }

    private static final String WHERE = """
             where (cast(:type as text) is null or entity_type = :type)
               and (cast(:entity as text) is null or entity_id = :entity or entity_id like :entityPrefix escape '\\'
                    or entity_id = any(cast(:related as text[])))
               and (cast(:actor as text) is null or actor_email ilike '%' || cast(:actor as text) || '%')
               and (cast(:action as text) is null or action = :action)
               and (cast(:from as timestamptz) is null or at >= cast(:from as timestamptz))
               and (cast(:to as timestamptz) is null or at < cast(:to as timestamptz))
            """;

    private org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Filter filter) {
        String entity = Text.blankToNull(filter.entityId()) == null ? null : filter.entityId().strip();
        List<String> related = new java.util.ArrayList<>();
        if (entity != null) {
            subjects.forEach(s -> related.addAll(s.relatedTo(entity)));
        }
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("type", Text.blankToNull(filter.entityType()))
                .addValue("entity", entity)
                .addValue("entityPrefix", entity == null ? null : Text.likeEscaped(entity) + "/%")
                .addValue("related", related.toArray(String[]::new))
                .addValue("actor", Text.blankToNull(filter.actor()) == null ? null : Text.likeEscaped(filter.actor().strip()))
                .addValue("action", Text.blankToNull(filter.action()))
                .addValue("from", filter.from())
                .addValue("to", filter.to());
    }

    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_event order by 1").query(String.class).list();
    }

}
