package nl.techniekpact.skills.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.importers.ImportError;

/** Everything read from the files of one release, before it is joined with what is stored. */
final class ParsedRelease {

    /** A concept as one file states it; {@code lang} null for files without labels. */
    record Concept(String uri, String kind, String code, String skillType, String reuseLevel, String iscoCode,
                   String lang, String preferred, List<String> alternatives, String description, String where) {
    }

    record Relation(String relation, String source, String target, String where) {
    }

    record Member(String collection, String uri) {
    }

    record FileSummary(String name, String sha256, int records) {
    }

    final Map<String, Concept> concepts = new LinkedHashMap<>();
    /** Labels beyond the first language of a concept (a release may hold files in several languages). */
    final List<Concept> labels = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    final List<FileSummary> files = new ArrayList<>();
    final List<ImportError> errors = new ArrayList<>();
    /** Concepts a labelled file names without a preferred label in its language. */
    int unlabelled;

    void add(Concept concept) {
        Concept earlier = concepts.get(concept.uri());
        if (earlier == null) {
            concepts.put(concept.uri(), concept);
            labels.add(concept);
            return;
        }
        concepts.put(concept.uri(), new Concept(concept.uri(), earlier.kind(), first(earlier.code(), concept.code()),
                first(earlier.skillType(), concept.skillType()), first(earlier.reuseLevel(), concept.reuseLevel()),
                first(earlier.iscoCode(), concept.iscoCode()), earlier.lang(), earlier.preferred(),
                earlier.alternatives(), earlier.description(), earlier.where()));
        labels.add(concept);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
