package nl.techniekpact.loket.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.loket.ReachPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The office's button that publishes the Loket's reach into the monitor now, instead of waiting for the night. The
 * office page ({@code /office/loket}) shows the outcome through {@link LoketReachModel}.
 */
@Controller
class LoketReachController {

    private final CurrentUsers users;
    private final ReachPublisher publisher;
    private final Clock clock;

    LoketReachController(CurrentUsers users, ReachPublisher publisher, Clock clock) {
        this.users = users;
        this.publisher = publisher;
        this.clock = clock;
    }

    @PostMapping("/office/loket/reach")
    String publish() {
        Optional<ReachPublisher.Publication> done = publisher.publish(users.require(), LocalDate.now(clock));
        if (done.isEmpty()) {
            return "redirect:/office/loket?reachBusy#reach";
        }
        return "redirect:/office/loket?reach=" + done.get().state().toLowerCase(java.util.Locale.ROOT) + "#reach";
    }
}
