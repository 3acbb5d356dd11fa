package nl.techniekpact.monitor.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.monitor.ImportJob;
import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.importers.ImportError;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.MonitorChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports: registers the job (its own transaction, so its progress is visible), runs the import in one
 * transaction, and on failure records the errors after the rollback. Background imports run one at a time on
 * a single worker thread, so two large files never compete for the two cores of a small server.
 */
@Service
class ImportService implements MonitorImports {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ImportRunner runner;
    private final ImportJobStore jobs;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Audit audit;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "monitor-import");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "monitor-import-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    /** How often a running import says it is alive, and after how long without a sign it counts as abandoned. */
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    ImportService(ImportRunner runner, ImportJobStore jobs, TransactionTemplate transaction,
                  ApplicationEventPublisher events, Audit audit, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.runner = runner;
        this.jobs = jobs;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public ImportJob submit(ImportRequest request, Actor actor) {
        long id = register(request, actor);
        worker.submit(() -> execute(id, request, actor));
        return jobs.find(id).orElseThrow();
    }

    @Override
    public ImportJob run(ImportRequest request, Actor actor) {
        long id = register(request, actor);
        execute(id, request, actor);
        return jobs.find(id).orElseThrow();
    }

    @Override
    public Optional<ImportJob> job(long id) {
        return jobs.find(id);
    }

    @Override
    public List<ImportJob> recent(int limit) {
        return jobs.recent(limit);
    }

    @Override
    public List<SavedMapping> savedMappings() {
        return jdbc.sql("select name, mapping::text from import_mapping order by name")
                .query((rs, n) -> new SavedMapping(rs.getString(1), rs.getString(2))).list();
    }

    @Override
    public Optional<String> savedMapping(String name) {
        return jdbc.sql("select mapping::text from import_mapping where name = ?").param(name).query(String.class)
                .optional();
    }

    @Override
    public void saveMapping(String name, String mapping, Actor actor) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw InvalidInput.of("mappingName", "monitor.import.form.mapping-name-invalid");
        }
        var parsed = nl.techniekpact.importers.ColumnMapping.parse(mapping);
        if (parsed.hasErrors()) {
            throw InvalidInput.of("mapping", "monitor.import.form.mapping-invalid");
        }
        transaction.executeWithoutResult(status -> {
            String before = savedMapping(name.strip()).orElse(null);
            jdbc.sql("""
                    insert into import_mapping (name, mapping, created_by) values (?, ?::jsonb, ?)
                    on conflict (name) do update set mapping = excluded.mapping, created_by = excluded.created_by,
                        created_at = now()""").params(name.strip(), mapping, actor.userId()).update();
            audit.record(actor, "monitor.mapping.save", "import_mapping", name.strip(), before, mapping);
        });
    }

    private long register(ImportRequest request, Actor actor) {
        String organisation = request.sourceOrganisation() == null || request.sourceOrganisation().isBlank()
                ? defaultOrganisation(request) : request.sourceOrganisation().strip();
        String names = String.join(", ", request.files().stream().map(ImportRequest.File::name).toList());
        return jobs.start(new ImportJobStore.NewJob(request.format().code(), request.dataset(), names,
                ImportJobStore.sha256(request), request.size(), organisation, request.retrievedOn(), request.provisional(),
                request.mapping(), actor.userId()));
    }

    private static String defaultOrganisation(ImportRequest request) {
        return switch (request.format()) {
            case DUO -> "DUO";
            case CBS_ODATA3, CBS_ODATA4, CBS_CSV, CROSSWALK -> "CBS";
            case BOUNDARIES -> "CBS / PDOK";
            case CSV, XLSX -> "onbekend";
            case REGION_DIVISION -> "Ministerie van BZK (Regioatlas)";
        };
    }


    private void execute(long id, ImportRequest request, Actor actor) {
        ScheduledFuture<?> beating = heartbeats.scheduleAtFixedRate(() -> beat(id), HEARTBEAT.toSeconds(),
                HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
        try {
            jobs.progress(id, 5);
            transaction.executeWithoutResult(status -> {
                runner.run(id, request);
                ImportJob done = jobs.find(id).orElseThrow();
                audit.record(actor, "monitor.import", "import_job", String.valueOf(id), null, Map.of(
                        "format", done.format(), "file", done.fileName(), "sha256", done.sha256(),
                        "cellsInserted", done.cellsInserted(), "cellsRevised", done.cellsRevised(),
                        "cellsUnchanged", done.cellsUnchanged()));
                // cells of particular indicators: only their pages (and the pages showing many) are rebuilt;
                // boundaries, crosswalks and divisions change what every indicator's maps and regions show
                events.publishEvent(new MonitorChanged("monitor-import", switch (request.format()) {
                    case BOUNDARIES, CROSSWALK, REGION_DIVISION -> null;
                    default -> ObservationWriter.touched();
                }));
            });
        } catch (ImportFailed failed) {
            jobs.fail(id, failed.rowsRead(), failed.errors(), failed.errors().size() + " fout(en); er is niets geïmporteerd.");
        } catch (RuntimeException | Error unexpected) {
            log.error("Import {} failed unexpectedly", id, unexpected);
            jobs.fail(id, 0, List.<ImportError>of(),
                    "De import is mislukt door een interne fout; er is niets geïmporteerd. Meld import " + id
                            + " bij de beheerder.");
            if (unexpected instanceof Error error && !(error instanceof StackOverflowError)) {
                throw error;
            }
        } finally {
            beating.cancel(false);
        }
    }

    private void beat(long id) {
        try {
            jobs.heartbeat(id);
        } catch (RuntimeException e) {
            log.debug("No heartbeat for import {}: {}", id, e.getMessage());
        }
    }

    /**
     * Ends the imports whose platform died while running them (no heartbeat for {@link #ABANDONED_AFTER}): every
     * minute on every instance, and soon after a start.
     */
    @Scheduled(initialDelay = 5_000, fixedDelay = 60_000)
    void failAbandonedImports() {
        try {
            List<Long> ended = jobs.failAbandoned(ABANDONED_AFTER);
            if (!ended.isEmpty()) {
                log.warn("Imports {} had no heartbeat for {}: their platform stopped while running them; marked "
                        + "FAILED (nothing of them was stored)", ended, ABANDONED_AFTER);
            }
        } catch (RuntimeException e) {
            log.debug("Could not look for abandoned imports: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        heartbeats.shutdownNow();
    }
}
