package nl.techniekpact.pact;

import java.util.List;
import java.util.Map;

import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.StatusColour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes approved updates into the registry, append-only: a status report becomes a new revision for its
 * round, regional progress likewise, the agenda's priorities are replaced with the old ones kept as a revision,
 * examples are added. Runs inside the caller's transaction (the approval), audited.
 */
@Service
public class PactUpdates {

    private final JdbcClient jdbc;
    private final Audit audit;
    private final SearchIndex searchIndex;
    private final org.springframework.context.ApplicationEventPublisher events;

    PactUpdates(JdbcClient jdbc, Audit audit, SearchIndex searchIndex,
                org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.searchIndex = searchIndex;
        this.events = events;
    }

    public record StatusToPublish(String itemId, String round, StatusColour colour, String text, String linksJson,
                                  String milestonesJson, String figuresJson, String delayReason,
                                  String correctiveMeasure, long taskVersionId) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @CacheEvict(value = "pact", allEntries = true)
    public void publishStatus(Actor actor, StatusToPublish s) {
        int revision = jdbc.sql("select coalesce(max(revision), 0) + 1 from status_report where item_id = ? and round = ?")
                .params(s.itemId(), s.round()).query(Integer.class).single();
        jdbc.sql("""
                        insert into status_report (item_id, round, revision, colour, text, links, milestones, figures,
                                                   delay_reason, corrective_measure, source, task_version_id)
                        values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?)""")
                .params(s.itemId(), s.round(), revision, s.colour().name(), s.text(), s.linksJson(),
                        s.milestonesJson(), s.figuresJson(), s.delayReason(), s.correctiveMeasure(),
                        "reporting round " + s.round(), s.taskVersionId())
                .update();
        audit.record(actor, "status.publish", "status_report", s.itemId() + "/" + s.round() + "/" + revision, null, s);
        searchIndex.rebuild();
        events.publishEvent(new nl.techniekpact.shared.PactChanged("status " + s.itemId()));
    }

    public record Priority(String line, String text) {
    }

    public record Example(String themeId, String title, String place, String text) {
    }

    public record RegionalUpdate(String regionCode, String round, String progress, List<Priority> priorities,
                                 List<Example> examples, long taskVersionId) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @CacheEvict(value = "pact", allEntries = true)
    public void publishRegionalUpdate(Actor actor, RegionalUpdate u) {
        if (u.progress() != null && !u.progress().isBlank()) {
            jdbc.sql("""
                            insert into regional_progress (region_code, round, revision, text, source, task_version_id)
                            select ?, ?, coalesce(max(revision), 0) + 1, ?, ?, ?
                            from regional_progress where region_code = ? and round = ?""")
                    .params(u.regionCode(), u.round(), u.progress(), "reporting round " + u.round(), u.taskVersionId(),
                            u.regionCode(), u.round())
                    .update();
        }
        if (!u.priorities().isEmpty()) {
            replacePriorities(actor, u);
        }
        for (Example x : u.examples()) {
            int position = jdbc.sql("select coalesce(max(position), 0) + 1 from regional_example where theme_id = ?")
                    .param(x.themeId()).query(Integer.class).single();
            String id = x.themeId() + "-V" + String.format("%02d", position);
            jdbc.sql("""
                            insert into regional_example (id, theme_id, position, title, region_code, place, text,
                                                          task_version_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, x.themeId(), position, x.title(), u.regionCode(), x.place(), x.text(), u.taskVersionId())
                    .update();
        }
        audit.record(actor, "region.publish", "region", u.regionCode(), null, u);
        searchIndex.rebuild();
        events.publishEvent(new nl.techniekpact.shared.PactChanged("region " + u.regionCode()));
    }

    private void replacePriorities(Actor actor, RegionalUpdate u) {
        Integer edition = jdbc.sql("select max(edition_year) from regional_agenda where region_code = ?")
                .param(u.regionCode()).query(Integer.class).single();
        if (edition == null) {
            edition = jdbc.sql("select max(year) from edition").query(Integer.class).single();
            jdbc.sql("insert into regional_agenda (region_code, edition_year, source) values (?, ?, ?)")
                    .params(u.regionCode(), edition, "reporting round " + u.round()).update();
        }
        List<Map<String, Object>> before = jdbc.sql("""
                        select line_code, text from agenda_priority where region_code = ? and edition_year = ?
                        order by position""").params(u.regionCode(), edition).query().listOfRows();
        String agendaId = u.regionCode() + "/" + edition;
        int revision = jdbc.sql("""
                        select coalesce(max(revision), 0) + 1 from pact_revision
                        where entity_type = 'agenda-priorities' and entity_id = ?""")
                .param(agendaId).query(Integer.class).single();
        jdbc.sql("""
                        insert into pact_revision (entity_type, entity_id, revision, content, task_version_id)
                        values ('agenda-priorities', ?, ?, ?::jsonb, ?)""")
                .params(agendaId, revision, toJson(u.priorities()), u.taskVersionId())
                .update();
        jdbc.sql("delete from agenda_priority where region_code = ? and edition_year = ?")
                .params(u.regionCode(), edition).update();
        int position = 0;
        for (Priority p : u.priorities()) {
            jdbc.sql("""
                            insert into agenda_priority (region_code, edition_year, position, line_code, text)
                            values (?, ?, ?, ?, ?)""")
                    .params(u.regionCode(), edition, ++position, p.line(), p.text())
                    .update();
        }
        audit.record(actor, "agenda.update", "agenda", agendaId, before, u.priorities());
    }

    private static String toJson(Object value) {
        return nl.techniekpact.shared.Json.MAPPER.writeValueAsString(value);
    }
}
