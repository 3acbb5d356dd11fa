package nl.techniekpact.skills;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.skills.internal.EscoIndexHolder;
import org.springframework.stereotype.Service;

/** Autocomplete over ESCO occupations, skills and skill groups in Dutch and English, from the in-memory index. */
@Service
public class EscoSearch {

    public static final int MAX_QUERY = 100;
    public static final int MAX_LIMIT = 50;
    public static final Set<String> KINDS = Set.of("occupation", "skill", "skill-group");

    private final EscoIndexHolder holder;

    EscoSearch(EscoIndexHolder holder) {
        this.holder = holder;
    }

    /**
     * A found concept: its label in the asked language (else Dutch or English, with the language it is in), and the
     * label that matched when that is another (an alternative label, or the other language).
     */
    public record Suggestion(String id, String uri, String kind, String label, String lang, String matchedLabel,
                             boolean alternative) {
    }

    /** @param kind null for all kinds; else one of {@link #KINDS} */
    public List<Suggestion> search(String query, String lang, String kind, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        if (query.length() > MAX_QUERY) {
            throw InvalidInput.of("q", "esco.search.too-long");
        }
        if (kind != null && !KINDS.contains(kind)) {
            throw InvalidInput.of("kind", "esco.search.bad-kind");
        }
        String language = "en".equals(lang) ? "en" : "nl";
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        return holder.index().search(query, language, kind, size).stream()
                .map(hit -> new Suggestion(hit.doc().id(), hit.doc().uri(), hit.doc().kind(), hit.label(),
                        hit.labelLang().toLowerCase(Locale.ROOT),
                        hit.matched().equals(hit.label()) ? null : hit.matched(),
                        !hit.matchedPreferred()))
                .toList();
    }

    /** How many concepts the index holds. */
    public int size() {
        return holder.index().size();
    }

}
