package nl.techniekpact.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.accounts.Role;
import java.util.UUID;

import nl.techniekpact.accounts.internal.Invitations;

import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The programme office manages accounts: list them with where each invitation stands, invite a person (the account
 * is created and the person chooses their own password), send an invitation again or revoke it, switch an account
 * off or on.
 */
@Controller
class OfficeUsersController {

    private final Accounts accounts;
    private final CurrentUsers users;
    private final Invitations invitations;
    private final nl.techniekpact.system.MailOutbox outbox;

    OfficeUsersController(Accounts accounts, CurrentUsers users, Invitations invitations,
                          nl.techniekpact.system.MailOutbox outbox) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.users = users;
        this.invitations = invitations;
    }

    @GetMapping("/office/users")
    String list(@RequestParam(required = false) String invited, @RequestParam(required = false) String revoked,
                @RequestParam(required = false) String problem, Model model) {
        model.addAttribute("form", Map.of());
        var all = accounts.accounts();
        String about = invited != null ? invited : revoked;
        all.stream().filter(a -> a.user().id().toString().equals(about)).findFirst()
                .ifPresent(a -> model.addAttribute(invited != null ? "invitedAccount" : "revokedAccount", a));
        model.addAttribute("problem", problem != null && PROBLEMS.contains(problem) ? problem : null);
        return page(model, all);
    }

    @PostMapping("/office/users")
    String create(@RequestParam Map<String, String> params, Model model) {
        Role role = null;
        try {
            role = Role.valueOf(params.getOrDefault("role", ""));
        } catch (IllegalArgumentException ignored) {
            // reported as a missing role below
        }
        try {
            var created = invitations.invite(users.current().orElse(null), new Accounts.NewUser(params.get("email"),
                    params.get("displayName"), role, params.get("organisationId")));
            return "redirect:/office/users?invited=" + created.id();
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            Map<String, String> form = new LinkedHashMap<>(params);
            form.remove("_csrf");
            model.addAttribute("form", form);
            return page(model);
        }
    }

    @PostMapping("/office/users/{id}/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam(defaultValue = "") String enabled,
                      @RequestParam(defaultValue = "") String version) {
        try {
            accounts.setEnabled(users.current().orElse(null), id, "true".equals(enabled),
                    version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1);
            return "redirect:/office/users?changed";
        } catch (StaleData e) {
            return "redirect:/office/users?stale";
        } catch (InvalidInput e) {
            return "redirect:/office/users?self";
        }
    }

    @PostMapping("/office/users/{id}/invitation")
    String resend(@PathVariable UUID id) {
        try {
            invitations.resend(users.current().orElse(null), id);
            return "redirect:/office/users?invited=" + id;
        } catch (InvalidInput e) {
            return "redirect:/office/users?problem=" + e.errors().values().iterator().next();
        }
    }

    @PostMapping("/office/users/{id}/invitation/revoke")
    String revoke(@PathVariable UUID id) {
        try {
            invitations.revoke(users.current().orElse(null), id);
            return "redirect:/office/users?revoked=" + id;
        } catch (InvalidInput e) {
            return "redirect:/office/users?problem=" + e.errors().values().iterator().next();
        }
    }

    /** The answers the page can give after a redirect; anything else in {@code ?problem=} is not shown. */
    private static final java.util.Set<String> PROBLEMS = java.util.Set.of("invitation.tooMany", "invitation.none",
            "invitation.accepted", "user.unknown");

    private String page(Model model) {
        return page(model, accounts.accounts());
    }

    private String page(Model model, java.util.List<Accounts.Account> all) {
        model.addAttribute("users", all);
        model.addAttribute("smtp", outbox.smtpConfigured());
        model.addAttribute("organisations", accounts.organisations());
        model.addAttribute("roles", Role.values());
        return "office/users";
    }
}
