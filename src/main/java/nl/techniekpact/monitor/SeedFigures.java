package nl.techniekpact.monitor;

import nl.techniekpact.shared.Json;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The figures the pact's own documents state for an indicator, each with the seed's words and notes. */
@Service
@Transactional(readOnly = true)
public class SeedFigures {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json = Json.MAPPER;

    SeedFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A figure a seed document states, with its words; {@code period} null where the seed gives none. */
    public record SeedFigure(String region, Map<String, String> breakdown, String period, Double value,
                             Double numerator, Double denominator, String seed, String table, String quote,
                             List<String> notes) {
    }

    public List<SeedFigure> of(String indicatorCode) {
        return jdbc.sql("""
                select g.code, b.cell::text, p.code, f.value, f.numerator, f.denominator, f.seed, f.source_table,
                       f.quote, f.notes::text
                  from seed_figure f join indicator i on i.id = f.indicator_id join geography g on g.id = f.geography_id
                  join breakdown b on b.id = f.breakdown_id left join period p on p.id = f.period_id
                 where i.code = ? order by p.position nulls last, f.position""").param(indicatorCode)
                .query((rs, n) -> new SeedFigure(rs.getString(1), json.readValue(rs.getString(2),
                        new TypeReference<Map<String, String>>() {
                        }), rs.getString(3), (Double) rs.getObject(4), (Double) rs.getObject(5),
                        (Double) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        json.readValue(rs.getString(10), STRINGS)))
                .list();
    }

}
