package nl.techniekpact.audit;

import java.util.Collection;

/**
 * What else the audit log should find when the office looks up one thing: a module that records events under its
 * own keys (the rounds module records round steps under the task's id) names the keys that concern a given one
 * (the tasks on pact item 2013-A17). Implemented by those modules; the audit module knows none of their tables.
 */
public interface AuditSubjects {

    /** The entity ids of this module's audit records that concern {@code entityId}; empty when none. */
    Collection<String> relatedTo(String entityId);
}
