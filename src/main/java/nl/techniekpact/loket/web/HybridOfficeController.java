package nl.techniekpact.loket.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.loket.HybridProfiles;
import nl.techniekpact.loket.HybridRules;
import nl.techniekpact.loket.HybridVacancies;
import nl.techniekpact.loket.Qualification;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The programme office's hybrid-teacher page: the rules with their sources and validity (add one, end one's
 * validity), and every profile and vacancy.
 */
@Controller
class HybridOfficeController {

    private final CurrentUsers users;
    private final HybridRules rules;
    private final HybridProfiles profiles;
    private final HybridVacancies vacancies;

    HybridOfficeController(CurrentUsers users, HybridRules rules, HybridProfiles profiles, HybridVacancies vacancies) {
        this.users = users;
        this.rules = rules;
        this.profiles = profiles;
        this.vacancies = vacancies;
    }

    @GetMapping("/office/loket/hybride")
    String page(Model model) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("scope", HybridRules.Scope.NATIONAL.name());
        return page(model, users.require(), form);
    }

    @PostMapping("/office/loket/hybride/regels")
    String add(@RequestParam MultiValueMap<String, String> p, Model model) {
        CurrentUser office = users.require();
        try {
            rules.add(office, new HybridRules.Form(p.getFirst("name"), p.getFirst("kind"), p.getFirst("value"),
                    p.getFirst("appliesTo"), p.get("levels") == null ? List.of() : p.get("levels").stream().limit(10)
                    .toList(), p.getFirst("validFrom"), p.getFirst("validUntil"), p.getFirst("scope"),
                    p.getFirst("pilotName"), p.getFirst("source"), p.getFirst("sourceQuote"),
                    p.getFirst("sourceDate")));
            return "redirect:/office/loket/hybride?added";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            return page(model, office, HybridForms.echo(p));
        }
    }

    @PostMapping("/office/loket/hybride/regels/{id}/einde")
    String end(@PathVariable long id, @RequestParam(defaultValue = "") String validUntil,
               @RequestParam(defaultValue = "") String version, Model model) {
        CurrentUser office = users.require();
        try {
            rules.end(office, id, validUntil, HybridForms.version(version));
            return "redirect:/office/loket/hybride?ended";
        } catch (InvalidInput e) {
            model.addAttribute("endErrors", e.errors());
            model.addAttribute("endRule", id);
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("scope", HybridRules.Scope.NATIONAL.name());
            return page(model, office, form);
        } catch (StaleData e) {
            return "redirect:/office/loket/hybride?stale";
        }
    }

    private String page(Model model, CurrentUser office, Map<String, ?> form) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("profiles", profiles.all(office));
        model.addAttribute("vacancies", vacancies.all(office));
        model.addAttribute("form", form);
        model.addAttribute("kindOptions", List.of(HybridRules.Kind.values()));
        model.addAttribute("scopeOptions", List.of(HybridRules.Scope.values()));
        model.addAttribute("levelOptions", List.of(Level.values()));
        model.addAttribute("qualificationOptions", List.of(Qualification.values()));
        return "loket/hybrid-office";
    }
}
