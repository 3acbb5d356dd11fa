package nl.techniekpact.schemes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Permissions;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.importers.ImportError;
import nl.techniekpact.importers.ImportError.Code;
import nl.techniekpact.importers.SourceFile;
import nl.techniekpact.shared.Forbidden;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports scheme lists (CSV, see {@link SchemeListReader}): all files are read first, and only when none has an
 * error are their schemes written, in one transaction, each audited; otherwise nothing is written. A scheme in
 * several files (the City Deals lists repeat six) is taken from the first file that has it; the later rows are
 * reported, not merged. An imported scheme replaces an earlier import of the same name whole; a scheme of the
 * platform's own seeds (the same address or the same name) is never replaced (an error).
 */
@Service
public class SchemeImports {

    /** 'tp' 'sc' in ASCII, the lock {@link SeedSchemesLoader} takes too: catalogue writes at start take turns. */
    static final long LOCK = 0x7470_7363L;
    public static final int MAX_FILES = 5;

    /** A file with what every fact read from it names as its source, and that source's date (null: none). */
    public record ListFile(SourceFile file, String source, LocalDate sourceDate) {
    }

    /**
     * @param read      schemes read (each once)
     * @param repeated  rows of a scheme an earlier file had ("file:line name"), not imported again
     */
    public record Result(int read, int added, int replaced, List<String> repeated, List<ImportError> errors) {

        public boolean failed() {
            return !errors.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SchemeStore store;
    private final Schemes schemes;
    private final Audit audit;
    private final Permissions permissions;

    SchemeImports(JdbcClient jdbc, TransactionTemplate transaction, SchemeStore store, Schemes schemes, Audit audit,
                  Permissions permissions) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.store = store;
        this.schemes = schemes;
        this.audit = audit;
        this.permissions = permissions;
    }

    /** The office's import. */
    public Result run(CurrentUser user, List<ListFile> files) {
        if (!permissions.isOffice(user)) {
            throw new Forbidden("schemes import");
        }
        return run(files, user.actor(), false);
    }

    /** {@code onlyIntoNone}: write nothing (an empty result) when an imported scheme is there already. */
    Result run(List<ListFile> files, Actor actor, boolean onlyIntoNone) {
        if (files.isEmpty() || files.size() > MAX_FILES) {
            throw new IllegalArgumentException("One to " + MAX_FILES + " files");
        }
        List<ImportError> errors = new ArrayList<>();
        Map<String, SchemeListReader.Row> bySlug = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (ListFile file : files) {
            SchemeListReader.Result read = new SchemeListReader(file.source(), file.sourceDate()).read(file.file());
            errors.addAll(read.errors());
            for (SchemeListReader.Row row : read.rows()) {
                SchemeListReader.Row first = bySlug.putIfAbsent(row.scheme().slug(), row);
                if (first != null) {
                    repeated.add(row.file() + ":" + row.line() + " " + row.scheme().name());
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Result(0, 0, 0, List.of(), List.copyOf(errors));
        }
        return transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
            if (onlyIntoNone && anyImported()) {
                return new Result(0, 0, 0, List.of(), List.of());
            }
            java.util.Set<String> seeds = new java.util.HashSet<>();
            jdbc.sql("select slug, name from scheme where origin = 'SEED'").query((java.sql.ResultSet rs) -> {
                seeds.add(rs.getString(1));
                seeds.add(SchemeListReader.slug(rs.getString(2)));
            });
            List<ImportError> clashes = new ArrayList<>();
            for (SchemeListReader.Row row : bySlug.values()) {
                if (seeds.contains(row.scheme().slug())) {
                    clashes.add(ImportError.of(row.file(), row.line(), 1, Code.SEED_SCHEME, row.scheme().name()));
                }
            }
            if (!clashes.isEmpty()) {
                return new Result(0, 0, 0, List.of(), List.copyOf(clashes));
            }
            int added = 0;
            for (SchemeListReader.Row row : bySlug.values()) {
                Optional<Scheme> before = schemes.bySlug(row.scheme().slug());
                boolean isNew = store.replace(row.scheme());
                added += isNew ? 1 : 0;
                audit.record(actor, isNew ? "scheme.imported" : "scheme.reimported", "scheme", row.scheme().slug(),
                        before.orElse(null), row.scheme());
            }
            return new Result(bySlug.size(), added, bySlug.size() - added, List.copyOf(repeated), List.of());
        });
    }

    /** What a fact read from a file names as its source: the file and its publisher, at most 300 characters. */
    public static String source(String file, String publisher) {
        String source = file + " (" + publisher + ")";
        return source.length() <= 300 ? source : source.substring(0, 299) + "…";
    }

    /** Whether any imported scheme is in the catalogue. */
    boolean anyImported() {
        return jdbc.sql("select exists (select 1 from scheme where origin = 'IMPORT')").query(Boolean.class).single();
    }
}
