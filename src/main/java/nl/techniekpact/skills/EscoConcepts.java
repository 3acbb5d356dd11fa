package nl.techniekpact.skills;

import java.util.List;
import java.util.Optional;

import nl.techniekpact.skills.internal.ConceptReader;
import org.springframework.stereotype.Service;

/** One ESCO concept with its labels, place in the hierarchies, collections and the version of each fact. */
@Service
public class EscoConcepts {

    private final ConceptReader reader;

    EscoConcepts(ConceptReader reader) {
        this.reader = reader;
    }

    /** A reference to another concept, labelled in the asked language where it has a label in it. */
    public record Ref(String id, String uri, String kind, String label, String lang, String version) {
    }

    public record Labels(String lang, String preferred, List<String> alternatives, String description,
                         String version) {
    }

    public record Concept(String id, String uri, String kind, String code, String skillType, String reuseLevel,
                          String version, String label, String labelLang, List<Labels> labels, Ref iscoGroup,
                          List<Ref> broader, List<Ref> narrower, List<Ref> essentialSkills, List<Ref> optionalSkills,
                          List<String> collections) {
    }

    /** The concept whose URI ends in {@code /id}; {@code lang} "nl" or "en" for the labels of references. */
    public Optional<Concept> find(String id, String lang) {
        if (id == null || id.isBlank() || id.length() > 80) {
            return Optional.empty();
        }
        return reader.find(id, "en".equals(lang) ? "en" : "nl");
    }
}
