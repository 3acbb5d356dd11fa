package nl.techniekpact.skills.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import nl.techniekpact.skills.search.ConceptIndex;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The search index over the stored occupations, skills and skill groups, built from the tables on first use and
 * again after every import: an import sends {@code NOTIFY esco_concept} in its transaction, every instance listens
 * and rebuilds before its next search. A lost listening connection also marks the index stale.
 */
@Component
public class EscoIndexHolder {

    static final String CHANNEL = "esco_concept";
    private static final Logger log = LoggerFactory.getLogger(EscoIndexHolder.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final AtomicBoolean dirty = new AtomicBoolean(true);
    /** Counts the changes seen, so other in-memory structures built from ESCO know when to rebuild. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    private final Thread listener;
    private volatile boolean running = true;
    private volatile ConceptIndex index = new ConceptIndex(List.of());

    EscoIndexHolder(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.listener = Thread.ofPlatform().daemon().name("esco-index-listener").unstarted(this::listen);
        this.listener.start();
    }

    /** The index, rebuilt first when the concepts changed since it was built. */
    public ConceptIndex index() {
        if (dirty.get()) {
            rebuild();
        }
        return index;
    }

    /** Grows with every change of the stored concepts (an import here or on another instance, a lost listener). */
    public long changes() {
        return changes.get();
    }

    private void markDirty() {
        changes.incrementAndGet();
        dirty.set(true);
    }

    /** Tells every instance (this one too, after commit) that concepts changed; call inside the transaction. */
    void changed() {
        jdbc.sql("select pg_notify(?, '')").param(CHANNEL).query(String.class).single();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    markDirty();
                }
            });
        } else {
            markDirty();
        }
    }

    private synchronized void rebuild() {
        if (!dirty.getAndSet(false)) {
            return;
        }
        long started = System.nanoTime();
        Map<String, Builder> docs = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.uri, c.id, c.kind, l.lang, l.preferred, l.alternatives
                        from esco_concept c join esco_label l on l.uri = c.uri
                        where c.kind in ('occupation', 'skill', 'skill-group') order by c.uri, l.lang""")
                .query(rs -> {
                    Builder b = docs.computeIfAbsent(rs.getString(1), u -> {
                        try {
                            return new Builder(u, rs.getString(2), rs.getString(3));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String lang = rs.getString(4);
                    b.labels.add(new ConceptIndex.Label(lang, rs.getString(5), true));
                    Array alternatives = rs.getArray(6);
                    for (Object alternative : (Object[]) alternatives.getArray()) {
                        b.labels.add(new ConceptIndex.Label(lang, (String) alternative, false));
                    }
                });
        index = new ConceptIndex(docs.values().stream()
                .map(b -> new ConceptIndex.Doc(b.uri, b.id, b.kind, List.copyOf(b.labels))).toList());
        log.info("ESCO search index: {} concepts, {} labels in {} ms", index.size(), index.labelCount(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static final class Builder {
        final String uri;
        final String id;
        final String kind;
        final List<ConceptIndex.Label> labels = new ArrayList<>();

        Builder(String uri, String id, String kind) {
            this.uri = uri;
            this.id = id;
            this.kind = kind;
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                markDirty();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications(10_000);
                    if (notifications != null && notifications.length > 0) {
                        markDirty();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.debug("ESCO index listener lost its connection; retrying: {}", e.getMessage());
                    markDirty();
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        listener.interrupt();
    }
}
