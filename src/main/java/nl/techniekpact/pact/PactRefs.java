package nl.techniekpact.pact;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Look-ups for modules that keep references to pact items (action ids, region codes, theme ids): which exist,
 * and the short label to show with them. One query per call, whatever the number of ids; read uncached.
 */
@Service
public class PactRefs {

    private final JdbcClient jdbc;

    PactRefs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The given action ids that exist. */
    public Set<String> existingActions(Collection<String> actionIds) {
        if (actionIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id from action where id = any(?)")
                .param(actionIds.stream().distinct().toArray(String[]::new)).query(String.class).list());
    }

    /** The given region codes that exist. */
    public Set<String> existingRegions(Collection<String> regionCodes) {
        return Set.copyOf(regionNames(regionCodes).keySet());
    }

    /**
     * A label per existing action ({@link ActionLabels#label}).
     */
    public Map<String, String> actionLabels(Collection<String> actionIds) {
        Map<String, String> labels = new HashMap<>();
        if (actionIds.isEmpty()) {
            return labels;
        }
        jdbc.sql("""
                        select a.id, a.title, (select i.text from action_item i where i.action_id = a.id
                                               order by i.position limit 1), a.text
                        from action a where a.id = any(?)""")
                .param(actionIds.stream().distinct().toArray(String[]::new))
                .query(rs -> {
                    labels.put(rs.getString(1), ActionLabels.label(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return labels;
    }

    /** The name of each existing region among the given codes. */
    public Map<String, String> regionNames(Collection<String> regionCodes) {
        Map<String, String> names = new HashMap<>();
        if (regionCodes.isEmpty()) {
            return names;
        }
        jdbc.sql("select code, name from region where code = any(?)")
                .param(regionCodes.stream().distinct().toArray(String[]::new))
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /** The ids of every theme of every edition. */
    public Set<String> themeIds() {
        return Set.copyOf(jdbc.sql("select id from theme").query(String.class).list());
    }
}
