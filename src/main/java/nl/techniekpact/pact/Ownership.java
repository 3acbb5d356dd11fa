package nl.techniekpact.pact;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toCollection;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which partners own which pact items (actions, goals), as resolved from the owners named in the pact text.
 * Read uncached: the answers decide who may write.
 */
@Service
public class Ownership {

    private final JdbcClient jdbc;

    Ownership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The partner ids owning each of the given items, in the order the text names them; unowned items are absent. */
    public Map<String, Set<String>> partnersOf(Collection<String> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select item_id, partner_id from owner where item_id = any(?) order by item_id, position")
                .param(itemIds.stream().distinct().toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream()
                .collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toCollection(LinkedHashSet::new))));
    }

    public boolean owns(String partnerId, String itemId) {
        return jdbc.sql("select exists (select 1 from owner where item_id = ? and partner_id = ?)")
                .params(itemId, partnerId).query(Boolean.class).single();
    }
}
