package nl.techniekpact.accounts.web;

import java.util.Map;

import nl.techniekpact.accounts.internal.LoginUnlocks;
import nl.techniekpact.accounts.internal.PasswordResets;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and password reset by e-mail link. */
@Controller
class SignInController {

    /** The answers the sign-in page gives; anything else in {@code ?error=} is shown as the first. */
    private static final java.util.Set<String> ERRORS = java.util.Set.of("bad", "check-mail", "oidc");

    private final PasswordResets resets;
    private final LoginUnlocks unlocks;
    private final ObjectProvider<ClientRegistrationRepository> oidc;

    SignInController(PasswordResets resets, LoginUnlocks unlocks, ObjectProvider<ClientRegistrationRepository> oidc) {
        this.resets = resets;
        this.unlocks = unlocks;
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("error", error == null ? null : ERRORS.contains(error) ? error : "bad");
        var registrations = oidc.getIfAvailable();
        if (registrations instanceof InMemoryClientRegistrationRepository memory) {
            var providers = new java.util.ArrayList<Map<String, String>>();
            memory.forEach(r -> providers.add(Map.of("id", r.getRegistrationId(), "name", r.getClientName())));
            model.addAttribute("providers", providers);
        }
        return "account/login";
    }

    @GetMapping("/password/forgot")
    String forgot() {
        return "account/forgot";
    }

    @PostMapping("/password/forgot")
    String requestReset(@RequestParam(defaultValue = "") String email, Model model) {
        resets.request(email);
        model.addAttribute("sent", true);
        return "account/forgot";
    }

    /** The e-mail link after many failed logins: a page with a button, so a mail scanner opening it uses nothing. */
    @GetMapping("/password/unlock")
    String unlockForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token.length() > 100 ? "" : token);
        return "account/unlock";
    }

    @PostMapping("/password/unlock")
    String unlock(@RequestParam(defaultValue = "") String token, Model model) {
        if (unlocks.unlock(token)) {
            return "redirect:/login?unlocked";
        }
        model.addAttribute("token", "");
        model.addAttribute("invalid", true);
        return "account/unlock";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", resets.valid(token));
        return "account/reset";
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                 @RequestParam(defaultValue = "") String confirmation,
                 @RequestParam(defaultValue = "false") boolean revokeTokens, Model model) {
        try {
            resets.reset(token, password, confirmation, revokeTokens);
            return "redirect:/login?reset";
        } catch (InvalidInput e) {
            model.addAttribute("token", token);
            model.addAttribute("valid", !e.errors().containsKey("token"));
            model.addAttribute("errors", e.errors());
            return "account/reset";
        }
    }
}
