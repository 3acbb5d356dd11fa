package nl.techniekpact.pact.internal;

import static nl.techniekpact.pact.internal.PactFiles.list;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.techniekpact.pact.internal.PactFiles.ActionData;
import nl.techniekpact.pact.internal.PactFiles.EditionFile;
import nl.techniekpact.pact.internal.PactFiles.ExampleData;
import nl.techniekpact.pact.internal.PactFiles.GoalData;
import nl.techniekpact.pact.internal.PactFiles.ProgressData;
import nl.techniekpact.pact.internal.PactFiles.StatusData;
import nl.techniekpact.pact.internal.PactFiles.ThemeData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes one edition of the pact (its lines or themes, goals, actions, status reports, examples and regional
 * progress). Status reports and regional progress are append-only: a changed text for the same round becomes
 * a new revision next to the old one.
 */
@Component
class EditionWriter {

    private final JdbcClient jdbc;
    private final Revisions revisions;

    EditionWriter(JdbcClient jdbc, Revisions revisions) {
        this.jdbc = jdbc;
        this.revisions = revisions;
    }

    void write(EditionFile file, long version) {
        var e = file.edition();
        OwnerResolver owners = new OwnerResolver(jdbc);
        if (revisions.record("edition", String.valueOf(e.year()), e, version)) {
            jdbc.sql("""
                            insert into edition (year, title, kind, predecessor, introduction, source, links, notes)
                            values (:year, :title, :kind, :predecessor, :introduction, :source, :links::jsonb,
                                    :notes::jsonb)
                            on conflict (year) do update set title = excluded.title, kind = excluded.kind,
                              predecessor = excluded.predecessor, introduction = excluded.introduction,
                              source = excluded.source, links = excluded.links, notes = excluded.notes""")
                    .param("year", e.year()).param("title", e.title()).param("kind", e.kind())
                    .param("predecessor", e.predecessor()).param("introduction", e.introduction())
                    .param("source", e.source()).param("links", revisions.toJson(list(e.links())))
                    .param("notes", revisions.toJson(list(e.notes())))
                    .update();
        }
        int position = 0;
        for (var line : list(file.lines())) {
            jdbc.sql("""
                            insert into line (edition_year, code, name, subtitle, position) values (?, ?, ?, ?, ?)
                            on conflict (edition_year, code) do update set name = excluded.name,
                              subtitle = excluded.subtitle, position = excluded.position""")
                    .params(e.year(), line.code(), line.name(), line.subtitle(), ++position)
                    .update();
        }
        for (ThemeData theme : list(file.themes())) {
            theme(e.year(), theme, version, owners, e.source());
        }
        for (ActionData action : list(file.actions())) {
            action(e.year(), null, action, version, owners, e.source());
        }
        for (GoalData goal : list(file.goals())) {
            goal(e.year(), goal, version, owners, e.source());
        }
        for (ProgressData progress : list(file.regionalProgress())) {
            progress(progress, e.source());
        }
    }

    private void theme(int year, ThemeData t, long version, OwnerResolver owners, String source) {
        if (revisions.record("theme", t.id(), t, version)) {
            jdbc.sql("""
                            insert into theme (id, edition_year, number, title, introduction, interim_state, links, notes)
                            values (:id, :year, :number, :title, :introduction, :interim, :links::jsonb, :notes::jsonb)
                            on conflict (id) do update set number = excluded.number, title = excluded.title,
                              introduction = excluded.introduction, interim_state = excluded.interim_state,
                              links = excluded.links, notes = excluded.notes""")
                    .param("id", t.id()).param("year", year).param("number", t.number()).param("title", t.title())
                    .param("introduction", t.introduction()).param("interim", t.interimState())
                    .param("links", revisions.toJson(list(t.links()))).param("notes", revisions.toJson(list(t.notes())))
                    .update();
            jdbc.sql("delete from regional_example where theme_id = ?").param(t.id()).update();
            int position = 0;
            for (ExampleData x : list(t.examples())) {
                position++;
                requireRegion(x.region(), "example '" + x.title() + "' of " + t.id());
                jdbc.sql("""
                                insert into regional_example (id, theme_id, position, title, region_code, place, text,
                                                              links, notes)
                                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""")
                        .params(t.id() + "-V" + String.format("%02d", position), t.id(), position, x.title(),
                                x.region(), x.place(), x.text(), revisions.toJson(list(x.links())),
                                revisions.toJson(list(x.notes())))
                        .update();
            }
        }
        int number = 0;
        for (ActionData action : list(t.actions())) {
            number++;
            action(year, t.id(), action.number() == null ? withNumber(action, t.number() * 100 + number) : action,
                    version, owners, source);
        }
    }

    private static ActionData withNumber(ActionData a, int number) {
        return new ActionData(a.id(), number, a.line(), a.title(), a.text(), a.items(), a.owners(), a.evidence(),
                a.statusReports(), a.notes());
    }

