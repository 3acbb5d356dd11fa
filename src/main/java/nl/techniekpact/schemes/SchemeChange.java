package nl.techniekpact.schemes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A proposed change of a scheme: the state it proposes, the state and version it was based on (null for a new
 * scheme), why and from which source, who proposed it and who reviewed it (account ids with their role and
 * organisation at the time).
 */
public record SchemeChange(long id, String slug, boolean isNew, Integer baseVersion, SchemeState base,
                           SchemeState proposed, String reason, String source, State state, UUID proposedBy,
                           String proposerRole, String proposerOrganisation, OffsetDateTime proposedAt,
                           UUID reviewedBy, String reviewerRole, String reviewerOrganisation, String reviewNote,
                           OffsetDateTime reviewedAt) {

    public enum State { PROPOSED, APPROVED, REJECTED, WITHDRAWN }

    public String schemeName() {
        return proposed.scheme().name();
    }
}
