package nl.techniekpact.pact;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.techniekpact.pact.PactViews.ActionDetail;
import nl.techniekpact.pact.PactViews.GoalDetail;
import nl.techniekpact.pact.PactViews.Item;
import nl.techniekpact.pact.PactViews.Link;
import nl.techniekpact.pact.PactViews.Owner;
import nl.techniekpact.pact.PactViews.StatusReport;
import nl.techniekpact.pact.internal.JsonColumns;
import nl.techniekpact.shared.StatusColour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * Actions and goals with everything that hangs on them. Lists are loaded with one query per child table,
 * never one per item, so an edition tree costs a fixed number of queries.
 */
@Service
public class PactItems {

    private final JdbcClient jdbc;

    PactItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable("pact")
    public Optional<ActionDetail> action(String id) {
        return actions("a.id = ?", id).stream().findFirst();
    }

    public List<ActionDetail> actionsOfEdition(int year) {
        return actions("a.edition_year = ? and a.theme_id is null", year);
    }

    public List<ActionDetail> actionsOfTheme(String themeId) {
        return actions("a.theme_id = ?", themeId);
    }

    /** Actions of several themes at once, by theme id. */
    public Map<String, List<ActionDetail>> actionsOfThemes(String[] themeIds) {
        return actions("a.theme_id = any(?)", themeIds).stream()
                .collect(groupingBy(ActionDetail::themeId));
    }

    @Cacheable("pact")
    public Optional<GoalDetail> goal(String id) {
        return goals("g.id = ?", id).stream().findFirst();
    }

    public List<GoalDetail> goalsOfEdition(int year) {
        return goals("g.edition_year = ?", year);
    }

    private List<ActionDetail> actions(String where, Object param) {
        List<ActionRow> rows = jdbc.sql("""
                        select a.id, a.edition_year, a.number, a.line_code, l.name as line_name, a.theme_id, a.title,
                               a.text, a.notes::text as notes
                        from action a left join line l on l.edition_year = a.edition_year and l.code = a.line_code
                        where %s order by a.edition_year, a.number""".formatted(where))
                .param(param)
                .query((rs, n) -> new ActionRow(rs.getString("id"), rs.getInt("edition_year"), rs.getInt("number"),
                        rs.getString("line_code"), rs.getString("line_name"), rs.getString("theme_id"),
                        rs.getString("title"), rs.getString("text"), JsonColumns.strings(rs.getString("notes"))))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        String[] ids = rows.stream().map(ActionRow::id).toArray(String[]::new);
        Map<String, List<Item>> items = jdbc.sql("""
                        select action_id, letter, text from action_item where action_id = any(?)
                        order by action_id, position""")
                .param(ids)
                .query((rs, n) -> Map.entry(rs.getString(1), new Item(rs.getString(2), rs.getString(3))))
                .list().stream().collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
        Map<String, List<Owner>> owners = owners(ids);
        Map<String, List<Link>> evidence = jdbc.sql("""
                        select item_id, label, url from evidence_link where item_id = any(?)
                        order by item_id, position""")
                .param(ids)
                .query((rs, n) -> Map.entry(rs.getString(1), new Link(rs.getString(2), rs.getString(3))))
                .list().stream().collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
        Map<String, List<StatusReport>> history = statusHistory(ids);
        Map<String, List<PactViews.ItemRef>> continues = succession(ids, "successor_id", "predecessor_id");
        Map<String, List<PactViews.ItemRef>> continuedBy = succession(ids, "predecessor_id", "successor_id");
        List<ActionDetail> result = new ArrayList<>();
        for (ActionRow r : rows) {
            List<StatusReport> statuses = history.getOrDefault(r.id(), List.of());
            StatusReport current = statuses.stream().filter(StatusReport::current)
                    .reduce((first, second) -> second).orElse(null);
            result.add(new ActionDetail(r.id(), r.year(), r.number(), r.line(), r.lineName(), r.themeId(),
                    r.title(), r.text(), items.getOrDefault(r.id(), List.of()), owners.getOrDefault(r.id(), List.of()),
                    evidence.getOrDefault(r.id(), List.of()), current, statuses,
                    continues.getOrDefault(r.id(), List.of()), continuedBy.getOrDefault(r.id(), List.of()),
                    r.notes()));
        }
        return result;
    }

