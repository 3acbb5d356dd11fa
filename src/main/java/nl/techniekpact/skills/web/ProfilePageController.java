package nl.techniekpact.skills.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.Json;
import nl.techniekpact.skills.EscoSearch;
import nl.techniekpact.skills.OfferMatches;
import nl.techniekpact.skills.SkillProfiles;
import nl.techniekpact.skills.WorkMatches;
import nl.techniekpact.system.CsvResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The signed-in user's own skills profile (never anyone else's: no address names a profile): search ESCO and add
 * occupations and skills (a GET form, so it works without JavaScript), remove them, take an occupation's skills,
 * export, and the occupations that fit.
 */
@Controller
class ProfilePageController {

    static final String BASE = "/vaardigheden/profiel";

    private final CurrentUsers users;
    private final SkillProfiles profiles;
    private final WorkMatches matches;
    private final EscoSearch search;
    private final OfferMatches offers;

    ProfilePageController(CurrentUsers users, SkillProfiles profiles, WorkMatches matches, EscoSearch search,
                          OfferMatches offers) {
        this.users = users;
        this.profiles = profiles;
        this.matches = matches;
        this.search = search;
        this.offers = offers;
    }

    @GetMapping(BASE)
    String page(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String kind,
                Locale locale, Model model) {
        return page(users.require(), q, kind, locale, model, Map.of());
    }

    @PostMapping(BASE + "/beroepen")
    String addOccupation(@RequestParam(defaultValue = "") String uri, @RequestParam(defaultValue = "") String q,
                         @RequestParam(defaultValue = "") String kind, Locale locale, Model model) {
        CurrentUser user = users.require();
        try {
            profiles.addOccupation(user, uri);
            return back(q, kind, "added");
        } catch (InvalidInput e) {
            return page(user, q, kind, locale, model, e.errors());
        }
    }

    @PostMapping(BASE + "/beroepen/verwijderen")
    String removeOccupation(@RequestParam(defaultValue = "") String uri) {
        profiles.removeOccupation(users.require(), uri);
        return back("", "", "removed");
    }

    @PostMapping(BASE + "/beroepen/vaardigheden")
    String addOccupationSkills(@RequestParam(defaultValue = "") String uri, Locale locale, Model model) {
        CurrentUser user = users.require();
        try {
            profiles.addOccupationSkills(user, uri);
            return back("", "", "skillsAdded");
        } catch (InvalidInput e) {
            return page(user, "", "", locale, model, e.errors());
        }
    }

    @PostMapping(BASE + "/vaardigheden")
    String addSkill(@RequestParam(defaultValue = "") String uri, @RequestParam(defaultValue = "") String q,
                    @RequestParam(defaultValue = "") String kind, Locale locale, Model model) {
        CurrentUser user = users.require();
        try {
            profiles.addSkill(user, uri);
            return back(q, kind, "added");
        } catch (InvalidInput e) {
            return page(user, q, kind, locale, model, e.errors());
        }
    }

    @PostMapping(BASE + "/vaardigheden/verwijderen")
    String removeSkill(@RequestParam(defaultValue = "") String uri) {
        profiles.removeSkill(users.require(), uri);
        return back("", "", "removed");
    }

    @GetMapping(BASE + "/passend")
    String matches(Locale locale, Model model) {
        CurrentUser user = users.require();
        model.addAttribute("result", matches.forProfile(user, language(locale), 20));
        model.addAttribute("offers", offers.forProfile(user, language(locale)));
        model.addAttribute("paths", SkillPageController.PATHS);
        return "skills/matches";
    }

    @GetMapping(BASE + "/export.json")
    ResponseEntity<String> exportJson(Locale locale) {
        SkillProfiles.Profile profile = profiles.mine(users.require(), language(locale));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "ESCO (European Commission), https://esco.ec.europa.eu");
        body.put("occupations", profile.occupations().stream().map(i -> row(i)).toList());
        body.put("skills", profile.skills().stream().map(i -> row(i)).toList());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vaardighedenprofiel.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body));
    }

    @GetMapping(BASE + "/export.csv")
    ResponseEntity<String> exportCsv(Locale locale) {
        SkillProfiles.Profile profile = profiles.mine(users.require(), language(locale));
        List<List<?>> rows = new ArrayList<>();
        for (SkillProfiles.Item i : profile.occupations()) {
            rows.add(java.util.Arrays.asList("occupation", i.uri(), i.label(), "", ""));
        }
        for (SkillProfiles.Item i : profile.skills()) {
            rows.add(java.util.Arrays.asList("skill", i.uri(), i.label(), i.source(),
                    i.fromOccupation() == null ? "" : i.fromOccupation()));
        }
        ResponseEntity<String> csv = CsvResponse.of("vaardighedenprofiel.csv",
                List.of("kind", "uri", "label", "source", "from_occupation"), rows);
        return ResponseEntity.status(csv.getStatusCode()).headers(csv.getHeaders())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(csv.getBody());
    }

    private static Map<String, Object> row(SkillProfiles.Item item) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("uri", item.uri());
        row.put("label", item.label());
        row.put("lang", item.lang());
        if (item.kind().equals("skill")) {
            row.put("source", item.source());
            row.put("fromOccupation", item.fromOccupation());
        }
        return row;
    }

    private String page(CurrentUser user, String q, String kind, Locale locale, Model model, Map<String, String> errors) {
        String lang = language(locale);
        String query = q.length() > EscoSearch.MAX_QUERY ? q.substring(0, EscoSearch.MAX_QUERY) : q;
        String filter = kind.equals("occupation") || kind.equals("skill") ? kind : "";
        List<EscoSearch.Suggestion> found = search.search(query, lang, filter.isEmpty() ? null : filter, 30).stream()
                .filter(s -> s.kind().equals("occupation") || s.kind().equals("skill")).limit(20).toList();
        SkillProfiles.Profile profile = profiles.mine(user, lang);
        model.addAttribute("profile", profile);
        model.addAttribute("held", profile.occupations().stream().map(SkillProfiles.Item::uri).toList());
        model.addAttribute("have", profile.skills().stream().map(SkillProfiles.Item::uri).toList());
        model.addAttribute("q", query);
        model.addAttribute("kind", filter);
        model.addAttribute("results", found);
        model.addAttribute("errors", errors);
        model.addAttribute("paths", SkillPageController.PATHS);
        model.addAttribute("maxSkills", SkillProfiles.MAX_SKILLS);
        model.addAttribute("maxOccupations", SkillProfiles.MAX_OCCUPATIONS);
        return "skills/profile";
    }

    private static String back(String q, String kind, String flag) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(BASE).queryParam(flag);
        if (!q.isBlank()) {
            url.queryParam("q", q.length() > EscoSearch.MAX_QUERY ? q.substring(0, EscoSearch.MAX_QUERY) : q);
        }
        if (kind.equals("occupation") || kind.equals("skill")) {
            url.queryParam("kind", kind);
        }
        return "redirect:" + url.encode().build().toUriString();
    }

    private static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "nl";
    }
}
