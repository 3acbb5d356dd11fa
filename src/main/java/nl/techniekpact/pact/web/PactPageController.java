package nl.techniekpact.pact.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import nl.techniekpact.pact.Editions;
import nl.techniekpact.pact.PactItems;
import nl.techniekpact.pact.PactSearch;
import nl.techniekpact.pact.Partners;
import nl.techniekpact.pact.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public pages of the pact registry. */
@Controller
class PactPageController {

    private static final int SEARCH_LIMIT = 50;

    private final Editions editions;
    private final PactItems items;
    private final Partners partners;
    private final Regions regions;
    private final PactSearch search;

    PactPageController(Editions editions, PactItems items, Partners partners, Regions regions, PactSearch search) {
        this.editions = editions;
        this.items = items;
        this.partners = partners;
        this.regions = regions;
        this.search = search;
    }

    @GetMapping("/")
    String home(Model model) {
        var summaries = editions.summaries();
        model.addAttribute("editions", summaries);
        model.addAttribute("trees", summaries.stream().map(e -> editions.tree(e.year()).orElseThrow()).toList());
        return "pact/home";
    }

    @GetMapping("/editions/{year}")
    String edition(@PathVariable String year, Model model) {
        if (!year.matches("\\d{4}")) {
            throw notFound();
        }
        model.addAttribute("edition", editions.tree(Integer.parseInt(year)).orElseThrow(this::notFound));
        return "pact/edition";
    }

    @GetMapping("/actions/{id}")
    String action(@PathVariable String id, Model model) {
        var action = items.action(id).orElseThrow(this::notFound);
        model.addAttribute("action", action);
        model.addAttribute("theme", action.themeId() == null ? null : editions.theme(action.themeId()).orElse(null));
        return "pact/action";
    }

    @GetMapping("/goals/{id}")
    String goal(@PathVariable String id, Model model) {
        model.addAttribute("goal", items.goal(id).orElseThrow(this::notFound));
        model.addAttribute("statusHistory", items.statuses(java.util.List.of(id)).getOrDefault(id, java.util.List.of()));
        return "pact/goal";
    }

    @GetMapping("/themes/{id}")
    String theme(@PathVariable String id, Model model) {
        model.addAttribute("theme", editions.theme(id).orElseThrow(this::notFound));
        model.addAttribute("statusHistory", items.statuses(java.util.List.of(id)).getOrDefault(id, java.util.List.of()));
        return "pact/theme";
    }

    @GetMapping("/partners")
    String partners(Model model) {
        model.addAttribute("partners", partners.all());
        return "pact/partners";
    }

    @GetMapping("/partners/{id}")
    String partner(@PathVariable String id, Model model) {
        model.addAttribute("partner", partners.partner(id).orElseThrow(this::notFound));
        return "pact/partner";
    }

    @GetMapping("/regions")
    String regions(Model model) {
        model.addAttribute("regions", regions.all());
        return "pact/regions";
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, Model model) {
        model.addAttribute("region", regions.region(code).orElseThrow(this::notFound));
        return "pact/region";
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("hits", search.search(q, SEARCH_LIMIT));
        model.addAttribute("tooLong", q != null && q.length() > PactSearch.MAX_QUERY_LENGTH);
        return "pact/search";
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(NOT_FOUND);
    }
}
