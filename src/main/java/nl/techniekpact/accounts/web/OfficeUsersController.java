package nl.techniekpact.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.accounts.Role;
import java.util.UUID;

import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The programme office manages accounts: list and create. */
@Controller
class OfficeUsersController {

    private final Accounts accounts;
    private final CurrentUsers users;

    OfficeUsersController(Accounts accounts, CurrentUsers users) {
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping("/office/users")
    String list(Model model) {
        model.addAttribute("form", Map.of());
        return page(model);
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
            accounts.create(users.current().orElse(null), new Accounts.NewUser(params.get("email"),
                    params.get("displayName"), role, params.get("organisationId"), params.get("password")));
            return "redirect:/office/users?created";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            Map<String, String> form = new LinkedHashMap<>(params);
            form.remove("password");
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

    private String page(Model model) {
        model.addAttribute("users", accounts.accounts());
        model.addAttribute("organisations", accounts.organisations());
        model.addAttribute("roles", Role.values());
        return "office/users";
    }
}
