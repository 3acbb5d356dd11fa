package nl.techniekpact.loket.web;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.loket.BlockedDates;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A school's own blocked dates in Mijn Loket: the list, a form to add a range, and removing one. */
@Controller
class LoketBlockedDatesController {

    private final CurrentUsers users;
    private final BlockedDates blocked;

    LoketBlockedDatesController(CurrentUsers users, BlockedDates blocked) {
        this.users = users;
        this.blocked = blocked;
    }

    @GetMapping("/loket/mijn/geblokkeerd")
    String page(Model model) {
        return page(model, users.require(), Map.of());
    }

    @PostMapping("/loket/mijn/geblokkeerd")
    String add(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String until,
               @RequestParam(defaultValue = "") String reason, Model model) {
        CurrentUser user = users.require();
        try {
            blocked.add(user, from, until, reason);
            return "redirect:/loket/mijn/geblokkeerd?added";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("from", from);
            form.put("until", until);
            form.put("reason", reason);
            return page(model, user, form);
        }
    }

    @PostMapping("/loket/mijn/geblokkeerd/{id}/verwijderen")
    String remove(@PathVariable long id) {
        blocked.remove(users.require(), id);
        return "redirect:/loket/mijn/geblokkeerd?removed";
    }

    private String page(Model model, CurrentUser user, Map<String, String> form) {
        model.addAttribute("blocked", blocked.mine(user));
        model.addAttribute("form", form);
        return "loket/blocked";
    }
}
