package nl.techniekpact.skills.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.skills.EscoSearch;
import nl.techniekpact.skills.OfferMatches;
import nl.techniekpact.skills.SkillOffers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Vacancies (/vaardigheden/vacatures, by confirmed company members) and trainings (/vaardigheden/opleidingen, by
 * confirmed school members) with their ESCO skills: the published ones for everyone, and under {@code /beheer} the
 * party's own — create, edit, pick skills by ESCO search or take the occupation's, publish, delete.
 */
@Controller
class OfferPageController {

    static final String V = "/vaardigheden/vacatures";
    static final String T = "/vaardigheden/opleidingen";

    private final CurrentUsers users;
    private final SkillOffers offers;
    private final OfferMatches matches;
    private final EscoSearch search;

    OfferPageController(CurrentUsers users, SkillOffers offers, OfferMatches matches, EscoSearch search) {
        this.users = users;
        this.offers = offers;
        this.matches = matches;
        this.search = search;
    }

    @GetMapping({V, T})
    String published(HttpServletRequest request, Locale locale, Model model) {
        SkillOffers.Kind kind = kind(request);
        List<SkillOffers.Offer> list = offers.published(kind, language(locale));
        model.addAttribute("offers", list);
        model.addAttribute("owners", matches.ownerNames(kind, list));
        return common(kind, model, "skills/offers");
    }

    @GetMapping({V + "/{id:\\d+}", T + "/{id:\\d+}"})
    String one(HttpServletRequest request, @PathVariable long id, Locale locale, Model model) {
        SkillOffers.Kind kind = kind(request);
        SkillOffers.Offer offer = offers.publishedOne(kind, id, language(locale));
        model.addAttribute("offer", offer);
        model.addAttribute("owner", matches.ownerName(kind, offer.ownerId()));
        return common(kind, model, "skills/offer");
    }

    @GetMapping({V + "/beheer", T + "/beheer"})
    String mine(HttpServletRequest request, Locale locale, Model model) {
        Optional<CurrentUser> user = users.current();
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        return mine(user.get(), kind(request), new SkillOffers.Form("", "", "", "", "", ""), Map.of(), locale, model);
    }

    @PostMapping({V + "/beheer", T + "/beheer"})
    String create(HttpServletRequest request, Form form, Locale locale, Model model) {
        SkillOffers.Kind kind = kind(request);
        CurrentUser user = users.require();
        try {
            long id = offers.create(user, kind, form.value());
            return "redirect:" + base(kind) + "/beheer/" + id + "?created";
        } catch (InvalidInput e) {
            return mine(user, kind, form.value(), e.errors(), locale, model);
        }
    }

