package nl.techniekpact.skills.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.techniekpact.shared.Json;
import nl.techniekpact.skills.EscoRelease;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores a parsed release (inside the caller's transaction): concepts, labels per language, relations and
 * collection members, each with the release's version. A fact already stored from a newer version is left alone.
 * A relation is stored only when both its concepts are known (in this release or stored before); the others are
 * counted per kind with examples in the import's record and the result — never dropped unsaid.
 */
@Component
class ReleaseWriter {

    private static final int EXAMPLES = 5;
    private static final String NEWER = " string_to_array(excluded.version, '.')::int[] >= string_to_array(%s.version, '.')::int[]";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReleaseWriter(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    EscoRelease.Result write(ParsedRelease release, String version, String source, String actor) {
        Set<String> known = new HashSet<>(jdbc.sql("select uri from esco_concept").query(String.class).list());
        known.addAll(release.concepts.keySet());
        Map<String, Unjoined> unjoined = new LinkedHashMap<>();
        List<ParsedRelease.Relation> relations = new ArrayList<>();
        for (ParsedRelease.Relation r : release.relations) {
            String missing = !known.contains(r.source()) ? r.source() : !known.contains(r.target()) ? r.target() : null;
            if (missing == null) {
                relations.add(r);
            } else {
                unjoined.computeIfAbsent(r.relation(), k -> new Unjoined()).add(r.where() + " " + missing);
            }
        }
        for (ParsedRelease.Concept c : release.concepts.values()) {
            if (c.iscoCode() != null && !known.contains(IscoGroups.uri(c.iscoCode()))) {
                unjoined.computeIfAbsent("isco-group", k -> new Unjoined()).add(c.where() + " " + c.iscoCode());
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        release.concepts.values().forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        relations.forEach(r -> counts.merge(r.relation(), 1, Integer::sum));
        counts.put("labels", (int) release.labels.stream().filter(c -> c.lang() != null).count());
        counts.put("without-label", release.unlabelled);
        counts.put("collection-members", release.members.size());
        Map<String, EscoRelease.Unjoined> report = new LinkedHashMap<>();
        unjoined.forEach((kind, u) -> report.put(kind, new EscoRelease.Unjoined(u.count, List.copyOf(u.examples))));

        long id = jdbc.sql("""
                        insert into esco_import (version, source, actor, files, counts, unjoined)
                        values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb)) returning id""")
                .params(version, source, actor, json(release.files), json(counts), json(report))
                .query(Long.class).single();
        writeConcepts(release, version, id);
        writeLabels(release, version);
        template.batchUpdate("""
                        insert into esco_relation (relation, source_uri, target_uri, version) values (?, ?, ?, ?)
                        on conflict (relation, source_uri, target_uri) do update set version = excluded.version
                        where """ + NEWER.formatted("esco_relation"),
                relations.stream().map(r -> new Object[] {r.relation(), r.source(), r.target(), version}).toList());
        template.batchUpdate("""
                        insert into esco_collection_member (collection, uri, version) values (?, ?, ?)
                        on conflict (collection, uri) do update set version = excluded.version
                        where """ + NEWER.formatted("esco_collection_member"),
                release.members.stream().distinct().map(m -> new Object[] {m.collection(), m.uri(), version}).toList());
        return new EscoRelease.Result(id, version, counts, report, List.of());
    }

    private void writeConcepts(ParsedRelease release, String version, long id) {
        template.batchUpdate("""
                        insert into esco_concept (uri, id, kind, code, skill_type, reuse_level, isco_code, version, import_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (uri) do update set kind = excluded.kind,
                            code = coalesce(excluded.code, esco_concept.code),
                            skill_type = coalesce(excluded.skill_type, esco_concept.skill_type),
                            reuse_level = coalesce(excluded.reuse_level, esco_concept.reuse_level),
                            isco_code = coalesce(excluded.isco_code, esco_concept.isco_code),
                            version = excluded.version, import_id = excluded.import_id
                        where """ + NEWER.formatted("esco_concept"),
                release.concepts.values().stream().map(c -> new Object[] {c.uri(), c.uri().substring(c.uri().lastIndexOf('/') + 1),
                        c.kind(), c.code(), c.skillType(), c.reuseLevel(), c.iscoCode(), version, id}).toList());
    }

    /** One label row per concept and language: the richest statement (alternatives joined, first description). */
    private void writeLabels(ParsedRelease release, String version) {
        Map<String, ParsedRelease.Concept> merged = new LinkedHashMap<>();
        for (ParsedRelease.Concept c : release.labels) {
            if (c.lang() == null) {
                continue;
            }
            merged.merge(c.uri() + " " + c.lang(), c, (a, b) -> {
                List<String> alternatives = new ArrayList<>(a.alternatives());
                b.alternatives().stream().filter(s -> !alternatives.contains(s)).forEach(alternatives::add);
                return new ParsedRelease.Concept(a.uri(), a.kind(), null, null, null, null, a.lang(), a.preferred(),
                        alternatives, a.description() != null ? a.description() : b.description(), a.where());
            });
        }
        template.batchUpdate("""
                        insert into esco_label (uri, lang, preferred, alternatives, description, version)
                        values (?, ?, ?, string_to_array(?, chr(10)), ?, ?)
                        on conflict (uri, lang) do update set preferred = excluded.preferred,
                            alternatives = excluded.alternatives,
                            description = coalesce(excluded.description, esco_label.description),
                            version = excluded.version
                        where """ + NEWER.formatted("esco_label"),
                merged.values().stream().map(c -> new Object[] {c.uri(), c.lang(), c.preferred(),
                        String.join("\n", c.alternatives()), c.description(), version}).toList());
    }

    private static String json(Object value) {
        return Json.MAPPER.writeValueAsString(value);
    }

    private static final class Unjoined {
        private int count;
        private final List<String> examples = new ArrayList<>();

        void add(String example) {
            count++;
            if (examples.size() < EXAMPLES) {
                examples.add(example);
            }
        }
    }
}
