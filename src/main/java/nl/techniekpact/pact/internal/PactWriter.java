package nl.techniekpact.pact.internal;

import static nl.techniekpact.pact.internal.PactFiles.list;

import nl.techniekpact.pact.internal.PactFiles.AgendaData;
import nl.techniekpact.pact.internal.PactFiles.PartnerData;
import nl.techniekpact.pact.internal.PactFiles.RegionData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes partners, regions and regional agendas from the data files into their tables. Each entity is
 * rewritten only when {@link Revisions} finds it changed; its previous state stays in the revision history.
 */
@Component
class PactWriter {

    private final JdbcClient jdbc;
    private final Revisions revisions;

    PactWriter(JdbcClient jdbc, Revisions revisions) {
        this.jdbc = jdbc;
        this.revisions = revisions;
    }

    void partner(PartnerData p, long version) {
        if (!revisions.record("partner", p.id(), p, version)) {
            return;
        }
        jdbc.sql("""
                        insert into partner (id, name, short_name, category, aliases, signatory, source, notes)
                        values (:id, :name, :shortName, :category, :aliases::jsonb, true, :source, :notes::jsonb)
                        on conflict (id) do update set name = excluded.name, short_name = excluded.short_name,
                          category = excluded.category, aliases = excluded.aliases, signatory = true,
                          source = excluded.source, notes = excluded.notes""")
                .param("id", p.id()).param("name", p.name()).param("shortName", p.shortName())
                .param("category", p.category() == null ? "overig" : p.category())
                .param("aliases", revisions.toJson(list(p.aliases()))).param("source", p.source())
                .param("notes", revisions.toJson(list(p.notes())))
                .update();
        jdbc.sql("delete from partner_representative where partner_id = ?").param(p.id()).update();
        int position = 0;
        for (var representative : list(p.representatives())) {
            jdbc.sql("insert into partner_representative (partner_id, position, name, function) values (?, ?, ?, ?)")
                    .params(p.id(), ++position, representative.name(), representative.function())
                    .update();
        }
    }

    void region(RegionData r, int position, long version) {
        if (!revisions.record("region", r.code(), r, version)) {
            return;
        }
        jdbc.sql("""
                        insert into region (code, name, type, parent_code, aliases, notes, position)
                        values (:code, :name, :type, :parent, :aliases::jsonb, :notes::jsonb, :position)
                        on conflict (code) do update set name = excluded.name, type = excluded.type,
                          parent_code = excluded.parent_code, aliases = excluded.aliases, notes = excluded.notes,
                          position = excluded.position""")
                .param("code", r.code()).param("name", r.name()).param("type", r.type())
                .param("parent", r.parent()).param("aliases", revisions.toJson(list(r.aliases())))
                .param("notes", revisions.toJson(list(r.notes()))).param("position", position)
                .update();
    }

    /** Landsdeel → province links are written after all regions exist. */
    void provinces(RegionData r) {
        jdbc.sql("delete from landsdeel_province where landsdeel_code = ?").param(r.code()).update();
        int position = 0;
        for (String province : list(r.provinces())) {
            jdbc.sql("insert into landsdeel_province (landsdeel_code, province_code, position) values (?, ?, ?)")
                    .params(r.code(), province, ++position)
                    .update();
        }
    }

    void agenda(AgendaData a, long version) {
        if (!revisions.record("agenda", a.region() + "/" + a.edition(), a, version)) {
            return;
        }
        jdbc.sql("""
                        insert into regional_agenda (region_code, edition_year, introduction, steering, source, notes)
                        values (:region, :edition, :introduction, :steering, :source, :notes::jsonb)
                        on conflict (region_code, edition_year) do update set introduction = excluded.introduction,
                          steering = excluded.steering, source = excluded.source, notes = excluded.notes""")
                .param("region", a.region()).param("edition", a.edition()).param("introduction", a.introduction())
                .param("steering", a.steering()).param("source", a.source())
                .param("notes", revisions.toJson(list(a.notes())))
                .update();
        jdbc.sql("delete from agenda_priority where region_code = ? and edition_year = ?")
                .params(a.region(), a.edition()).update();
        int position = 0;
        for (var priority : list(a.priorities())) {
            jdbc.sql("""
                            insert into agenda_priority (region_code, edition_year, position, line_code, text)
                            values (?, ?, ?, ?, ?)""")
                    .params(a.region(), a.edition(), ++position, priority.line(), priority.text())
                    .update();
        }
    }
}
