package nl.techniekpact.rounds.web;

import java.time.Clock;
import java.time.LocalDate;

import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.rounds.OfficeNotifications;
import nl.techniekpact.rounds.ReportingRounds;
import nl.techniekpact.rounds.RoundTasks;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The programme office's start page: what waits for review (oldest submission first), the open rounds with their
 * deadlines and progress, and how the office member wants to hear of new submissions.
 */
@Controller
class OfficeHomeController {

    private final ReportingRounds rounds;
    private final RoundTasks tasks;
    private final OfficeNotifications notifications;
    private final CurrentUsers users;
    private final Clock clock;

    OfficeHomeController(ReportingRounds rounds, RoundTasks tasks, OfficeNotifications notifications,
                         CurrentUsers users, Clock clock) {
        this.rounds = rounds;
        this.tasks = tasks;
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/office")
    String home(Model model) {
        var user = users.require();
        model.addAttribute("waiting", tasks.waitingForReview());
        model.addAttribute("openRounds", rounds.rounds().stream().filter(r -> r.state() == nl.techniekpact.rounds.RoundViews.RoundState.OPEN)
                .sorted(java.util.Comparator.comparing(nl.techniekpact.rounds.RoundViews.Round::deadline)).toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mode", notifications.mode(user).name());
        return "rounds/office-home";
    }

    @PostMapping("/office/notifications")
    String choose(@RequestParam(defaultValue = "") String mode, Model model) {
        try {
            notifications.choose(users.require(), mode);
            return "redirect:/office?saved";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            return home(model);
        }
    }
}
