package nl.techniekpact.loket.web;

import nl.techniekpact.loket.ReachPublisher;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the newest publication of the Loket's reach on the office page, beside the button that publishes again. */
@ControllerAdvice(assignableTypes = LoketOfficeController.class)
class LoketReachModel {

    private final ReachPublisher publisher;

    LoketReachModel(ReachPublisher publisher) {
        this.publisher = publisher;
    }

    @ModelAttribute("reachLatest")
    ReachPublisher.Publication latest() {
        return publisher.latest().orElse(null);
    }
}
