package nl.techniekpact.accounts.web;

import java.util.Locale;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.accounts.internal.PersonalLinks;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.system.MailOutbox;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outgoing e-mail as the programme office reads it: what was sent, what waits and why, with the texts. Personal
 * links (invitations, new passwords) are masked; while such a message is not sent (no SMTP server is configured, or
 * sending fails) the office can show it in full to hand its link over another way, and that is recorded in the
 * audit log.
 */
@Controller
class OutboxController {

    private static final int PAGE_SIZE = 25;

    private final MailOutbox outbox;
    private final CurrentUsers users;
    private final PersonalLinks links;

    OutboxController(MailOutbox outbox, CurrentUsers users, PersonalLinks links) {
        this.outbox = outbox;
        this.users = users;
        this.links = links;
    }

    @GetMapping("/office/outbox")
    String list(@RequestParam(defaultValue = "all") String showing, @RequestParam(defaultValue = "1") String page,
                Model model) {
        office();
        MailOutbox.Showing which = switch (showing) {
            case "waiting" -> MailOutbox.Showing.WAITING;
            case "sent" -> MailOutbox.Showing.SENT;
            case "failed" -> MailOutbox.Showing.FAILED;
            default -> MailOutbox.Showing.ALL;
        };
        model.addAttribute("showing", which.name().toLowerCase(Locale.ROOT));
        model.addAttribute("result", outbox.messages(which, page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1,
                PAGE_SIZE));
        model.addAttribute("smtp", outbox.smtpConfigured());
        model.addAttribute("publicAddress", outbox.publicAddress());
        model.addAttribute("localAddress", MailOutbox.pointsAtThisMachine(outbox.publicAddress()));
        return "office/outbox";
    }

    @PostMapping("/office/outbox/{id}/show")
    String show(@PathVariable long id, Model model) {
        var message = links.show(office(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("message", message);
        return "office/outbox-message";
    }

    private CurrentUser office() {
        CurrentUser user = users.require();
        if (!user.is(Role.OFFICE)) {
            throw new Forbidden("read the outbox");
        }
        return user;
    }
}
