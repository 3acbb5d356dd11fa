package nl.techniekpact.pact;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.techniekpact.pact.PactViews.Partner;
import nl.techniekpact.pact.PactViews.Representative;
import nl.techniekpact.pact.internal.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/** The pact's partners: the 2016 signatories with their representatives, and organisations named as owners. */
@Service
public class Partners {

    private final JdbcClient jdbc;

    Partners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable("pact")
    public List<Partner> all() {
        return partners("true", null);
    }

    @Cacheable("pact")
    public Optional<Partner> partner(String id) {
        return partners("p.id = ?", id).stream().findFirst();
    }

    private List<Partner> partners(String where, Object param) {
        var statement = jdbc.sql("""
                select p.id, p.name, p.short_name, p.category, p.signatory, p.aliases::text as aliases, p.source,
                       p.notes::text as notes
                from partner p where %s order by p.signatory desc, lower(p.name)""".formatted(where));
        if (param != null) {
            statement = statement.param(param);
        }
        Map<String, List<Representative>> representatives = jdbc.sql("""
                        select partner_id, name, function from partner_representative order by partner_id, position""")
                .query((rs, n) -> Map.entry(rs.getString(1), new Representative(rs.getString(2), rs.getString(3))))
                .list().stream().collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
        Map<String, List<PactViews.ItemRef>> owns = jdbc.sql(
                        "select partner_id, item_id from owner order by partner_id, item_id")
                .query((rs, n) -> Map.entry(rs.getString(1), PactViews.ItemRef.of(rs.getString(2))))
                .list().stream().collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
        return statement.query((rs, n) -> new Partner(rs.getString("id"), rs.getString("name"),
                        rs.getString("short_name"), rs.getString("category"), rs.getBoolean("signatory"),
                        JsonColumns.strings(rs.getString("aliases")),
                        representatives.getOrDefault(rs.getString("id"), List.of()),
                        owns.getOrDefault(rs.getString("id"), List.of()), rs.getString("source"),
                        JsonColumns.strings(rs.getString("notes"))))
                .list();
    }
}
