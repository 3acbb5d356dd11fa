package nl.techniekpact.skills.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.skills.EscoConcepts;
import nl.techniekpact.skills.EscoSearch;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public pages: search ESCO (works without JavaScript) and one concept, labelled in the page's language. */
@Controller
class SkillPageController {

    /** The kind of concept as it appears in addresses. */
    static final Map<String, String> PATHS = Map.of("occupation", "beroep", "skill", "vaardigheid",
            "skill-group", "vaardigheidsgroep", "isco-group", "isco-groep");

    private final EscoSearch search;
    private final EscoConcepts concepts;

    SkillPageController(EscoSearch search, EscoConcepts concepts) {
        this.search = search;
        this.concepts = concepts;
    }

    @GetMapping("/vaardigheden")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String kind,
                  Locale locale, Model model) {
        String query = q.length() > EscoSearch.MAX_QUERY ? q.substring(0, EscoSearch.MAX_QUERY) : q;
        String filter = EscoSearch.KINDS.contains(kind) ? kind : null;
        List<EscoSearch.Suggestion> found = search.search(query, language(locale), filter, 20);
        model.addAttribute("q", query);
        model.addAttribute("kind", filter == null ? "" : filter);
        model.addAttribute("kinds", List.of("occupation", "skill", "skill-group"));
        model.addAttribute("results", found);
        model.addAttribute("paths", PATHS);
        return "skills/search";
    }

    @GetMapping("/vaardigheden/{kind}/{id}")
    String concept(@PathVariable String kind, @PathVariable String id, Locale locale, Model model) {
        EscoConcepts.Concept concept = concepts.find(id, language(locale))
                .filter(c -> kind.equals(PATHS.get(c.kind())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("concept", concept);
        model.addAttribute("paths", PATHS);
        return "skills/concept";
    }

    private static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "nl";
    }
}