    @GetMapping({V + "/beheer/{id:\\d+}", T + "/beheer/{id:\\d+}"})
    String edit(HttpServletRequest request, @PathVariable long id, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "") String kind, Locale locale, Model model) {
        Optional<CurrentUser> user = users.current();
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        return edit(user.get(), kind(request), id, null, q, kind, Map.of(), locale, model);
    }

    @PostMapping({V + "/beheer/{id:\\d+}", T + "/beheer/{id:\\d+}"})
    String update(HttpServletRequest request, @PathVariable long id, Form form, Locale locale, Model model) {
        SkillOffers.Kind kind = kind(request);
        CurrentUser user = users.require();
        try {
            offers.update(user, kind, id, form.value());
            return back(kind, id, "saved", "", "");
        } catch (InvalidInput e) {
            return edit(user, kind, id, form.value(), "", "", e.errors(), locale, model);
        }
    }

    @PostMapping({V + "/beheer/{id:\\d+}/beroep", T + "/beheer/{id:\\d+}/beroep"})
    String occupation(HttpServletRequest request, @PathVariable long id, @RequestParam(defaultValue = "") String uri,
                      @RequestParam(defaultValue = "") String q, Locale locale, Model model) {
        SkillOffers.Kind kind = kind(request);
        CurrentUser user = users.require();
        SkillOffers.Form was = offers.own(user, kind, id, "nl").form();
        SkillOffers.Form form = new SkillOffers.Form(was.title(), uri.length() > 1000 ? uri.substring(0, 1000) : uri,
                was.place(), was.municipality(), was.hours(), was.level());
        try {
            offers.update(user, kind, id, form);
            return back(kind, id, "saved", "", "");
        } catch (InvalidInput e) {
            return edit(user, kind, id, null, q, "occupation", e.errors(), locale, model);
        }
    }

    @PostMapping({V + "/beheer/{id:\\d+}/beroep/vaardigheden", T + "/beheer/{id:\\d+}/beroep/vaardigheden"})
    String occupationSkills(HttpServletRequest request, @PathVariable long id, Locale locale, Model model) {
        SkillOffers.Kind kind = kind(request);
        CurrentUser user = users.require();
        try {
            offers.takeOccupationSkills(user, kind, id);
            return back(kind, id, "skillsAdded", "", "");
        } catch (InvalidInput e) {
            return edit(user, kind, id, null, "", "", e.errors(), locale, model);
        }
    }

    @PostMapping({V + "/beheer/{id:\\d+}/vaardigheden", T + "/beheer/{id:\\d+}/vaardigheden"})
    String addSkill(HttpServletRequest request, @PathVariable long id, @RequestParam(defaultValue = "") String uri,
                    @RequestParam(defaultValue = "false") boolean essential, @RequestParam(defaultValue = "") String q,
                    Locale locale, Model model) {
        SkillOffers.Kind kind = kind(request);
        CurrentUser user = users.require();
        try {
            offers.addSkill(user, kind, id, uri, essential);
            return back(kind, id, "added", q, "skill");
        } catch (InvalidInput e) {
            return edit(user, kind, id, null, q, "skill", e.errors(), locale, model);
        }
    }

    @PostMapping({V + "/beheer/{id:\\d+}/vaardigheden/verwijderen", T + "/beheer/{id:\\d+}/vaardigheden/verwijderen"})
    String removeSkill(HttpServletRequest request, @PathVariable long id, @RequestParam(defaultValue = "") String uri) {
        SkillOffers.Kind kind = kind(request);
        offers.removeSkill(users.require(), kind, id, uri);
        return back(kind, id, "removed", "", "");
    }

    @PostMapping({V + "/beheer/{id:\\d+}/publiceren", T + "/beheer/{id:\\d+}/publiceren"})
    String publish(HttpServletRequest request, @PathVariable long id,
                   @RequestParam(defaultValue = "false") boolean published) {
        SkillOffers.Kind kind = kind(request);
        offers.setPublished(users.require(), kind, id, published);
        return back(kind, id, published ? "published" : "unpublished", "", "");
    }

    @PostMapping({V + "/beheer/{id:\\d+}/verwijderen", T + "/beheer/{id:\\d+}/verwijderen"})
    String delete(HttpServletRequest request, @PathVariable long id) {
        SkillOffers.Kind kind = kind(request);
        offers.delete(users.require(), kind, id);
        return "redirect:" + base(kind) + "/beheer?deleted";
    }

    /** The form's fields, each cut to a bound before validation (the service checks the real limits). */
    record Form(String title, String occupation, String place, String municipality, String hours, String level) {
        SkillOffers.Form value() {
            return new SkillOffers.Form(cut(title), cut(occupation), cut(place), cut(municipality), cut(hours), cut(level));
        }

        private static String cut(String s) {
            return s == null ? "" : s.length() > 1000 ? s.substring(0, 1000) : s;
        }
    }

    private String mine(CurrentUser user, SkillOffers.Kind kind, SkillOffers.Form form, Map<String, String> errors,
                        Locale locale, Model model) {
        model.addAttribute("offers", offers.mine(user, kind, language(locale)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return common(kind, model, "skills/offers-mine");
    }

    private String edit(CurrentUser user, SkillOffers.Kind kind, long id, SkillOffers.Form form, String q, String filter,
                        Map<String, String> errors, Locale locale, Model model) {
        String lang = language(locale);
        SkillOffers.Offer offer = offers.own(user, kind, id, lang);
        String query = q.length() > EscoSearch.MAX_QUERY ? q.substring(0, EscoSearch.MAX_QUERY) : q;
        String only = filter.equals("occupation") || filter.equals("skill") ? filter : "skill";
        model.addAttribute("offer", offer);
        model.addAttribute("form", form == null ? offer.form() : form);
        model.addAttribute("have", offer.skills().stream().map(SkillOffers.Skill::uri).toList());
        model.addAttribute("q", query);
        model.addAttribute("kind", only);
        model.addAttribute("results", search.search(query, lang, only, 20));
        model.addAttribute("occupationSkills", offer.occupation() != null
                && offers.occupationSkillCount(offer.occupation()) > 0);
        model.addAttribute("errors", errors);
        model.addAttribute("maxSkills", SkillOffers.MAX_SKILLS);
        return common(kind, model, "skills/offer-edit");
    }

    private static String common(SkillOffers.Kind kind, Model model, String view) {
        model.addAttribute("vacancy", kind == SkillOffers.Kind.VACANCY);
        model.addAttribute("base", base(kind));
        model.addAttribute("k", kind == SkillOffers.Kind.VACANCY ? "vacancy" : "training");
        model.addAttribute("paths", SkillPageController.PATHS);
        return view;
    }

    private static String back(SkillOffers.Kind kind, long id, String flag, String q, String filter) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(base(kind) + "/beheer/" + id).queryParam(flag);
        if (!q.isBlank()) {
            url.queryParam("q", q.length() > EscoSearch.MAX_QUERY ? q.substring(0, EscoSearch.MAX_QUERY) : q);
            url.queryParam("kind", filter);
        }
        return "redirect:" + url.encode().build().toUriString();
    }

    private static SkillOffers.Kind kind(HttpServletRequest request) {
        return request.getRequestURI().startsWith(V) ? SkillOffers.Kind.VACANCY : SkillOffers.Kind.TRAINING;
    }

    private static String base(SkillOffers.Kind kind) {
        return kind == SkillOffers.Kind.VACANCY ? V : T;
    }

    private static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "nl";
    }
}
