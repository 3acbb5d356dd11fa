package nl.techniekpact.monitor;

import java.util.List;
import java.util.Optional;
import nl.techniekpact.audit.Actor;

/**
 * Imports source files into the monitor. Every import is all-or-nothing in one transaction and idempotent (the
 * same file twice changes nothing); a failed import keeps nothing and reports every error with file, line and
 * column. Only the programme office may import; callers check that (web, API) or run as the operator (command
 * line).
 */
public interface MonitorImports {

    /** Starts the import in the background and returns the job at once (state RUNNING). */
    ImportJob submit(ImportRequest request, Actor actor);

    /** Runs the import to its end and returns the finished job (DONE or FAILED). */
    ImportJob run(ImportRequest request, Actor actor);

    Optional<ImportJob> job(long id);

    List<ImportJob> recent(int limit);

    /** A column mapping saved under a name, so the same kind of table loads again without retyping it. */
    record SavedMapping(String name, String mapping) {
    }

    List<SavedMapping> savedMappings();

    Optional<String> savedMapping(String name);

    /**
     * Saves (or replaces) a named mapping after checking it.
     *
     * @throws nl.techniekpact.shared.InvalidInput when the name is empty or the mapping is not a valid mapping
     */
    void saveMapping(String name, String mapping, Actor actor);
}
