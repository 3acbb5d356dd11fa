package nl.techniekpact.audit;

import java.util.UUID;

/** Who did something: a user, or the platform itself (e.g. the pact data loader), with a readable name. */
public record Actor(UUID userId, String name) {

    public static Actor system(String process) {
        return new Actor(null, "system:" + process);
    }
}
