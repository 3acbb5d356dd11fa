package nl.techniekpact.loket.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.loket.HybridIntroductions;
import nl.techniekpact.loket.HybridMatches;
import nl.techniekpact.loket.HybridProfiles;
import nl.techniekpact.loket.HybridRules;
import nl.techniekpact.loket.HybridVacancies;
import nl.techniekpact.loket.Members;
import nl.techniekpact.shared.Forbidden;
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
 * Hybrid teachers in Mijn Loket, the school's side and the overview: a school's vacancies (write, change,
 * delete), the professionals that fit one with the rules checked, and asking for an introduction.
 */
@Controller
class HybridVacancyController {

    private final CurrentUsers users;
    private final Members members;
    private final HybridVacancies vacancies;
    private final HybridProfiles profiles;
    private final HybridMatches matches;
    private final HybridIntroductions introductions;
    private final HybridRules rules;

    HybridVacancyController(CurrentUsers users, Members members, HybridVacancies vacancies, HybridProfiles profiles,
                            HybridMatches matches, HybridIntroductions introductions, HybridRules rules) {
        this.users = users;
        this.members = members;
        this.vacancies = vacancies;
        this.profiles = profiles;
        this.matches = matches;
        this.introductions = introductions;
        this.rules = rules;
    }

    @GetMapping("/loket/mijn/hybride")
    String overview(Model model) {
        CurrentUser user = users.require();
        Members.Member member = members.confirmed(user);
        model.addAttribute("member", member);
        if (member.isSchool()) {
            model.addAttribute("vacancies", vacancies.mine(user));
            model.addAttribute("introductions", introductions.forSchool(user));
        } else {
            model.addAttribute("profiles", profiles.mine(user));
            model.addAttribute("introductions", introductions.forCompany(user));
        }
        return "loket/hybrid";
    }

    @GetMapping("/loket/mijn/hybride/vacatures/nieuw")
    String newVacancy(Model model) {
        CurrentUser user = users.require();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("open", "on");
        return form(model, user, form, null);
    }

    @PostMapping("/loket/mijn/hybride/vacatures/nieuw")
    String create(@RequestParam MultiValueMap<String, String> params, Model model) {
        CurrentUser user = users.require();
        try {
            long id = vacancies.create(user, HybridForms.vacancy(params));
            return "redirect:/loket/mijn/hybride/vacatures/" + id + "?saved";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            return form(model, user, HybridForms.echo(params), null);
        }
    }

    @GetMapping("/loket/mijn/hybride/vacatures/{id}")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        HybridVacancies.Vacancy vacancy = own(user, id);
        return form(model, user, HybridForms.values(vacancy), vacancy);
    }

    @PostMapping("/loket/mijn/hybride/vacatures/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model) {
        CurrentUser user = users.require();
        HybridVacancies.Vacancy vacancy = own(user, id);
        try {
            vacancies.update(user, id, HybridForms.vacancy(params), HybridForms.version(params.getFirst("version")));
            return "redirect:/loket/mijn/hybride/vacatures/" + id + "?saved";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            return form(model, user, HybridForms.echo(params), vacancy);
        } catch (StaleData e) {
            return "redirect:/loket/mijn/hybride/vacatures/" + id + "?stale";
        }
    }

    @PostMapping("/loket/mijn/hybride/vacatures/{id}/verwijderen")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "") String version) {
        CurrentUser user = users.require();
        try {
            vacancies.delete(user, id, HybridForms.version(version));
            return "redirect:/loket/mijn/hybride?deleted";
        } catch (StaleData e) {
            return "redirect:/loket/mijn/hybride/vacatures/" + id + "?stale";
        }
    }

    @GetMapping("/loket/mijn/hybride/vacatures/{id}/matches")
    String matches(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        HybridVacancies.Vacancy vacancy = own(user, id);
        return matchesPage(model, user, vacancy);
    }

    @PostMapping("/loket/mijn/hybride/vacatures/{id}/introducties")
    String ask(@PathVariable long id, @RequestParam(defaultValue = "") String profile,
               @RequestParam(defaultValue = "") String message, Model model) {
        CurrentUser user = users.require();
        HybridVacancies.Vacancy vacancy = own(user, id);
        if (!profile.matches("\\d{1,18}")) {
            return "redirect:/loket/mijn/hybride/vacatures/" + id + "/matches?noFit";
        }
        try {
            introductions.ask(user, id, Long.parseLong(profile), message);
            return "redirect:/loket/mijn/hybride/vacatures/" + id + "/matches?asked";
        } catch (InvalidInput e) {
            model.addAttribute("askErrors", e.errors());
            model.addAttribute("askProfile", Long.parseLong(profile));
            model.addAttribute("askMessage", message.length() > 2000 ? message.substring(0, 2000) : message);
            return matchesPage(model, user, vacancy);
        }
    }

    private String matchesPage(Model model, CurrentUser user, HybridVacancies.Vacancy vacancy) {
        List<HybridMatches.Fit> fits = matches.forVacancy(user, vacancy.id());
        Map<Long, HybridIntroductions.Introduction> byProfile = introductions.forVacancy(user, vacancy.id()).stream()
                .collect(Collectors.toMap(HybridIntroductions.Introduction::profileId, Function.identity(),
                        (a, b) -> a));
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("fits", fits);
        model.addAttribute("introductions", byProfile);
        return "loket/hybrid-matches";
    }

    private HybridVacancies.Vacancy own(CurrentUser user, long id) {
        return vacancies.own(user, id).orElseThrow(() -> new Forbidden("hybrid-teacher vacancy " + id));
    }

    private String form(Model model, CurrentUser user, Map<String, ?> values, HybridVacancies.Vacancy vacancy) {
        model.addAttribute("form", values);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("schoolLevels", List.copyOf(vacancies.levels(user)));
        model.addAttribute("pilots", rules.pilots());
        HybridForms.options(model);
        return "loket/hybrid-vacancy-form";
    }
}
