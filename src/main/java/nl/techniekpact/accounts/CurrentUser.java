package nl.techniekpact.accounts;

import java.util.UUID;

import nl.techniekpact.audit.Actor;

/**
 * The signed-in user as the rest of the platform sees it, whichever way they signed in (form, OIDC, API
 * token). {@code partnerId} is set for partner organisations, {@code regionCode} for regional ones.
 */
public record CurrentUser(UUID id, String email, String displayName, Role role, String organisationId,
                          String organisationName, String partnerId, String regionCode) {

    public boolean is(Role other) {
        return role == other;
    }

    public Actor actor() {
        return new Actor(id, email);
    }
}
