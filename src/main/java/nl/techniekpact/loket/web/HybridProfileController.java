package nl.techniekpact.loket.web;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.loket.HybridIntroductions;
import nl.techniekpact.loket.HybridMatches;
import nl.techniekpact.loket.HybridProfiles;
import nl.techniekpact.loket.Qualification;
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
 * Hybrid teachers in Mijn Loket, the company's side: its professionals' profiles (write, change, delete), the
 * vacancies that fit one, and accepting or declining an introduction a school asked for.
 */
@Controller
class HybridProfileController {

    private final CurrentUsers users;
    private final HybridProfiles profiles;
    private final HybridMatches matches;
    private final HybridIntroductions introductions;

    HybridProfileController(CurrentUsers users, HybridProfiles profiles, HybridMatches matches,
                            HybridIntroductions introductions) {
        this.users = users;
        this.profiles = profiles;
        this.matches = matches;
        this.introductions = introductions;
    }

    @GetMapping("/loket/mijn/hybride/profielen/nieuw")
    String newProfile(Model model) {
        CurrentUser user = users.require();
        profiles.mine(user);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("travelKm", "25");
        form.put("qualification", Qualification.NONE.name());
        form.put("active", "on");
        return form(model, form, null);
    }

    @PostMapping("/loket/mijn/hybride/profielen/nieuw")
    String create(@RequestParam MultiValueMap<String, String> params, Model model) {
        CurrentUser user = users.require();
        try {
            long id = profiles.create(user, HybridForms.profile(params));
            return "redirect:/loket/mijn/hybride/profielen/" + id + "?saved";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            return form(model, HybridForms.echo(params), null);
        }
    }

    @GetMapping("/loket/mijn/hybride/profielen/{id}")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        HybridProfiles.Profile profile = own(user, id);
        return form(model, HybridForms.values(profile), profile);
    }

    @PostMapping("/loket/mijn/hybride/profielen/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model) {
        CurrentUser user = users.require();
        HybridProfiles.Profile profile = own(user, id);
        try {
            profiles.update(user, id, HybridForms.profile(params), HybridForms.version(params.getFirst("version")));
            return "redirect:/loket/mijn/hybride/profielen/" + id + "?saved";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            return form(model, HybridForms.echo(params), profile);
        } catch (StaleData e) {
            return "redirect:/loket/mijn/hybride/profielen/" + id + "?stale";
        }
    }

    @PostMapping("/loket/mijn/hybride/profielen/{id}/verwijderen")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "") String version) {
        CurrentUser user = users.require();
        try {
            profiles.delete(user, id, HybridForms.version(version));
            return "redirect:/loket/mijn/hybride?deleted";
        } catch (StaleData e) {
            return "redirect:/loket/mijn/hybride/profielen/" + id + "?stale";
        }
    }

    @GetMapping("/loket/mijn/hybride/profielen/{id}/vacatures")
    String vacancies(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        HybridProfiles.Profile profile = own(user, id);
        model.addAttribute("profile", profile);
        model.addAttribute("fits", matches.forProfile(user, id));
        return "loket/hybrid-vacancies";
    }

    @PostMapping("/loket/mijn/hybride/introducties/{id}")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String version) {
        CurrentUser user = users.require();
        if (!"accept".equals(decision) && !"decline".equals(decision)) {
            profiles.mine(user);
            return "redirect:/loket/mijn/hybride?invalid";
        }
        try {
            introductions.decide(user, id, "accept".equals(decision), HybridForms.version(version));
            return "redirect:/loket/mijn/hybride?" + ("accept".equals(decision) ? "accepted" : "declined");
        } catch (InvalidInput e) {
            return "redirect:/loket/mijn/hybride?decided";
        } catch (StaleData e) {
            return "redirect:/loket/mijn/hybride?stale";
        }
    }

    private HybridProfiles.Profile own(CurrentUser user, long id) {
        return profiles.own(user, id).orElseThrow(() -> new Forbidden("hybrid-teacher profile " + id));
    }

    private String form(Model model, Map<String, ?> values, HybridProfiles.Profile profile) {
        model.addAttribute("form", values);
        model.addAttribute("profile", profile);
        HybridForms.options(model);
        return "loket/hybrid-profile-form";
    }
}