    private void action(int year, String themeId, ActionData a, long version, OwnerResolver owners, String source) {
        if (revisions.record("action", a.id(), a, version)) {
            jdbc.sql("""
                            insert into action (id, edition_year, number, line_code, theme_id, title, text, notes)
                            values (:id, :year, :number, :line, :theme, :title, :text, :notes::jsonb)
                            on conflict (id) do update set number = excluded.number, line_code = excluded.line_code,
                              theme_id = excluded.theme_id, title = excluded.title, text = excluded.text,
                              notes = excluded.notes""")
                    .param("id", a.id()).param("year", year).param("number", a.number()).param("line", a.line())
                    .param("theme", themeId).param("title", a.title()).param("text", a.text())
                    .param("notes", revisions.toJson(list(a.notes())))
                    .update();
            jdbc.sql("delete from action_item where action_id = ?").param(a.id()).update();
            int position = 0;
            for (var item : list(a.items())) {
                jdbc.sql("insert into action_item (action_id, letter, position, text) values (?, ?, ?, ?)")
                        .params(a.id(), item.letter(), ++position, item.text())
                        .update();
            }
            owners(a.id(), a.owners(), owners, source);
            evidence(a.id(), a.evidence());
        }
        for (StatusData status : list(a.statusReports())) {
            statusReport(a.id(), status, source);
        }
    }

    private void goal(int year, GoalData g, long version, OwnerResolver owners, String source) {
        if (!revisions.record("goal", g.id(), g, version)) {
            return;
        }
        jdbc.sql("""
                        insert into goal (id, edition_year, number, line_code, title, text, notes)
                        values (:id, :year, :number, :line, :title, :text, :notes::jsonb)
                        on conflict (id) do update set number = excluded.number, line_code = excluded.line_code,
                          title = excluded.title, text = excluded.text, notes = excluded.notes""")
                .param("id", g.id()).param("year", year).param("number", g.number()).param("line", g.line())
                .param("title", g.title()).param("text", g.text()).param("notes", revisions.toJson(list(g.notes())))
                .update();
        jdbc.sql("delete from goal_measure where goal_id = ?").param(g.id()).update();
        int position = 0;
        for (String measure : list(g.measures())) {
            jdbc.sql("insert into goal_measure (goal_id, position, text) values (?, ?, ?)")
                    .params(g.id(), ++position, measure)
                    .update();
        }
        owners(g.id(), g.owners(), owners, source);
        jdbc.sql("delete from succession where successor_id = ?").param(g.id()).update();
        for (String predecessor : list(g.continues())) {
            if (!jdbc.sql("select exists (select 1 from action where id = ?)").param(predecessor)
                    .query(Boolean.class).single()) {
                throw new PactDataException("Pact data: goal " + g.id() + " continues " + predecessor
                        + ", which is not a loaded action", null);
            }
            jdbc.sql("insert into succession (predecessor_id, successor_id) values (?, ?)")
                    .params(predecessor, g.id())
                    .update();
        }
    }

    private void owners(String itemId, List<String> names, OwnerResolver owners, String source) {
        jdbc.sql("delete from owner where item_id = ?").param(itemId).update();
        int position = 0;
        for (String name : list(names)) {
            String partner = owners.resolve(name, source);
            jdbc.sql("""
                            insert into owner (item_id, partner_id, position, as_written) values (?, ?, ?, ?)
                            on conflict do nothing""")
                    .params(itemId, partner, ++position, name)
                    .update();
        }
    }

    private void evidence(String itemId, List<PactFiles.LinkData> links) {
        jdbc.sql("delete from evidence_link where item_id = ?").param(itemId).update();
        int position = 0;
        for (var link : list(links)) {
            jdbc.sql("insert into evidence_link (item_id, position, label, url) values (?, ?, ?, ?)")
                    .params(itemId, ++position, link.label() == null ? link.url() : link.label(), link.url())
                    .update();
        }
    }

    private void statusReport(String actionId, StatusData s, String source) {
        String links = revisions.toJson(list(s.links()));
        String milestones = revisions.toJson(list(s.milestones()));
        Optional<Integer> unchanged = jdbc.sql("""
                        select revision from status_report where item_id = ? and round = ?
                          and revision = (select max(revision) from status_report where item_id = ? and round = ?)
                          and colour = ? and text = ? and links = ?::jsonb and milestones = ?::jsonb""")
                .params(actionId, s.round(), actionId, s.round(), s.colour(), s.text(), links, milestones)
                .query(Integer.class).optional();
        if (unchanged.isPresent()) {
            return;
        }
        jdbc.sql("""
                        insert into status_report (item_id, round, revision, colour, text, links, milestones, source)
                        select ?, ?, coalesce(max(revision), 0) + 1, ?, ?, ?::jsonb, ?::jsonb, ?
                        from status_report where item_id = ? and round = ?""")
                .params(actionId, s.round(), s.colour(), s.text(), links, milestones, source, actionId, s.round())
                .update();
    }

    private void requireRegion(String code, String where) {
        if (code != null && !jdbc.sql("select exists (select 1 from region where code = ?)").param(code)
                .query(Boolean.class).single()) {
            throw new PactDataException("Pact data: " + where + " names region " + code
                    + ", which is not in regions.yaml", null);
        }
    }

    private void progress(ProgressData p, String source) {
        requireRegion(p.region(), "regional progress " + p.round());
        Optional<String> latest = jdbc.sql("""
                        select text from regional_progress where region_code = ? and round = ?
                        order by revision desc limit 1""")
                .params(p.region(), p.round()).query(String.class).optional();
        if (latest.isPresent() && Objects.equals(latest.get(), p.text())) {
            return;
        }
        jdbc.sql("""
                        insert into regional_progress (region_code, round, revision, text, source, notes)
                        select ?, ?, coalesce(max(revision), 0) + 1, ?, ?, ?::jsonb
                        from regional_progress where region_code = ? and round = ?""")
                .params(p.region(), p.round(), p.text(), source, revisions.toJson(list(p.notes())), p.region(),
                        p.round())
                .update();
    }
}
