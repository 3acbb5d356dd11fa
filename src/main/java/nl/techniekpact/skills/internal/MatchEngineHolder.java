package nl.techniekpact.skills.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.techniekpact.skills.matching.EscoGraph;
import nl.techniekpact.skills.matching.WorkMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work-to-work matcher and the labels of what it names, built from the stored ESCO data on first use and again
 * after every change {@link EscoIndexHolder} hears of (an import on this or another instance).
 */
@Component
public class MatchEngineHolder {

    private static final Logger log = LoggerFactory.getLogger(MatchEngineHolder.class);

    /** The preferred labels of a concept (Dutch and English, either may be null) and its ISCO code. */
    public record Names(String nl, String en, String isco) {
        public String in(String lang) {
            String first = "en".equals(lang) ? en : nl;
            return first != null ? first : nl != null ? nl : en;
        }

        public String langOf(String lang) {
            String first = "en".equals(lang) ? en : nl;
            return first != null ? lang : nl != null ? "nl" : "en";
        }
    }

    public record Engine(WorkMatcher matcher, Map<String, Names> names) {
    }

    private final JdbcClient jdbc;
    private final EscoIndexHolder index;
    private volatile Engine engine;
    private volatile long builtAt = -1;

    MatchEngineHolder(JdbcClient jdbc, EscoIndexHolder index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** ESCO's URI of an ISCO-08 group. */
    public static String iscoUri(String code) {
        return IscoGroups.uri(code);
    }

    public Engine engine() {
        long changes = index.changes();
        if (engine == null || builtAt != changes) {
            rebuild(changes);
        }
        return engine;
    }

    private synchronized void rebuild(long changes) {
        if (engine != null && builtAt == changes) {
            return;
        }
        long started = System.nanoTime();
        List<EscoGraph.Occupation> occupations = jdbc.sql(
                        "select uri, isco_code from esco_concept where kind = 'occupation' order by uri")
                .query((rs, n) -> new EscoGraph.Occupation(rs.getString(1), rs.getString(2))).list();
        List<EscoGraph.Link> occupationSkills = new ArrayList<>();
        List<EscoGraph.Link> occupationBroader = new ArrayList<>();
        List<EscoGraph.Link> skillBroader = new ArrayList<>();
        List<EscoGraph.Link> skillRelated = new ArrayList<>();
        jdbc.sql("""
                        select r.relation, r.source_uri, r.target_uri, s.kind, t.kind from esco_relation r
                        join esco_concept s on s.uri = r.source_uri join esco_concept t on t.uri = r.target_uri""")
                .query(rs -> {
                    String relation = rs.getString(1);
                    var link = new EscoGraph.Link(rs.getString(2), rs.getString(3), relation.endsWith("essential"));
                    String from = rs.getString(4);
                    String to = rs.getString(5);
                    switch (relation) {
                        case "occupation-essential", "occupation-optional" -> occupationSkills.add(link);
                        case "skill-essential", "skill-optional" -> skillRelated.add(link);
                        default -> {
                            if (from.equals("occupation") && to.equals("occupation")) {
                                occupationBroader.add(link);
                            } else if (from.equals("skill") && to.equals("skill-group")) {
                                skillBroader.add(link);
                            }
                        }
                    }
                });
        Set<String> ict = new HashSet<>(jdbc.sql("select uri from esco_collection_member where collection = 'ict'")
                .query(String.class).list());
        Map<String, String[]> labels = new HashMap<>();
        jdbc.sql("""
                        select c.uri, l.lang, l.preferred, c.isco_code, c.code from esco_concept c
                        join esco_label l on l.uri = c.uri
                        where c.kind in ('occupation', 'skill', 'isco-group') and (l.lang = 'nl' or l.lang like 'en%')""")
                .query(rs -> {
                    String[] names = labels.computeIfAbsent(rs.getString(1), u -> new String[3]);
                    names[rs.getString(2).equals("nl") ? 0 : 1] = rs.getString(3);
                    names[2] = rs.getString(4) != null ? rs.getString(4) : names[2];
                });
        Map<String, Names> names = new HashMap<>();
        labels.forEach((uri, n) -> names.put(uri, new Names(n[0], n[1], n[2])));
        WorkMatcher matcher = new WorkMatcher(new EscoGraph(occupations, occupationSkills, occupationBroader,
                skillBroader, skillRelated, ict));
        engine = new Engine(matcher, Map.copyOf(names));
        builtAt = changes;
        log.info("Work-to-work matcher: {} occupations, {} with skills, built in {} ms", matcher.size(),
                matcher.occupationsWithSkills(), (System.nanoTime() - started) / 1_000_000);
    }
}
