package nl.techniekpact.schemes.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.schemes.Applicant;
import nl.techniekpact.schemes.Fact;
import nl.techniekpact.schemes.Purpose;
import nl.techniekpact.schemes.SchemeChangeViews;
import nl.techniekpact.schemes.SchemeChangeViews.Review;
import nl.techniekpact.schemes.SchemeChanges;
import nl.techniekpact.schemes.SchemeLevel;
import nl.techniekpact.schemes.Schemes;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import nl.techniekpact.shared.Text;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The office's and regional coordinators' pages for reviewed changes of the schemes catalogue: the list, the form
 * to propose a change (a new scheme or a new state of one), and the review page (before and after per field,
 * approve or reject with a note, or withdraw one's own proposal).
 */
@Controller
class SchemeChangeController {

    static final String BASE = "/office/regelingen/wijzigingen";

    private final CurrentUsers users;
    private final SchemeChanges changes;
    private final SchemeChangeViews views;
    private final Schemes schemes;

    SchemeChangeController(CurrentUsers users, SchemeChanges changes, SchemeChangeViews views, Schemes schemes) {
        this.users = users;
        this.changes = changes;
        this.views = views;
        this.schemes = schemes;
    }

    @GetMapping(BASE)
    String list(Model model) {
        CurrentUser user = users.require();
        model.addAttribute("changes", views.list(user));
        model.addAttribute("schemes", schemes.all());
        return "schemechanges/list";
    }

    @GetMapping(BASE + "/nieuw")
    String form(@RequestParam(required = false) String scheme, Model model) {
        CurrentUser user = users.require();
        String slug = Text.blankToNull(scheme);
        SchemeChangeForm form = slug == null ? SchemeChangeForm.empty()
                : changes.editable(user, slug).map(e -> SchemeChangeForm.of(e.state(), e.version()))
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return form(model, slug, form, Map.of());
    }

    @PostMapping(BASE + "/nieuw")
    String propose(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        CurrentUser user = users.require();
        String slug = Text.blankToNull(params.get("scheme"));
        SchemeChangeForm form = SchemeChangeForm.posted(params);
        if (slug != null && changes.editable(user, slug).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (params.containsKey("addRow")) {
            return form(model, slug, form, Map.of());
        }
        try {
            long id = changes.propose(user, slug, form.draft());
            return "redirect:" + BASE + "/" + id + "?proposed";
        } catch (InvalidInput e) {
            return form(model, slug, form, e.errors());
        } catch (StaleData e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            return form(model, slug, form, Map.of());
        }
    }

    @GetMapping(BASE + "/{id}")
    String review(@PathVariable long id, Model model) {
        return review(model, id, Map.of(), null);
    }

    @PostMapping(BASE + "/{id}/goedkeuren")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String note, Model model,
                   HttpServletResponse response) {
        return decide(id, note, model, response, () -> changes.approve(users.require(), id, note), "approved");
    }

    @PostMapping(BASE + "/{id}/afwijzen")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String note, Model model,
                  HttpServletResponse response) {
        return decide(id, note, model, response, () -> changes.reject(users.require(), id, note), "rejected");
    }

    @PostMapping(BASE + "/{id}/intrekken")
    String withdraw(@PathVariable long id, Model model, HttpServletResponse response) {
        return decide(id, "", model, response, () -> changes.withdraw(users.require(), id), "withdrawn");
    }

    private String decide(long id, String note, Model model, HttpServletResponse response, Runnable action,
                          String done) {
        try {
            action.run();
            return "redirect:" + BASE + "/" + id + "?" + done;
        } catch (InvalidInput e) {
            return review(model, id, e.errors(), note);
        } catch (StaleData e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("staleDecision", true);
            return review(model, id, Map.of(), note);
        }
    }

    private String review(Model model, long id, Map<String, String> errors, String note) {
        CurrentUser user = users.require();
        Review review = views.review(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("review", review);
        model.addAttribute("today", schemes.today());
        model.addAttribute("errors", errors);
        model.addAttribute("form", Map.of("note", note == null ? "" : note));
        model.addAttribute("regionName", review.change().proposed().regionCode() == null ? null
                : views.regionName(review.change().proposed().regionCode()));
        return "schemechanges/review";
    }

    private String form(Model model, String slug, SchemeChangeForm form, Map<String, String> errors) {
        model.addAttribute("scheme", slug);
        model.addAttribute("form", form.values);
        model.addAttribute("rows", Map.of("fact", form.indexes("fact"), "applicant", form.indexes("applicant"),
                "purpose", form.indexes("purpose"), "window", form.indexes("window")));
        model.addAttribute("counts", form.rows);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", SchemeLevel.values());
        model.addAttribute("options", Map.of("fact", List.of(Fact.values()), "applicant", List.of(Applicant.values()),
                "purpose", List.of(Purpose.values())));
        model.addAttribute("regions", views.regions());
        model.addAttribute("windowFields", SchemeChangeForm.WINDOW_FIELDS);
        return "schemechanges/form";
    }
}
