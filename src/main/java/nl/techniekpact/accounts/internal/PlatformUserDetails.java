package nl.techniekpact.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user as form login sees it: hash, role, whether the account is locked, and whether so many failed logins hit
 * it that the correct password must be confirmed by an e-mail link ({@link LoginThrottle}): Spring Security checks
 * that flag (as "credentials expired") only after the password matched.
 */
record PlatformUserDetails(UUID userId, String email, String passwordHash, String role, boolean enabled,
                           boolean locked, boolean needsUnlock) implements UserDetails, PlatformPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isCredentialsNonExpired() {
        return !needsUnlock;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
