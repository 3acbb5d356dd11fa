package nl.techniekpact.accounts.web;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in (for the header: name, role-based links, sign-out). */
@ControllerAdvice
class CurrentUserAdvice {

    private final CurrentUsers users;

    CurrentUserAdvice(CurrentUsers users) {
        this.users = users;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return users.current().orElse(null);
    }
}
