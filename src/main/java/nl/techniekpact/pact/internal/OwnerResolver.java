package nl.techniekpact.pact.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Resolves an organisation as a seed writes it ("Minister van OCW", "VO-raad") to a partner, by name, short
 * name or alias. An organisation that is not a signatory becomes a partner of its own, marked non-signatory.
 */
final class OwnerResolver {

    private final JdbcClient jdbc;
    private final Map<String, String> byName = new HashMap<>();

    OwnerResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("""
                        select id, name from partner
                        union all select id, short_name from partner where short_name is not null
                        union all select p.id, a.alias from partner p, jsonb_array_elements_text(p.aliases) a(alias)
                        order by 1""")
                .query((rs, n) -> byName.putIfAbsent(key(rs.getString(2)), rs.getString(1)))
                .list();
    }

    String resolve(String asWritten, String source) {
        String found = byName.get(key(asWritten));
        var abbreviation = java.util.regex.Pattern.compile("\\(([^)]+)\\)\\s*$").matcher(asWritten);
        if (found == null && abbreviation.find()) {
            found = byName.get(key(abbreviation.group(1)));
        }
        if (found != null) {
            return found;
        }
        String id = slug(asWritten);
        jdbc.sql("""
                        insert into partner (id, name, category, signatory, source)
                        values (?, ?, 'overig', false, ?) on conflict (id) do nothing""")
                .params(id, asWritten, "named as owner in " + source)
                .update();
        byName.put(key(asWritten), id);
        return id;
    }

    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    static String slug(String name) {
        return key(name).replace(' ', '-');
    }
}
