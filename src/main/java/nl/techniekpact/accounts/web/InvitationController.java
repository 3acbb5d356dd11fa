package nl.techniekpact.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.accounts.internal.DirectSignIn;
import nl.techniekpact.accounts.internal.Invitations;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The invitation link: the person sees whose account it is, chooses their own password, and is signed in — a
 * partner's reporter lands on their tasks, anyone else on their account. Opening the page uses nothing (a mail
 * scanner following the link does no harm); only the form does.
 */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final DirectSignIn signIn;

    InvitationController(Invitations invitations, DirectSignIn signIn) {
        this.invitations = invitations;
        this.signIn = signIn;
    }

    @GetMapping("/password/invitation")
    String form(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token.length() > 100 ? "" : token);
        model.addAttribute("invitee", invitations.valid(token).orElse(null));
        return "account/invitation";
    }

    @PostMapping("/password/invitation")
    String accept(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String confirmation, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        try {
            var invitee = invitations.accept(token, password, confirmation);
            signIn.signIn(invitee.email(), request, response);
            return invitee.role() == Role.OWNER || invitee.role() == Role.COORDINATOR
                    ? "redirect:/tasks?welcome" : "redirect:/account?welcome";
        } catch (InvalidInput e) {
            model.addAttribute("token", token.length() > 100 ? "" : token);
            model.addAttribute("invitee", invitations.valid(token).orElse(null));
            model.addAttribute("errors", e.errors());
            return "account/invitation";
        }
    }
}
