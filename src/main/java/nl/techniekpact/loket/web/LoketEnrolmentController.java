package nl.techniekpact.loket.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.loket.Enrolments;
import nl.techniekpact.loket.Schools;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Joining the Loket: a company registers, a school's staff member claims a location, both confirm by e-mail. */
@Controller
class LoketEnrolmentController {

    private static final List<String> SECRET_FIELDS = List.of("password", "passwordConfirmation", "_csrf");

    private final Enrolments enrolments;
    private final Schools schools;

    LoketEnrolmentController(Enrolments enrolments, Schools schools) {
        this.enrolments = enrolments;
        this.schools = schools;
    }

    @GetMapping("/loket/aanmelden")
    String choose() {
        return "loket/join";
    }

    @GetMapping("/loket/aanmelden/bedrijf")
    String companyForm(Model model) {
        model.addAttribute("form", Map.of("travelKm", "25"));
        return "loket/join-company";
    }

    @PostMapping("/loket/aanmelden/bedrijf")
    String registerCompany(@RequestParam Map<String, String> params, Model model) {
        try {
            enrolments.registerCompany(new Enrolments.CompanyForm(params.get("kvkNumber"), params.get("name"),
                    params.get("sbiCode"), params.get("street"), params.get("houseNumber"), params.get("postcode"),
                    params.get("place"), params.get("website"), params.get("travelKm"), params.get("contactName"),
                    params.get("email"), params.get("phone"), params.get("password"),
                    params.get("passwordConfirmation")));
            return "redirect:/loket/aanmelden/verstuurd";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", withoutSecrets(params));
            return "loket/join-company";
        }
    }

    @GetMapping("/loket/aanmelden/school")
    String findSchool(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q.length() > 100 ? q.substring(0, 100) : q);
        model.addAttribute("schools", schools.find(q, 25));
        return "loket/join-school";
    }

    @GetMapping("/loket/aanmelden/school/claim")
    String claimForm(@RequestParam(defaultValue = "") String school, Model model) {
        model.addAttribute("school", schools.byLocationCode(school).orElse(null));
        model.addAttribute("form", Map.of("locationCode", school.length() > 20 ? "" : school));
        return "loket/claim-school";
    }

    @PostMapping("/loket/aanmelden/school/claim")
    String claim(@RequestParam Map<String, String> params, Model model) {
        try {
            enrolments.claimSchool(new Enrolments.ClaimForm(params.get("locationCode"), params.get("contactName"),
                    params.get("email"), params.get("phone"), params.get("password"),
                    params.get("passwordConfirmation")));
            return "redirect:/loket/aanmelden/verstuurd";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", withoutSecrets(params));
            model.addAttribute("school", schools.byLocationCode(params.get("locationCode")).orElse(null));
            return "loket/claim-school";
        }
    }

    @GetMapping("/loket/aanmelden/verstuurd")
    String sent() {
        return "loket/join-sent";
    }

    /** The link in the e-mail opens a page with one button, so a mail scanner that follows links confirms nothing. */
    @GetMapping("/loket/bevestigen")
    String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token.length() > 100 ? "" : token);
        return "loket/confirm";
    }

    @PostMapping("/loket/bevestigen")
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("result", enrolments.confirm(token).name());
        return "loket/confirmed";
    }

    private static Map<String, String> withoutSecrets(Map<String, String> params) {
        Map<String, String> form = new LinkedHashMap<>(params);
        SECRET_FIELDS.forEach(form::remove);
        return form;
    }
}
