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
                            insert into factsheet_batch (id, state, total, started_at, started_by)
                            values (?, 'RUNNING', ?, ?, ?)""")
                    .params(id, regions.size(), OffsetDateTime.now(clock), actor.id()).update();
            audit.record(actor.actor(), "factsheets.start", "factsheet_batch", id.toString(), null,
                    Map.of("regions", regions.size()));
        });
        executor.execute(() -> run(id, regions));
        return batch(id).orElseThrow();
    }

    private void run(UUID id, List<String> sheets) {
        try {
            int position = 0;
            for (String code : sheets) {
                position++;
                Factsheet sheet = factsheets.factsheet(code).orElseThrow();
                byte[] pdf = documents.render(sheet, DocumentFormat.PDF);
                String name = fileName(sheet);
                jdbc.sql("""
                                insert into factsheet_file (batch_id, position, region_code, file_name, pdf, sha256)
                                values (?, ?, ?, ?, ?, ?)""")
                        .params(id, position, code, name, pdf, ReportJson.sha256(pdf)).update();
                jdbc.sql("update factsheet_batch set done = ? where id = ?").params(position, id).update();
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
