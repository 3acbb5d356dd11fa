package nl.techniekpact.pact;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

    /** What kind of pact item an id names; each edition reports on its own kind. */
    public enum ItemKind { ACTION, GOAL, THEME }

    /**
     * A pact item a reporting round can cover: an action (2013), a goal (2016) or a theme (2018), with its label
     * and the partners the pact names as its owners (none for the themes).
     */
    public record Item(String id, ItemKind kind, int editionYear, int number, String label, List<String> ownerNames,
                       List<String> ownerPartnerIds) {
    }

    private static final String ITEMS = """
            select i.*, coalesce((select array_agg(p.name order by o.position) from owner o join partner p on p.id = o.partner_id
                                  where o.item_id = i.id), '{}') as owner_names,
                   coalesce((select array_agg(o.partner_id order by o.position) from owner o where o.item_id = i.id), '{}')
                     as owner_ids
            from (select a.id, 'ACTION' as kind, a.edition_year, a.number, a.title,
                         (select t.text from action_item t where t.action_id = a.id order by t.position limit 1) as first_item,
                         a.text
                    from action a
                  union all
                  select g.id, 'GOAL', g.edition_year, g.number, g.title, null, g.text from goal g
                  union all
                  select t.id, 'THEME', t.edition_year, t.number, t.title, null, t.introduction from theme t) i
            """;

    /** Every item of every edition a round can cover, by edition and number. */
    public List<Item> reportableItems() {
        return jdbc.sql(ITEMS + " order by i.edition_year, i.kind, i.number").query(PactRefs::item).list();
    }

    /** The given items that exist, by id. */
    public Map<String, Item> items(Collection<String> itemIds) {
        Map<String, Item> items = new java.util.LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return items;
        }
        jdbc.sql(ITEMS + " where i.id = any(?) order by i.edition_year, i.kind, i.number")
                .param(itemIds.stream().distinct().toArray(String[]::new))
                .query(PactRefs::item).list().forEach(item -> items.put(item.id(), item));
        return items;
    }

    /** The given partner ids that exist. */
    public Set<String> existingPartners(Collection<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id from partner where id = any(?)")
                .param(partnerIds.stream().distinct().toArray(String[]::new)).query(String.class).list());
    }

    /** Every partner, by name: id → name (for choosing who reports on an item without owners). */
    public Map<String, String> partnerNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, name from partner order by lower(name)").query(rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    private static Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        ItemKind kind = ItemKind.valueOf(rs.getString("kind"));
        String label = kind == ItemKind.ACTION
                ? ActionLabels.label(rs.getString("title"), rs.getString("first_item"), rs.getString("text"))
                : ActionLabels.label(rs.getString("title"), null, rs.getString("text"));
        return new Item(rs.getString("id"), kind, rs.getInt("edition_year"), rs.getInt("number"), label,
                List.of((String[]) rs.getArray("owner_names").getArray()),
                List.of((String[]) rs.getArray("owner_ids").getArray()));
    }

    /** The ids of every theme of every edition. */
    public Set<String> themeIds() {
        return Set.copyOf(jdbc.sql("select id from theme").query(String.class).list());
    }
}
