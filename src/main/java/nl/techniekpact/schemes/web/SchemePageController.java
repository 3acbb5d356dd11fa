package nl.techniekpact.schemes.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.schemes.Applicant;
import nl.techniekpact.schemes.Purpose;
import nl.techniekpact.schemes.Scheme;
import nl.techniekpact.schemes.SchemeLevel;
import nl.techniekpact.schemes.SchemeStatus;
import nl.techniekpact.schemes.Schemes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public catalogue: the list of schemes with its filters (a plain GET form, so it works without JavaScript)
 * and one scheme with every fact, its source and date. Status is computed for today and shown in words.
 */
@Controller
class SchemePageController {

    private final Schemes schemes;

    SchemePageController(Schemes schemes) {
        this.schemes = schemes;
    }

    @GetMapping("/regelingen")
    String list(@RequestParam(defaultValue = "") String who, @RequestParam(defaultValue = "") String what,
                @RequestParam(defaultValue = "") String level, @RequestParam(defaultValue = "") String status,
                Model model) {
        Schemes.Filter filter = SchemeFilters.lenient(who, what, level, status);
        model.addAttribute("schemes", schemes.find(filter));
        model.addAttribute("today", schemes.today());
        model.addAttribute("who", SchemeFilters.name(filter.who()));
        model.addAttribute("what", SchemeFilters.name(filter.what()));
        model.addAttribute("level", SchemeFilters.name(filter.level()));
        model.addAttribute("status", SchemeFilters.name(filter.status()));
        model.addAttribute("applicants", Applicant.values());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("levels", SchemeLevel.values());
        model.addAttribute("statuses", SchemeStatus.values());
        model.addAttribute("filtered", filter.who() != null || filter.what() != null || filter.level() != null
                || filter.status() != null);
        return "schemes/list";
    }

    @GetMapping("/regelingen/{slug}")
    String scheme(@PathVariable String slug, Locale locale, Model model) {
        Scheme scheme = schemes.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = schemes.today();
        model.addAttribute("scheme", scheme);
        model.addAttribute("today", today);
        model.addAttribute("facts", SchemeView.facts(scheme, locale));
        model.addAttribute("successor", scheme.successorSlug() == null ? null
                : schemes.bySlug(scheme.successorSlug()).orElse(null));
        model.addAttribute("windows", scheme.windows());
        model.addAttribute("applicantRows", scheme.applicants().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList());
        model.addAttribute("purposeRows", scheme.purposes().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList());
        return "schemes/detail";
    }
}
