package nl.techniekpact.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in right after they proved who they are another way (they chose their password through their own
 * invitation link), so they do not type it again at once. The same session handling as form sign-in: a new session
 * id (no fixation), the security context kept in the session.
 */
@Component
public class DirectSignIn {

    private final PlatformUserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    DirectSignIn(PlatformUserDetailsService users) {
        this.users = users;
    }

    public void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        var details = users.loadUserByUsername(email);
        if (!details.isEnabled() || !details.isAccountNonLocked()) {
            return; // they sign in on the sign-in page, where the usual answers apply
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
