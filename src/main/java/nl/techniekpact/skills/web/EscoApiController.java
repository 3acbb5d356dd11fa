package nl.techniekpact.skills.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.techniekpact.skills.EscoConcepts;
import nl.techniekpact.skills.EscoSearch;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** ESCO as open data: autocomplete over occupations, skills and skill groups, and one concept with its neighbours. */
@RestController
@RequestMapping("/api/v1/esco")
@Tag(name = "ESCO", description = "ESCO occupations, skills and skill groups (ESCO, European Commission), "
        + "the version of every fact kept")
class EscoApiController {

    private final EscoSearch search;
    private final EscoConcepts concepts;

    EscoApiController(EscoSearch search, EscoConcepts concepts) {
        this.search = search;
        this.concepts = concepts;
    }

    record SearchAnswer(String query, String lang, List<EscoSearch.Suggestion> items) {
    }

    @Operation(summary = "Autocomplete: the concepts whose labels match what was typed",
            description = "Preferred and alternative labels in Dutch and English; tolerant of typing errors and "
                    + "word forms; prefix matching for the last word. Each item says its kind; an item found by an "
                    + "alternative label or the other language names the label that matched.")
    @GetMapping("/search")
    SearchAnswer search(@Parameter(description = "what was typed, at most 100 characters") @RequestParam(defaultValue = "") String q,
                        @Parameter(description = "nl (default) or en: the language labels are shown and ranked in")
                        @RequestParam(defaultValue = "nl") String lang,
                        @Parameter(description = "occupation, skill or skill-group; default all")
                        @RequestParam(required = false) String kind,
                        @Parameter(description = "1–50, default 10") @RequestParam(defaultValue = "10") int limit) {
        String language = "en".equals(lang) ? "en" : "nl";
        return new SearchAnswer(q, language, search.search(q, language, kind == null || kind.isBlank() ? null : kind, limit));
    }

    @Operation(summary = "One concept: labels per language, description, broader and narrower concepts, ISCO group, "
            + "skill groups, related skills, collections and the ESCO version of each")
    @GetMapping("/concepts/{id}")
    EscoConcepts.Concept concept(@Parameter(description = "the last part of the concept URI, e.g. a UUID or C2512")
                                 @PathVariable String id,
                                 @RequestParam(defaultValue = "nl") String lang) {
        return concepts.find(id, lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
