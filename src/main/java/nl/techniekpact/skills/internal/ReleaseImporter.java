package nl.techniekpact.skills.internal;

import java.util.List;
import java.util.Map;

import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.skills.EscoImports;
import nl.techniekpact.skills.EscoRelease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads a release whole, then stores it in one transaction with its audit record and the index notification. */
@Component
public class ReleaseImporter {

    private static final Logger log = LoggerFactory.getLogger(ReleaseImporter.class);

    private final ReleaseWriter writer;
    private final TransactionTemplate transactions;
    private final Audit audit;
    private final EscoIndexHolder index;
    private final JdbcClient jdbc;

    ReleaseImporter(ReleaseWriter writer, TransactionTemplate transactions, Audit audit, EscoIndexHolder index,
                    JdbcClient jdbc) {
        this.writer = writer;
        this.transactions = transactions;
        this.audit = audit;
        this.index = index;
        this.jdbc = jdbc;
    }

    public EscoRelease.Result run(EscoRelease.Request request, Actor actor) {
        long started = System.nanoTime();
        ParsedRelease release = new EscoReleaseReader(EscoReleaseReader.MAX_FILE_BYTES).read(request.files());
        if (release.errors.isEmpty() && release.concepts.isEmpty() && release.relations.isEmpty()) {
            release.errors.add(nl.techniekpact.importers.ImportError.of("-", 0, 0,
                    nl.techniekpact.importers.ImportError.Code.EMPTY_FILE));
        }
        if (!release.errors.isEmpty()) {
            return new EscoRelease.Result(0, request.version(), Map.of(), Map.of(),
                    List.copyOf(release.errors.subList(0, Math.min(release.errors.size(), 200))));
        }
        EscoRelease.Result result = transactions.execute(status -> {
            EscoRelease.Result stored = writer.write(release, request.version(), request.source(), actor.name());
            audit.record(actor, "esco.import", "esco_import", String.valueOf(stored.importId()), null,
                    Map.of("version", request.version(), "source", request.source(), "counts", stored.counts()));
            index.changed();
            return stored;
        });
        log.info("ESCO v{} from {}: {} in {} ms; not joined: {}", request.version(), request.source(), result.counts(),
                (System.nanoTime() - started) / 1_000_000, result.unjoined().keySet());
        return result;
    }

    public List<EscoImports.ImportRecord> history(int limit) {
        return jdbc.sql("""
                        select id, version, source, actor, imported_at, counts::text, unjoined::text
                        from esco_import order by id desc limit ?""")
                .param(limit)
                .query((rs, n) -> new EscoImports.ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class), rs.getString(6), rs.getString(7)))
                .list();
    }
}
