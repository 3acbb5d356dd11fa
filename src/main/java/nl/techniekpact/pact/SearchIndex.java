package nl.techniekpact.pact;

import java.util.ArrayList;
import java.util.List;

import nl.techniekpact.shared.PagePaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code search_document} in step with the pact tables: one document per action, goal, theme, example,
 * partner and region, weighted title (A) over body (B), in the accent-insensitive Dutch configuration.
 */
@Component
public class SearchIndex {

    private final JdbcClient jdbc;

    SearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from search_document)").query(Boolean.class).single();
    }

    /** Rebuilds every document; runs inside the caller's transaction. */
    public void rebuild() {
        List<Object[]> documents = new ArrayList<>();
        jdbc.sql("""
                select type, id, title, body, first_item, text, theme_id from (
                  select 'action' as type, a.id, a.title,
                         concat_ws(E'\\n\\n', a.text,
                           (select string_agg(i.letter || '. ' || i.text, E'\\n\\n' order by i.position)
                              from action_item i where i.action_id = a.id),
                           (select string_agg(s.text, E'\\n\\n' order by s.round, s.revision)
                              from status_report s where s.item_id = a.id)) as body,
                         (select i.text from action_item i where i.action_id = a.id order by i.position limit 1)
                           as first_item,
                         a.text, null as theme_id
                  from action a
                  union all
                  select 'goal', g.id, g.title,
                         concat_ws(E'\\n\\n', g.text, (select string_agg(m.text, E'\\n\\n' order by m.position)
                                                       from goal_measure m where m.goal_id = g.id)), null, null, null
                  from goal g
                  union all
                  select 'theme', t.id, t.title, concat_ws(E'\\n\\n', t.introduction, t.interim_state), null, null, null
                  from theme t
                  union all
                  select 'example', x.id, x.title, concat_ws(E'\\n\\n', x.place, x.text), null, null, x.theme_id
                  from regional_example x
                  union all
                  select 'partner', p.id, p.name,
                         concat_ws(E'\\n', p.short_name, (select string_agg(concat_ws(', ', r.name, r.function), E'\\n')
                                                          from partner_representative r where r.partner_id = p.id),
                                   (select string_agg(a, ', ') from jsonb_array_elements_text(p.aliases) a)),
                         null, null, null
                  from partner p
                  union all
                  select 'region', r.code, r.name,
                         concat_ws(E'\\n\\n', (select string_agg(a, ', ') from jsonb_array_elements_text(r.aliases) a),
                           (select string_agg(concat_ws(E'\\n\\n', g.introduction, g.steering), E'\\n\\n')
                              from regional_agenda g where g.region_code = r.code),
                           (select string_agg(pr.text, E'\\n\\n' order by pr.position)
                              from agenda_priority pr where pr.region_code = r.code),
                           (select string_agg(rp.text, E'\\n\\n' order by rp.round, rp.revision)
                              from regional_progress rp where rp.region_code = r.code)),
                         null, null, null
                  from region r
                ) docs""").query(rs -> {
                    String type = rs.getString("type");
                    String id = rs.getString("id");
                    documents.add(new Object[] {type, id, title(type, id, rs.getString("title"),
                            rs.getString("first_item"), rs.getString("text")), rs.getString("body"),
                            path(type, id, rs.getString("theme_id"))});
                });
        jdbc.sql("delete from search_document").update();
        for (Object[] document : documents) {
            jdbc.sql("""
                    insert into search_document (entity_type, entity_id, title, body, path, document)
                    values (:type, :id, :title, :body, :path,
                            setweight(to_tsvector('tp_dutch', :title), 'A')
                            || setweight(to_tsvector('tp_dutch', :body), 'B'))""")
                    .param("type", document[0]).param("id", document[1]).param("title", document[2])
                    .param("body", document[3]).param("path", document[4]).update();
        }
    }

    /** Items are found by their identifier too: "2013-A01 Meer leerlingen …". */
    private static String title(String type, String id, String title, String firstItem, String text) {
        return switch (type) {
            case "action" -> id + " " + ActionLabels.label(title, firstItem, text);
            case "goal", "theme" -> title == null ? id : id + " " + title;
            default -> title;
        };
    }

    private static String path(String type, String id, String themeId) {
        return switch (type) {
            case "example" -> PagePaths.example(themeId, id);
            case "partner" -> PagePaths.partner(id);
            case "region" -> PagePaths.region(id);
            default -> PagePaths.item(id);
        };
    }
}
