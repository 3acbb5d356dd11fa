package nl.techniekpact.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * OIDC sign-in maps the provider's verified e-mail address to an existing, enabled account: accounts are
 * created by the programme office, never by signing in. The account's role and scope apply.
 */
class OidcAccountMapping extends OidcUserService {

    private final Accounts accounts;

    OidcAccountMapping(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = super.loadUser(request);
        String email = oidc.getEmail();
        CurrentUser user = accounts.byEmail(email).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error("no_account", "No account for this e-mail address", null)));
        return new PlatformOidcUser(oidc, user.id(), user.role().authority());
    }

    record PlatformOidcUser(OidcUser delegate, UUID userId, String authority) implements OidcUser, PlatformPrincipal,
            java.io.Serializable {

        @Override
        public Map<String, Object> getClaims() {
            return delegate.getClaims();
        }

        @Override
        public OidcUserInfo getUserInfo() {
            return delegate.getUserInfo();
        }

        @Override
        public OidcIdToken getIdToken() {
            return delegate.getIdToken();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return delegate.getAttributes();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return List.of(new SimpleGrantedAuthority(authority));
        }

        @Override
        public String getName() {
            return userId.toString();
        }
    }
}
