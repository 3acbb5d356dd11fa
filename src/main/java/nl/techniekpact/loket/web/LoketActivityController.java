package nl.techniekpact.loket.web;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.loket.Activities;
import nl.techniekpact.loket.Listings;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Activities in Mijn Loket: propose one from a public listing, the list of one's own school's or company's
 * activities, and one activity with the steps its state allows (contact details once introduced). A bad form comes
 * back with its errors; a form made from an older version gets the current state and a message.
 */
@Controller
class LoketActivityController {

    private static final int MAX_FIELD = 5000;

    private final CurrentUsers users;
    private final Activities activities;
    private final Listings listings;

    LoketActivityController(CurrentUsers users, Activities activities, Listings listings) {
        this.users = users;
        this.activities = activities;
        this.listings = listings;
    }

    @PostMapping("/loket/mijn/activiteiten")
    String propose(@RequestParam(defaultValue = "") String listing, @RequestParam(defaultValue = "") String message,
                   @RequestParam(defaultValue = "") String plannedOn, Model model) {
        CurrentUser user = users.require();
        long listingId = id(listing);
        try {
            long id = activities.propose(user, listingId, cut(message), cut(plannedOn));
            return "redirect:/loket/mijn/activiteiten/" + id + "?proposed";
        } catch (InvalidInput e) {
            Listings.Listing shown = listings.publicListing(listingId).orElseThrow(() -> new Forbidden("listing"));
            model.addAttribute("listing", shown);
            model.addAttribute("canPropose", true);
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", Map.of("message", cut(message), "plannedOn", cut(plannedOn)));
            return "loket/listing";
        }
    }

    @GetMapping("/loket/mijn/activiteiten")
    String list(Model model) {
        model.addAttribute("activities", activities.mine(users.require()));
        return "loket/activities";
    }

    @GetMapping("/loket/mijn/activiteiten/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("form", Map.of());
        return page(users.require(), id, model);
    }

    @PostMapping("/loket/mijn/activiteiten/{id}/accepteren")
    String accept(@PathVariable long id, @RequestParam(defaultValue = "") String plannedOn,
                  @RequestParam(defaultValue = "") String version, Model model) {
        return step(id, model, Map.of("plannedOn", cut(plannedOn)),
                user -> activities.accept(user, id, cut(plannedOn), version(version)));
    }

    @PostMapping("/loket/mijn/activiteiten/{id}/afwijzen")
    String decline(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                   @RequestParam(defaultValue = "") String version, Model model) {
        return step(id, model, Map.of("reason", cut(reason)),
                user -> activities.decline(user, id, cut(reason), version(version)));
    }

    @PostMapping("/loket/mijn/activiteiten/{id}/intrekken")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String version, Model model) {
        return step(id, model, Map.of(), user -> activities.withdraw(user, id, version(version)));
    }

    @PostMapping("/loket/mijn/activiteiten/{id}/verzetten")
    String reschedule(@PathVariable long id, @RequestParam(defaultValue = "") String plannedOn,
                      @RequestParam(defaultValue = "") String version, Model model) {
        return step(id, model, Map.of("plannedOn", cut(plannedOn)),
                user -> activities.reschedule(user, id, cut(plannedOn), version(version)));
    }

    @PostMapping("/loket/mijn/activiteiten/{id}/gehouden")
    String held(@PathVariable long id, @RequestParam(defaultValue = "") String heldOn,
                @RequestParam(defaultValue = "") String version, Model model) {
        return step(id, model, Map.of("heldOn", cut(heldOn)),
                user -> activities.markHeld(user, id, cut(heldOn), version(version)));
    }

    @PostMapping("/loket/mijn/activiteiten/{id}/beoordelen")
    String feedback(@PathVariable long id, @RequestParam(defaultValue = "") String score,
                    @RequestParam(defaultValue = "") String feedback, @RequestParam(defaultValue = "") String version,
                    Model model) {
        return step(id, model, Map.of("score", cut(score), "feedback", cut(feedback)),
                user -> activities.feedback(user, id, cut(score), cut(feedback), version(version)));
    }

    private String step(long id, Model model, Map<String, String> form,
                        java.util.function.Consumer<CurrentUser> step) {
        CurrentUser user = users.require();
        try {
            step.accept(user);
            return "redirect:/loket/mijn/activiteiten/" + id + "?saved";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", new LinkedHashMap<>(form));
            return page(user, id, model);
        } catch (StaleData e) {
            return "redirect:/loket/mijn/activiteiten/" + id + "?stale";
        }
    }

    private String page(CurrentUser user, long id, Model model) {
        Activities.View view = activities.view(user, id).orElseThrow(() -> new Forbidden("activity " + id));
        model.addAttribute("view", view);
        model.addAttribute("activity", view.activity());
        return "loket/activity";
    }

    /** Longer than any field may be (the services say which limit applies), so a pasted book is not echoed back. */
    private static String cut(String value) {
        return value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) : value;
    }

    private static long id(String text) {
        if (!text.strip().matches("\\d{1,18}")) {
            throw new Forbidden("propose on listing " + text);
        }
        return Long.parseLong(text.strip());
    }

    private static int version(String text) {
        return LoketWorkspaceController.version(text);
    }
}
