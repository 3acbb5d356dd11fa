package nl.techniekpact.schemes;

import java.util.Set;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Permissions;
import nl.techniekpact.pact.RegionScopes;
import org.springframework.stereotype.Component;

/**
 * Who may propose and review changes of a scheme: the office any scheme; a regional coordinator only a provincial
 * or regional scheme of its own region or a region under it (the pact's {@link RegionScopes}), before and after the
 * change; nobody else.
 */
@Component
class SchemeScopes {

    private static final Set<SchemeLevel> REGIONAL = Set.of(SchemeLevel.PROVINCE, SchemeLevel.REGION);

    private final Permissions permissions;
    private final RegionScopes regions;

    SchemeScopes(Permissions permissions, RegionScopes regions) {
        this.permissions = permissions;
        this.regions = regions;
    }

    /** May work on changes at all (the pages): the office and regional coordinators. */
    boolean mayUseChanges(CurrentUser user) {
        return permissions.isOffice(user) || permissions.isRegionalCoordinator(user);
    }

    /** May change a scheme in this state (null: a scheme that does not exist yet, which anyone who may use changes may propose). */
    boolean mayChange(CurrentUser user, SchemeState state) {
        if (permissions.isOffice(user)) {
            return true;
        }
        if (!permissions.isRegionalCoordinator(user)) {
            return false;
        }
        SchemeLevel level = state == null ? null : state.scheme().level();
        return state == null || level != null && REGIONAL.contains(level) && state.regionCode() != null
                && regions.regionAndBelow(user.regionCode()).contains(state.regionCode());
    }
}