    /**
     * The reported status of any items (actions, goals, themes): per item every revision of every round, oldest
     * first, the current one flagged; items without a report are absent.
     */
    public Map<String, List<StatusReport>> statuses(java.util.Collection<String> itemIds) {
        return itemIds.isEmpty() ? Map.of() : statusHistory(itemIds.stream().distinct().toArray(String[]::new));
    }

    /**
     * Every revision of every round, oldest first; the newest revision of the newest round is current. Rounds
     * are ordered by when they were first reported (round names are free text and do not sort by time).
     */
    private Map<String, List<StatusReport>> statusHistory(String[] ids) {
        return jdbc.sql("""
                        with ranked as (
                            select r.*, min(r.id) over (partition by r.item_id, r.round) as round_started
                              from status_report r where r.item_id = any(?))
                        select s.item_id, s.round, s.revision, s.colour, s.text, s.links::text as links,
                               s.milestones::text as milestones, s.delay_reason, s.corrective_measure,
                               s.figures::text as figures, s.source, s.recorded_at, s.task_version_id,
                               (s.revision = max(s.revision) over (partition by s.item_id, s.round)
                                and s.round_started = max(s.round_started) over (partition by s.item_id)) as current
                        from ranked s
                        order by s.item_id, s.round_started, s.revision""")
                .param(ids)
                .query((rs, n) -> Map.entry(rs.getString("item_id"), statusReport(rs)))
                .list().stream().collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
    }

    private static StatusReport statusReport(ResultSet rs) throws SQLException {
        return new StatusReport(rs.getString("round"), rs.getInt("revision"),
                StatusColour.valueOf(rs.getString("colour")), rs.getString("text"),
                JsonColumns.links(rs.getString("links")), JsonColumns.milestones(rs.getString("milestones")),
                rs.getString("delay_reason"), rs.getString("corrective_measure"),
                JsonColumns.figures(rs.getString("figures")), rs.getString("source"), rs.getObject("recorded_at", OffsetDateTime.class), rs.getBoolean("current"),
                rs.getObject("task_version_id") != null);
    }

    private List<GoalDetail> goals(String where, Object param) {
        List<GoalRow> rows = jdbc.sql("""
                        select g.id, g.edition_year, g.number, g.line_code, l.name as line_name, g.title, g.text,
                               g.notes::text as notes
                        from goal g left join line l on l.edition_year = g.edition_year and l.code = g.line_code
                        where %s order by g.edition_year, g.number""".formatted(where))
                .param(param)
                .query((rs, n) -> new GoalRow(rs.getString("id"), rs.getInt("edition_year"), rs.getInt("number"),
                        rs.getString("line_code"), rs.getString("line_name"), rs.getString("title"),
                        rs.getString("text"), JsonColumns.strings(rs.getString("notes"))))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        String[] ids = rows.stream().map(GoalRow::id).toArray(String[]::new);
        Map<String, List<String>> measures = jdbc.sql("""
                        select goal_id, text from goal_measure where goal_id = any(?) order by goal_id, position""")
                .param(ids)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
        Map<String, List<Owner>> owners = owners(ids);
        Map<String, List<PactViews.ItemRef>> continues = succession(ids, "successor_id", "predecessor_id");
        return rows.stream().map(r -> new GoalDetail(r.id(), r.year(), r.number(), r.line(), r.lineName(), r.title(),
                r.text(), measures.getOrDefault(r.id(), List.of()), owners.getOrDefault(r.id(), List.of()),
                continues.getOrDefault(r.id(), List.of()), r.notes())).toList();
    }

    private Map<String, List<Owner>> owners(String[] ids) {
        return jdbc.sql("""
                        select o.item_id, o.partner_id, p.name, o.as_written from owner o
                        join partner p on p.id = o.partner_id where o.item_id = any(?) order by o.item_id, o.position""")
                .param(ids)
                .query((rs, n) -> Map.entry(rs.getString(1),
                        new Owner(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list().stream().collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
    }

    private Map<String, List<PactViews.ItemRef>> succession(String[] ids, String key, String value) {
        return jdbc.sql("select %s, %s from succession where %s = any(?) order by 1, 2".formatted(key, value, key))
                .param(ids)
                .query((rs, n) -> Map.entry(rs.getString(1), PactViews.ItemRef.of(rs.getString(2))))
                .list().stream().collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
    }

    private record ActionRow(String id, int year, int number, String line, String lineName, String themeId,
                             String title, String text, List<String> notes) {
    }

    private record GoalRow(String id, int year, int number, String line, String lineName, String title, String text,
                           List<String> notes) {
    }
}
