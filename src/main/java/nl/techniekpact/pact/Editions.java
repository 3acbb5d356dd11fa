package nl.techniekpact.pact;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.techniekpact.pact.PactViews.ActionDetail;
import nl.techniekpact.pact.PactViews.EditionSummary;
import nl.techniekpact.pact.PactViews.EditionTree;
import nl.techniekpact.pact.PactViews.Example;
import nl.techniekpact.pact.PactViews.GoalDetail;
import nl.techniekpact.pact.PactViews.LineNode;
import nl.techniekpact.pact.PactViews.ThemeDetail;
import nl.techniekpact.pact.internal.JsonColumns;
import nl.techniekpact.shared.StatusColour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/** The editions of the pact (2013, 2016, 2018) as summaries and as whole trees. */
@Service
public class Editions {

    private final JdbcClient jdbc;
    private final PactItems items;

    Editions(JdbcClient jdbc, PactItems items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    @Cacheable("pact")
    public List<EditionSummary> summaries() {
        record Row(int year, String title, String kind, Integer predecessor, String source, int lines, int themes,
                   int goals, int actions) {
        }
        List<Row> rows = jdbc.sql("""
                        select e.year, e.title, e.kind, e.predecessor, e.source,
                          (select count(*) from line l where l.edition_year = e.year) as lines,
                          (select count(*) from theme t where t.edition_year = e.year) as themes,
                          (select count(*) from goal g where g.edition_year = e.year) as goals,
                          (select count(*) from action a where a.edition_year = e.year) as actions
                        from edition e order by e.year""")
                .query((rs, n) -> new Row(rs.getInt("year"), rs.getString("title"), rs.getString("kind"),
                        (Integer) rs.getObject("predecessor"), rs.getString("source"), rs.getInt("lines"),
                        rs.getInt("themes"), rs.getInt("goals"), rs.getInt("actions")))
                .list();
        // never query inside a row mapper: that holds one connection while asking for another
        return rows.stream().map(r -> new EditionSummary(r.year(), r.title(), r.kind(), r.predecessor(), r.source(),
                r.lines(), r.themes(), r.goals(), r.actions(), statusCounts(r.year()))).toList();
    }

    /** How many actions of the edition have each colour as their current status. */
    public Map<StatusColour, Integer> statusCounts(int year) {
        Map<StatusColour, Integer> counts = new EnumMap<>(StatusColour.class);
        for (StatusColour colour : StatusColour.values()) {
            counts.put(colour, 0);
        }
        jdbc.sql("""
                        select s.colour, count(*) from action a
                        join lateral (select colour from status_report r where r.item_id = a.id
                                      order by (select min(f.id) from status_report f where f.item_id = r.item_id
                                                and f.round = r.round) desc, r.revision desc limit 1) s on true
                        where a.edition_year = ? group by s.colour""")
                .param(year)
                .query((rs, n) -> counts.put(StatusColour.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return counts;
    }

    @Cacheable("pact")
    public Optional<EditionTree> tree(int year) {
        record Head(int year, String title, String kind, Integer predecessor, String introduction, String source,
                    String links, String notes) {
        }
        Optional<Head> head = jdbc.sql("""
                        select year, title, kind, predecessor, introduction, source, links::text as links,
                               notes::text as notes from edition where year = ?""")
                .param(year)
                .query((rs, n) -> new Head(rs.getInt("year"), rs.getString("title"), rs.getString("kind"),
                        (Integer) rs.getObject("predecessor"), rs.getString("introduction"), rs.getString("source"),
                        rs.getString("links"), rs.getString("notes")))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<ActionDetail> actions = items.actionsOfEdition(year);
        List<GoalDetail> goals = items.goalsOfEdition(year);
        List<LineNode> lines = jdbc.sql("select code, name, subtitle from line where edition_year = ? order by position")
                .param(year)
                .query((rs, n) -> {
                    String code = rs.getString("code");
                    return new LineNode(code, rs.getString("name"), rs.getString("subtitle"),
                            goals.stream().filter(g -> code.equals(g.line())).toList(),
                            actions.stream().filter(a -> code.equals(a.line())).toList());
                })
                .list();
        Head h = head.get();
        return Optional.of(new EditionTree(h.year(), h.title(), h.kind(), h.predecessor(), h.introduction(),
                h.source(), JsonColumns.links(h.links()), JsonColumns.strings(h.notes()), lines, themes(year),
                statusCounts(year)));
    }

    @Cacheable("pact")
    public List<ThemeDetail> themes(int year) {
        return themes("t.edition_year = ?", year);
    }

    @Cacheable("pact")
    public Optional<ThemeDetail> theme(String id) {
        return themes("t.id = ?", id).stream().findFirst();
    }

    private List<ThemeDetail> themes(String where, Object param) {
        record Row(String id, int year, int number, String title, String introduction, String interim, String links,
                   String notes) {
        }
        List<Row> rows = jdbc.sql("""
                        select t.id, t.edition_year, t.number, t.title, t.introduction, t.interim_state,
                               t.links::text as links, t.notes::text as notes
                        from theme t where %s order by t.edition_year, t.number""".formatted(where))
                .param(param)
                .query((rs, n) -> new Row(rs.getString("id"), rs.getInt("edition_year"), rs.getInt("number"),
                        rs.getString("title"), rs.getString("introduction"), rs.getString("interim_state"),
                        rs.getString("links"), rs.getString("notes")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        String[] ids = rows.stream().map(Row::id).toArray(String[]::new);
        var actions = items.actionsOfThemes(ids);
        var examples = examples("x.theme_id = any(?)", ids).stream()
                .collect(java.util.stream.Collectors.groupingBy(Example::themeId));
        return rows.stream().map(r -> new ThemeDetail(r.id(), r.year(), r.number(), r.title(), r.introduction(),
                r.interim(), JsonColumns.links(r.links()), actions.getOrDefault(r.id(), List.of()),
                examples.getOrDefault(r.id(), List.of()), JsonColumns.strings(r.notes()))).toList();
    }

    List<Example> examples(String where, Object param) {
        return jdbc.sql("""
                        select x.id, x.theme_id, x.title, x.region_code, r.name as region_name, x.place, x.text,
                               x.links::text as links
                        from regional_example x left join region r on r.code = x.region_code
                        where %s order by x.theme_id, x.position""".formatted(where))
                .param(param)
                .query((rs, n) -> new Example(rs.getString("id"), rs.getString("theme_id"), rs.getString("title"),
                        rs.getString("region_code"), rs.getString("region_name"), rs.getString("place"),
                        rs.getString("text"), JsonColumns.links(rs.getString("links"))))
                .list();
    }
}
