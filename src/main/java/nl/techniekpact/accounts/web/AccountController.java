package nl.techniekpact.accounts.web;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.accounts.internal.ApiTokens;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's own page: who they are, and their personal API tokens. */
@Controller
class AccountController {

    private final CurrentUsers users;
    private final ApiTokens tokens;

    AccountController(CurrentUsers users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(Model model) {
        CurrentUser user = user();
        model.addAttribute("tokens", tokens.list(user));
        model.addAttribute("now", OffsetDateTime.now());
        return "account/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") String days,
                       Model model) {
        CurrentUser user = user();
        try {
            int validDays = days.matches("\\d{1,4}") ? Integer.parseInt(days) : -1;
            var created = tokens.create(user, name, validDays);
            model.addAttribute("secret", created.secret());
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", Map.of("name", name, "days", days));
        }
        model.addAttribute("tokens", tokens.list(user));
        model.addAttribute("now", OffsetDateTime.now());
        return "account/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id) {
        tokens.revoke(user(), id);
        return "redirect:/account?revoked";
    }

    private CurrentUser user() {
        return users.require();
    }
}
