package nl.techniekpact.monitor.internal;

import nl.techniekpact.shared.Json;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.techniekpact.monitor.ImportJob;
import nl.techniekpact.importers.ImportError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code import_job} rows. State changes that others must see while an import runs (start, progress,
 * failure) are written in their own transaction; the final counts of a successful import are written in the
 * import's transaction, so a job is DONE exactly when its observations are committed.
 */
@Component
class ImportJobStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;
    private final ObjectMapper json = Json.MAPPER;

    ImportJobStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of all files of a request, in order (one file: that file's hash). */
    static String sha256(nl.techniekpact.monitor.ImportRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            request.files().forEach(f -> digest.update(f.content()));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record NewJob(String format, String dataset, String fileName, String sha256, long size, String organisation,
                  java.time.LocalDate retrievedOn, boolean provisional, String mappingJson, UUID startedBy) {
    }

    long start(NewJob job) {
        return separate.execute(status -> jdbc.sql("""
                insert into import_job (format, dataset, file_name, file_sha256, file_size, source_organisation,
                                        retrieved_on, provisional, mapping, state, started_by, heartbeat_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, now()) returning id""")
                .params(job.format(), job.dataset(), job.fileName(), job.sha256(), job.size(), job.organisation(),
                        job.retrievedOn(), job.provisional(), job.mappingJson(), job.startedBy())
                .query(Long.class).single());
    }

    /** A job for the seed figures, inside the loader's transaction. */
    long startSeedJob(String fileName, String sha, long size) {
        return jdbc.sql("""
                insert into import_job (format, dataset, file_name, file_sha256, file_size, source_organisation,
                                        state)
                values ('seed', 'seeds', ?, ?, ?, 'Techniekpact (seed documents)', 'RUNNING') returning id""")
                .params(fileName, sha, size).query(Long.class).single();
    }

    boolean alreadyLoaded(String format, String sha) {
        return jdbc.sql("select exists (select 1 from import_job where format = ? and file_sha256 = ? and state = 'DONE')")
                .params(format, sha).query(Boolean.class).single();
    }

    void progress(long job, int percent) {
        separate.executeWithoutResult(status -> jdbc.sql("""
                        update import_job set progress = ?, heartbeat_at = now() where id = ? and state = 'RUNNING'""")
                .params(Math.max(0, Math.min(99, percent)), job).update());
    }

    /** The worker is alive: written every few seconds while a job runs, in its own transaction. */
    void heartbeat(long job) {
        separate.executeWithoutResult(status -> jdbc.sql(
                "update import_job set heartbeat_at = now() where id = ? and state = 'RUNNING'").param(job).update());
    }

    /**
     * Marks FAILED every running job whose worker has given no sign of life for {@code silence} (its platform was
     * killed, or lost the database for that long): its transaction was rolled back with it, so nothing of it is
     * stored. Safe on several instances at once. Returns the ids.
     */
    List<Long> failAbandoned(java.time.Duration silence) {
        return separate.execute(status -> jdbc.sql("""
                        update import_job set state = 'FAILED', finished_at = now(), message = ?
                        where state = 'RUNNING' and coalesce(heartbeat_at, started_at) < now() - ? * interval '1 second'
                        returning id""")
                .params(ABANDONED, silence.toSeconds()).query(Long.class).list());
    }

    static final String ABANDONED = "De import is afgebroken: het platform dat hem uitvoerde stopte onverwacht. "
            + "Er is niets van geïmporteerd; start de import opnieuw.";

    /** How many errors a failed job keeps; the rest are counted (in total and per code). */
    static final int STORED_ERRORS = 200;

    /** Inside the import's transaction: DONE with its counts. */
    void finishInTransaction(long job, int rowsRead, ObservationWriter.Counts counts) {
        finishInTransaction(job, rowsRead, counts, null);
    }

    void finishInTransaction(long job, int rowsRead, ObservationWriter.Counts counts, String message) {
        jdbc.sql("""
                update import_job set state = 'DONE', progress = 100, rows_read = ?, cells_inserted = ?,
                       cells_revised = ?, cells_unchanged = ?, message = ?, finished_at = now() where id = ?""")
                .params(rowsRead, counts.inserted(), counts.revised(), counts.unchanged(), message, job).update();
    }

    /** In its own transaction, after the import's transaction rolled back. */
    void fail(long job, int rowsRead, List<ImportError> errors, String message) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        errors.forEach(e -> counts.merge(e.code().name(), 1, Integer::sum));
        String errorJson = json.writeValueAsString(errors.stream().limit(STORED_ERRORS)
                .map(e -> new ImportJob.Error(e.file(), e.line(), e.column(), e.code().name(), e.code().messageKey(),
                        e.message(), e.message(java.util.Locale.ENGLISH))).toList());
        try {
            separate.executeWithoutResult(status -> jdbc.sql("""
                    update import_job set state = 'FAILED', rows_read = ?, errors = ?::jsonb, error_total = ?,
                           error_counts = ?::jsonb, message = ?, finished_at = now() where id = ?""")
                    .params(rowsRead, errorJson, errors.size(), json.writeValueAsString(counts), message, job)
                    .update());
        } catch (RuntimeException storing) {
            // the job must end FAILED even when its errors cannot be stored
            separate.executeWithoutResult(status -> jdbc.sql("""
                    update import_job set state = 'FAILED', error_total = ?, message = ?, finished_at = now()
                    where id = ?""").params(errors.size(), message, job).update());
            throw storing;
        }
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("""
                select id, format, dataset, file_name, file_sha256, source_organisation, retrieved_on, provisional,
                       state, progress, rows_read, cells_inserted, cells_revised, cells_unchanged, errors::text,
                       message, started_at, finished_at, error_total, error_counts::text
                  from import_job where id = ?""").param(id).query((rs, n) -> map(rs)).optional();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.sql("""
                select id, format, dataset, file_name, file_sha256, source_organisation, retrieved_on, provisional,
                       state, progress, rows_read, cells_inserted, cells_revised, cells_unchanged, errors::text,
                       message, started_at, finished_at, error_total, error_counts::text
                  from import_job order by id desc limit ?""").param(limit).query((rs, n) -> map(rs)).list();
    }

    /** The newest import of these exact files in this format, whatever its state. */
    Optional<ImportJob> latest(String format, String sha) {
        return jdbc.sql("""
                select id, format, dataset, file_name, file_sha256, source_organisation, retrieved_on, provisional,
                       state, progress, rows_read, cells_inserted, cells_revised, cells_unchanged, errors::text,
                       message, started_at, finished_at, error_total, error_counts::text
                  from import_job where format = ? and file_sha256 = ? order by id desc limit 1""")
                .params(format, sha).query((rs, n) -> map(rs)).optional();
    }

    private ImportJob map(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<ImportJob.Error> errors = json.readValue(rs.getString(15), new TypeReference<List<ImportJob.Error>>() {
        });
        var finished = rs.getTimestamp(18);
        return new ImportJob(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, java.time.LocalDate.class), rs.getBoolean(8),
                ImportJob.State.valueOf(rs.getString(9)), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13),
                rs.getInt(14), errors, rs.getString(16), rs.getTimestamp(17).toInstant(),
                finished == null ? null : finished.toInstant(), Math.max(rs.getInt(19), errors.size()),
                json.readValue(rs.getString(20), new TypeReference<java.util.Map<String, Integer>>() {
                }));
    }
}
