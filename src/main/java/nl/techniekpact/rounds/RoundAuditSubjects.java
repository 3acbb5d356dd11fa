package nl.techniekpact.rounds;

import java.util.Collection;

import nl.techniekpact.audit.AuditSubjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Round steps are recorded under the task's id, opening and closing under the round's: looking up a pact item or a
 * region finds the steps on its tasks and the rounds that covered it.
 */
@Component
class RoundAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    RoundAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Collection<String> relatedTo(String entityId) {
        return jdbc.sql("""
                        select id::text from round_task where item_id = ? or region_code = ?
                        union select round_id::text from round_task where item_id = ? or region_code = ?""")
                .params(entityId, entityId, entityId, entityId).query(String.class).list();
    }
}
