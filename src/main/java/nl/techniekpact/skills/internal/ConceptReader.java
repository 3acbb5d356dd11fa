package nl.techniekpact.skills.internal;

import java.util.List;
import java.util.Optional;

import nl.techniekpact.skills.EscoConcepts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads one concept and its neighbours; a fixed number of queries, none inside another's row mapper. */
@Component
public class ConceptReader {

    /** The preferred label of {@code c} in language ?: else Dutch, else English, else any. */
    private static final String LABEL = """
            (select l.preferred || chr(9) || l.lang from esco_label l where l.uri = c.uri
             order by (l.lang like ? || '%') desc, l.lang = 'nl' desc, l.lang like 'en%' desc, l.lang limit 1)""";
    private static final int MAX_REFS = 200;

    private final JdbcClient jdbc;

    ConceptReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EscoConcepts.Concept> find(String id, String lang) {
        record Row(String uri, String kind, String code, String skillType, String reuseLevel, String isco, String version,
                   String label) {
        }
        Optional<Row> found = jdbc.sql("select c.uri, c.kind, c.code, c.skill_type, c.reuse_level, c.isco_code, c.version, "
                        + LABEL + " from esco_concept c where c.id = ? order by c.kind = 'isco-group', c.uri limit 1")
                .params(lang, id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row row = found.get();
        List<EscoConcepts.Labels> labels = jdbc.sql("""
                        select lang, preferred, alternatives, description, version from esco_label where uri = ?
                        order by (lang like ? || '%') desc, lang""")
                .params(row.uri(), lang)
                .query((rs, n) -> new EscoConcepts.Labels(rs.getString(1), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getString(4), rs.getString(5)))
                .list();
        EscoConcepts.Ref isco = null;
        if (row.isco() != null) {
            isco = refs("select c.uri, c.id, c.kind, c.version, " + LABEL + " from esco_concept c where c.uri = ?",
                    lang, IscoGroups.uri(row.isco())).stream().findFirst().orElse(null);
        }
        List<EscoConcepts.Ref> broader = related("r.source_uri = ? and r.relation = 'broader'", "r.target_uri", lang, row.uri());
        List<EscoConcepts.Ref> narrower = related("r.target_uri = ? and r.relation = 'broader'", "r.source_uri", lang, row.uri());
        List<EscoConcepts.Ref> essential = related("r.source_uri = ? and r.relation in ('skill-essential', 'occupation-essential')",
                "r.target_uri", lang, row.uri());
        List<EscoConcepts.Ref> optional = related("r.source_uri = ? and r.relation in ('skill-optional', 'occupation-optional')",
                "r.target_uri", lang, row.uri());
        List<String> collections = jdbc.sql("select collection from esco_collection_member where uri = ? order by collection")
                .param(row.uri()).query(String.class).list();
        String[] label = split(row.label());
        return Optional.of(new EscoConcepts.Concept(id, row.uri(), row.kind(), row.code(), row.skillType(),
                row.reuseLevel(), row.version(), label[0], label[1], labels, isco, broader, narrower, essential, optional,
                collections));
    }

    private List<EscoConcepts.Ref> related(String where, String other, String lang, String uri) {
        return refs("select c.uri, c.id, c.kind, r.version, " + LABEL + " from esco_relation r join esco_concept c on c.uri = "
                + other + " where " + where + " order by c.kind, c.uri limit " + MAX_REFS, lang, uri);
    }

    private List<EscoConcepts.Ref> refs(String sql, String lang, String uri) {
        return jdbc.sql(sql).params(lang, uri)
                .query((rs, n) -> {
                    String[] label = split(rs.getString(5));
                    return new EscoConcepts.Ref(rs.getString(2), rs.getString(1), rs.getString(3), label[0], label[1],
                            rs.getString(4));
                })
                .list().stream().sorted((a, b) -> a.label().compareToIgnoreCase(b.label())).toList();
    }

    private static String[] split(String labelAndLang) {
        if (labelAndLang == null) {
            return new String[] {"", ""};
        }
        int tab = labelAndLang.lastIndexOf('\t');
        return new String[] {labelAndLang.substring(0, tab), labelAndLang.substring(tab + 1)};
    }
}
