package nl.techniekpact.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.techniekpact.audit.Actor;

/**
 * Live sources: a CBS StatLine table refreshed by its identifier (OData v4 {@code datasets.cbs.nl} or v3
 * {@code opendata.cbs.nl}) or a DUO open-data file by its address, now or every so many days. A run downloads
 * the source and imports it as an ordinary import job (all-or-nothing, idempotent, audited), with the
 * addresses it read as file names and today as retrieval date. Only the programme office may use this;
 * callers check that.
 */
public interface MonitorSources {

    enum Kind {
        CBS_ODATA4("cbs-odata4"), CBS_ODATA3("cbs-odata3"), DUO("duo");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Kind> of(String code) {
            return java.util.Arrays.stream(values()).filter(k -> k.code.equals(code == null ? "" : code.strip()))
                    .findFirst();
        }
    }

    /** What to add; {@code intervalDays} null means only on request. */
    record NewSource(Kind kind, String identifier, String dataset, String mapping, Integer intervalDays) {
    }

    /**
     * A source and its last result: the job of its last run, or the messages key and arguments of a download
     * that failed before any import ({@code monitor.sources.error.not-found}).
     */
    record Source(long id, Kind kind, String identifier, String dataset, Integer intervalDays, Instant nextRunAt,
                  Instant lastRunAt, ImportJob lastJob, String lastErrorKey, List<String> lastErrorArguments) {
    }

    /** @throws nl.techniekpact.shared.InvalidInput naming the field that is wrong */
    Source add(NewSource source, Actor actor);

    List<Source> list();

    Optional<Source> find(long id);

    /** Starts a run in the background (one at a time) and returns at once. */
    void start(long id, Actor actor);

    /** Downloads and imports the source in the caller's thread; returns it with its new last result. */
    Source runNow(long id, Actor actor);

    /** Runs every source whose time has come, each exactly once even with several instances; returns how many. */
    int runDue();
}
