package nl.techniekpact.pact;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.techniekpact.pact.PactViews.Agenda;
import nl.techniekpact.pact.PactViews.Priority;
import nl.techniekpact.pact.PactViews.Progress;
import nl.techniekpact.pact.PactViews.RegionDetail;
import nl.techniekpact.pact.PactViews.RegionSummary;
import nl.techniekpact.pact.internal.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/** The Netherlands, the five Techniekpact landsdelen, provinces and sub-regions, with agendas and examples. */
@Service
public class Regions {

    private final JdbcClient jdbc;
    private final Editions editions;

    Regions(JdbcClient jdbc, Editions editions) {
        this.jdbc = jdbc;
        this.editions = editions;
    }

    @Cacheable("pact")
    public List<RegionSummary> all() {
        return jdbc.sql("select code, name, type, parent_code from region order by position")
                .query((rs, n) -> new RegionSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    @Cacheable("pact")
    public Optional<RegionDetail> region(String code) {
        record Row(String code, String name, String type, String parent, String aliases, String notes) {
        }
        Optional<Row> row = jdbc.sql("""
                        select code, name, type, parent_code, aliases::text, notes::text from region where code = ?""")
                .param(code)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        List<RegionSummary> all = all();
        RegionSummary parent = all.stream().filter(x -> x.code().equals(r.parent())).findFirst().orElse(null);
        List<RegionSummary> provinces = jdbc.sql("""
                        select p.code, p.name, p.type, p.parent_code from landsdeel_province lp
                        join region p on p.code = lp.province_code where lp.landsdeel_code = ? order by lp.position""")
                .param(code)
                .query((rs, n) -> new RegionSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        List<RegionSummary> children = all.stream().filter(x -> code.equals(x.parentCode())).toList();
        return Optional.of(new RegionDetail(r.code(), r.name(), r.type(), parent, JsonColumns.strings(r.aliases()),
                provinces, children, agendas(code), progress(code),
                editions.examples("x.region_code = ?", code), JsonColumns.strings(r.notes())));
    }

    private List<Agenda> agendas(String code) {
        Map<Integer, List<Priority>> priorities = jdbc.sql("""
                        select edition_year, line_code, text from agenda_priority where region_code = ?
                        order by edition_year, position""")
                .param(code)
                .query((rs, n) -> Map.entry(rs.getInt(1), new Priority(rs.getString(2), rs.getString(3))))
                .list().stream().collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
        return jdbc.sql("""
                        select edition_year, introduction, steering, source, notes::text from regional_agenda
                        where region_code = ? order by edition_year""")
                .param(code)
                .query((rs, n) -> new Agenda(rs.getInt(1), rs.getString(2), rs.getString(3),
                        priorities.getOrDefault(rs.getInt(1), List.of()), rs.getString(4),
                        JsonColumns.strings(rs.getString(5))))
                .list();
    }

    private List<Progress> progress(String code) {
        return jdbc.sql("""
                        select round, revision, text, source, notes::text, recorded_at, task_version_id
                        from regional_progress p where region_code = ?
                        order by (select min(f.id) from regional_progress f where f.region_code = p.region_code
                                  and f.round = p.round), revision""")
                .param(code)
                .query((rs, n) -> new Progress(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        JsonColumns.strings(rs.getString(5)), rs.getObject(6, java.time.OffsetDateTime.class),
                        rs.getObject(7) != null))
                .list();
    }
}
