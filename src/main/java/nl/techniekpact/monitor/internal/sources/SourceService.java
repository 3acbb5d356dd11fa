package nl.techniekpact.monitor.internal.sources;

import nl.techniekpact.shared.Text;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.monitor.ImportFormat;
import nl.techniekpact.monitor.ImportJob;
import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.monitor.MonitorSources;
import nl.techniekpact.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code import_source} table and its runs. A run downloads the source ({@link CbsDownloads},
 * {@link Downloads}) and hands the documents to {@link MonitorImports#run}, so the result is an ordinary import
 * job; a download failure imports nothing and is kept on the source as a message key. The schedule: every
 * instance polls, and a due source is claimed by moving its next run forward in one statement that skips rows
 * another instance has locked ({@code for update skip locked}), so it runs once however many instances share the
 * database.
 */
@Service
class SourceService implements MonitorSources {

    private static final Logger log = LoggerFactory.getLogger(SourceService.class);
    private static final Pattern CBS_TABLE = Pattern.compile("\\d{5}[A-Z]{3}");
    /** Longer than any CBS table number or DUO file address; keeps pasted text out of the table and the log. */
    private static final int MAX_IDENTIFIER = 2000;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final MonitorImports imports;
    private final CbsDownloads cbs;
    private final Downloads downloads;
    private final Audit audit;
    private final TransactionTemplate transaction;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "monitor-sources");
        thread.setDaemon(true);
        return thread;
    });

    SourceService(JdbcClient jdbc, MonitorImports imports, CbsDownloads cbs, Downloads downloads, Audit audit,
                  TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.cbs = cbs;
        this.downloads = downloads;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public Source add(NewSource source, Actor actor) {
        if (source.kind() == null) {
            throw InvalidInput.of("kind", "monitor.sources.form.kind-invalid");
        }
        String identifier = source.identifier() == null ? "" : source.identifier().strip();
        if (identifier.length() > MAX_IDENTIFIER) {
            throw InvalidInput.of("identifier", "monitor.sources.form.too-long");
        }
        if (source.kind() == Kind.DUO) {
            if (!isWebAddress(identifier)) {
                throw InvalidInput.of("identifier", "monitor.sources.form.address-invalid");
            }
            if (nl.techniekpact.importers.DuoDataset.ofCode(source.dataset()).isEmpty()) {
                throw InvalidInput.of("dataset", "monitor.sources.form.dataset-missing");
            }
        } else {
            identifier = identifier.toUpperCase(java.util.Locale.ROOT);
            if (!CBS_TABLE.matcher(identifier).matches()) {
                throw InvalidInput.of("identifier", "monitor.sources.form.table-invalid");
            }
        }
        if (source.intervalDays() != null && (source.intervalDays() < 1 || source.intervalDays() > 366)) {
            throw InvalidInput.of("intervalDays", "monitor.sources.form.interval-invalid");
        }
        String mapping = source.mapping() == null || source.mapping().isBlank() ? null : source.mapping().strip();
        if (mapping != null && !mapping.startsWith("{")) {
            throw InvalidInput.of("mapping", "monitor.import.form.mapping-invalid");
        }
        String id = identifier;
        Long created = transaction.execute(status -> {
            Long key = jdbc.sql("""
                    insert into import_source (kind, identifier, dataset, mapping, interval_days, next_run_at, created_by)
                    values (?, ?, ?, ?::jsonb, ?, now() + make_interval(days => ?), ?)
                    on conflict (kind, identifier) do nothing returning id""")
                    .params(source.kind().code(), id, Text.blankToNull(source.dataset()), mapping, source.intervalDays(),
                            source.intervalDays(), actor.userId())
                    .query(Long.class).optional().orElse(null);
            if (key != null) {
                audit.record(actor, "monitor.source.add", "import_source", String.valueOf(key), null,
                        Map.of("kind", source.kind().code(), "identifier", id,
                                "intervalDays", String.valueOf(source.intervalDays())));
            }
            return key;
        });
        if (created == null) {
            throw InvalidInput.of("identifier", "monitor.sources.form.duplicate");
        }
        return find(created).orElseThrow();
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public List<Source> list() {
        return jdbc.sql(SELECT + " order by s.kind, s.identifier").query((rs, n) -> map(rs)).list();
    }

    @Override
    public Optional<Source> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    private static final String SELECT = """
            select s.id, s.kind, s.identifier, s.dataset, s.interval_days, s.next_run_at, s.last_run_at, s.last_job_id,
                   s.last_error_key, s.last_error_args from import_source s""";

    private Source map(java.sql.ResultSet rs) throws java.sql.SQLException {
        long job = rs.getLong(8);
        boolean hasJob = !rs.wasNull();
        String args = rs.getString(10);
        var next = rs.getTimestamp(6);
        var last = rs.getTimestamp(7);
        return new Source(rs.getLong(1), Kind.of(rs.getString(2)).orElseThrow(), rs.getString(3), rs.getString(4),
                (Integer) rs.getObject(5), next == null ? null : next.toInstant(), last == null ? null : last.toInstant(),
                hasJob ? imports.job(job).orElse(null) : null, rs.getString(9),
                args == null || args.isEmpty() ? List.of() : List.of(args.split("\u001F", -1)));
    }

    @Override
    public void start(long id, Actor actor) {
        find(id).orElseThrow(() -> InvalidInput.of("id", "monitor.sources.form.unknown"));
        worker.submit(() -> runNow(id, actor));
    }

    @Override
    public Source runNow(long id, Actor actor) {
        Source source = find(id).orElseThrow(() -> InvalidInput.of("id", "monitor.sources.form.unknown"));
        String mapping = jdbc.sql("select mapping::text from import_source where id = ?").param(id)
                .query(String.class).optional().orElse(null);
        try {
            ImportRequest request = request(source, mapping);
            ImportJob job = imports.run(request, actor);
            transaction.executeWithoutResult(status -> {
                jdbc.sql("""
                        update import_source set last_run_at = now(), last_job_id = ?, last_error_key = null,
                               last_error_args = null where id = ?""").params(job.id(), id).update();
                audit.record(actor, "monitor.source.run", "import_source", String.valueOf(id), null,
                        Map.of("job", job.id(), "state", job.state().name()));
            });
        } catch (SourceFailed failed) {
            log.warn("Source {} ({}) could not be downloaded: {}", id, source.identifier(), failed.getMessage());
            transaction.executeWithoutResult(status -> {
                jdbc.sql("""
                        update import_source set last_run_at = now(), last_job_id = null, last_error_key = ?,
                               last_error_args = ? where id = ?""")
                        .params(failed.key(), String.join("\u001F", failed.arguments()), id).update();
                audit.record(actor, "monitor.source.run", "import_source", String.valueOf(id), null,
                        Map.of("error", failed.key(), "arguments", failed.arguments()));
            });
        }
        return find(id).orElseThrow();
    }

    private ImportRequest request(Source source, String mapping) {
        LocalDate today = LocalDate.now(AMSTERDAM);
        return switch (source.kind()) {
            case CBS_ODATA4 -> new ImportRequest(ImportFormat.CBS_ODATA4, cbs.odata4(source.identifier()),
                    source.identifier(), mapping, "CBS", today, false);
            case CBS_ODATA3 -> new ImportRequest(ImportFormat.CBS_ODATA3, cbs.odata3(source.identifier()),
                    source.identifier(), mapping, "CBS", today, false);
            case DUO -> new ImportRequest(ImportFormat.DUO, List.of(new ImportRequest.File(source.identifier(),
                    downloads.get(source.identifier()))), source.dataset(), null, "DUO", today, false);
        };
    }

    @Scheduled(fixedDelayString = "${techniekpact.sources.poll-interval:PT10M}",
            initialDelayString = "${techniekpact.sources.poll-initial-delay:PT10M}")
    void poll() {
        try {
            runDue();
        } catch (RuntimeException e) {
            log.error("Scheduled source runs failed", e);
        }
    }

    @Override
    public int runDue() {
        int runs = 0;
        Long id;
        while (runs < 100 && (id = claim()) != null) {
            runNow(id, Actor.system("sources"));
            runs++;
        }
        return runs;
    }

    /** Moves the next due source's next run forward and answers its id; null when none is due. */
    Long claim() {
        return transaction.execute(status -> jdbc.sql("""
                update import_source set next_run_at = now() + make_interval(days => interval_days)
                 where id = (select id from import_source where next_run_at <= now() and interval_days is not null
                              order by next_run_at limit 1 for update skip locked)
                returning id""").query(Long.class).optional().orElse(null));
    }


    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
