package nl.techniekpact.schemes.web;

import nl.techniekpact.schemes.SchemeChangeViews;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public history of a scheme: every version, what changed, from which source; never a person's name. */
@Controller
class SchemeHistoryController {

    private final SchemeChangeViews views;

    SchemeHistoryController(SchemeChangeViews views) {
        this.views = views;
    }

    @GetMapping("/regelingen/{slug}/geschiedenis")
    String history(@PathVariable String slug, Model model) {
        model.addAttribute("history", views.history(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "schemechanges/history";
    }
}
