package nl.techniekpact.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Permissions;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.Forbidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the PDF of every factsheet ({@link Factsheets#ids()}: provinces, labour-market regions, vmbo portraits)
 * in the background, one at a time,
 * counting progress in {@code factsheet_batch}; the files are kept for download one by one or as a zip.
 */
@Service
public class FactsheetBatches {

    private static final Logger log = LoggerFactory.getLogger(FactsheetBatches.class);
    /** A batch writes a heartbeat with every file; one PDF takes seconds, so five silent minutes mean it died. */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(5);

    public record Batch(UUID id, String state, int total, int done, String message, OffsetDateTime startedAt,
                        OffsetDateTime finishedAt) {

        public boolean running() {
            return "RUNNING".equals(state);
        }

        public int percent() {
            return total == 0 ? 100 : done * 100 / total;
        }
    }

    public record File(String regionCode, String fileName, String sha256) {
    }

    private final Factsheets factsheets;
    private final ReportDocuments documents;
    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final Audit audit;
    private final TransactionTemplate transactions;
    /** One batch at a time, on its own thread: a batch is CPU-bound and this machine has two cores. */
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "factsheet-batch");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;

    FactsheetBatches(Factsheets factsheets, ReportDocuments documents, JdbcClient jdbc, Permissions permissions,
                     Audit audit, TransactionTemplate transactions, Clock clock) {
        this.factsheets = factsheets;
        this.documents = documents;
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Starts a batch of all factsheets (office only) and returns at once; the work runs in the background. */
    public Batch start(CurrentUser actor) {
        if (actor == null || !permissions.isOffice(actor)) {
            throw new Forbidden("start a factsheet batch");
        }
        List<String> regions = factsheets.ids();
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into factsheet_batch (id, state, total, started_at, started_by, heartbeat_at)
                            values (?, 'RUNNING', ?, ?, ?, now())""")
                    .params(id, regions.size(), OffsetDateTime.now(clock), actor.id()).update();
            audit.record(actor.actor(), "factsheets.start", "factsheet_batch", id.toString(), null,
                    Map.of("regions", regions.size()));
        });
        executor.execute(() -> run(id, regions, 0));
        return batch(id).orElseThrow();
    }

    /**
     * Takes over a batch whose platform died while making it (no heartbeat for {@link #ABANDONED_AFTER}): claimed
     * by one instance ({@code for update skip locked}), continued after its last finished file. When the list of
     * factsheets changed meanwhile, the batch ends FAILED with a message instead. Every minute on every instance.
     */
    @Scheduled(initialDelay = 15_000, fixedDelay = 60_000)
    void resumeAbandoned() {
        try {
            jdbc.sql("""
                            update factsheet_batch set heartbeat_at = now() where id = (
                                select id from factsheet_batch
                                where state = 'RUNNING' and coalesce(heartbeat_at, started_at) < now() - ? * interval '1 second'
                                order by started_at limit 1 for update skip locked)
                            returning id, done, total""")
                    .param(ABANDONED_AFTER.toSeconds())
                    .query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)))
                    .optional().ifPresent(this::resume);
        } catch (RuntimeException e) {
            log.debug("Could not look for abandoned factsheet batches: {}", e.getMessage());
        }
    }

    /** A batch this instance took over: its id, the files it had finished, and how many it makes. */
    private record Claimed(UUID id, int done, int total) {
    }

    private void resume(Claimed claimed) {
        UUID id = claimed.id();
        int done = claimed.done();
        int total = claimed.total();
        List<String> sheets = factsheets.ids();
        if (sheets.size() != total) {
            jdbc.sql("update factsheet_batch set state = 'FAILED', message = ?, finished_at = ? where id = ?")
                    .params("De factsheets veranderden terwijl deze reeks stillag; start een nieuwe reeks.",
                            OffsetDateTime.now(clock), id).update();
            return;
        }
        log.warn("Factsheet batch {} was left at {} of {} by a platform that stopped; continuing it", id, done, total);
        executor.execute(() -> run(id, sheets, done));
    }

    private void run(UUID id, List<String> sheets, int alreadyDone) {
        try {
            for (int position = alreadyDone + 1; position <= sheets.size(); position++) {
                String code = sheets.get(position - 1);
                Factsheet sheet = factsheets.factsheet(code).orElseThrow();
                byte[] pdf = documents.render(sheet, DocumentFormat.PDF);
                String name = fileName(sheet);
                jdbc.sql("""
                                insert into factsheet_file (batch_id, position, region_code, file_name, pdf, sha256)
                                values (?, ?, ?, ?, ?, ?)
                                on conflict (batch_id, region_code) do update set position = excluded.position,
                                    file_name = excluded.file_name, pdf = excluded.pdf, sha256 = excluded.sha256""")
                        .params(id, position, code, name, pdf, ReportJson.sha256(pdf)).update();
                jdbc.sql("update factsheet_batch set done = ?, heartbeat_at = now() where id = ?")
                        .params(position, id).update();
            }
            jdbc.sql("update factsheet_batch set state = 'DONE', finished_at = ? where id = ?")
                    .params(OffsetDateTime.now(clock), id).update();
        } catch (RuntimeException e) {
            log.error("Factsheet batch {} failed", id, e);
            jdbc.sql("update factsheet_batch set state = 'FAILED', message = ?, finished_at = ? where id = ?")
                    .params(e.getClass().getSimpleName(), OffsetDateTime.now(clock), id).update();
        }
    }

    static String fileName(Factsheet sheet) {
        String slug = java.text.Normalizer.normalize(sheet.name(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "factsheet-" + sheet.code() + "-" + slug + ".pdf";
    }

    public List<Batch> recent(int limit) {
        return jdbc.sql("select id, state, total, done, message, started_at, finished_at from factsheet_batch"
                + " order by started_at desc limit ?").param(limit).query((rs, n) -> batch(rs)).list();
    }

    public Optional<Batch> batch(UUID id) {
        return jdbc.sql("select id, state, total, done, message, started_at, finished_at from factsheet_batch"
                + " where id = ?").param(id).query((rs, n) -> batch(rs)).optional();
    }

    public List<File> files(UUID id) {
        return jdbc.sql("select region_code, file_name, sha256 from factsheet_file where batch_id = ? order by position")
                .param(id).query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<byte[]> file(UUID id, String regionCode) {
        return jdbc.sql("select pdf from factsheet_file where batch_id = ? and region_code = ?")
                .params(id, regionCode).query(byte[].class).optional();
    }

    /** Every file of the batch in one zip, in region order, entries dated at the batch's start. */
    public Optional<byte[]> zip(UUID id) {
        return batch(id).map(batch -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (File f : files(id)) {
                    ZipEntry entry = new ZipEntry(f.fileName());
                    entry.setTimeLocal(batch.startedAt().toLocalDateTime());
                    zip.putNextEntry(entry);
                    zip.write(file(id, f.regionCode()).orElseThrow());
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    private static Batch batch(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Batch(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class));
    }
}
