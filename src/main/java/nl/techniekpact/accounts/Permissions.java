package nl.techniekpact.accounts;

import org.springframework.stereotype.Service;

/**
 * The role rules. The office may do everything; an action owner reports for its partner organisation; a
 * regional coordinator for its region. Whether an action belongs to the owner's partner, or a region lies in
 * the coordinator's region, is pact knowledge: the module that combines accounts and the pact decides it
 * (for reporting rounds, {@code rounds.ReportingScopes}), starting from these checks. See ADR 0011.
 */
@Service
public class Permissions {

    public boolean isOffice(CurrentUser user) {
        return user != null && user.is(Role.OFFICE);
    }

    /** An owner who belongs to a partner organisation, so may report on that partner's actions. */
    public boolean isPartnerOwner(CurrentUser user) {
        return user != null && user.is(Role.OWNER) && user.partnerId() != null;
    }

    /** A coordinator who belongs to a regional organisation, so may report on that region and those under it. */
    public boolean isRegionalCoordinator(CurrentUser user) {
        return user != null && user.is(Role.COORDINATOR) && user.regionCode() != null;
    }
}
