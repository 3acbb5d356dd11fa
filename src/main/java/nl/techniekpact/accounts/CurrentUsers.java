package nl.techniekpact.accounts;

import java.util.Optional;
import java.util.UUID;

import nl.techniekpact.accounts.internal.PlatformPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request, loaded fresh from the database (so a disabled account or a
 * changed role takes effect at once), whichever way they signed in.
 */
@Component
public class CurrentUsers {

    private final Accounts accounts;

    CurrentUsers(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The signed-in user; 401 when nobody is (the security configuration normally redirects before that). */
    public CurrentUser require() {
        return current().orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.UNAUTHORIZED));
    }

    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PlatformPrincipal principal)) {
            return Optional.empty();
        }
        UUID id = principal.userId();
        return accounts.byId(id);
    }
}
