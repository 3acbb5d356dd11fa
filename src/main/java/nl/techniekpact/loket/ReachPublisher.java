package nl.techniekpact.loket;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.monitor.ImportJob;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.shared.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;

/**
 * Brings the Loket's reach ({@link Reach}) into the monitor through its ordinary import ({@code MonitorImports}):
 * one generated CSV with a column mapping per indicator, source organisation "Techniekpact Loket", the running
 * school year provisional and the closed ones final; the monitor sums the municipal figures to every region and
 * keeps revisions, so the same figures twice change nothing.
 *
 * <p>Every night each instance tries; one publication runs at a time (a PostgreSQL advisory lock, held by a
 * connection of its own) and at most one nightly a day (its row is the claim: a unique index on the day). The
 * nightly run imports only the parts whose file differs from the one last imported; the office's button imports
 * every part (the monitor then reports them unchanged). Every publication is recorded and audited.
 */
@Service
public class ReachPublisher {

    /** An arbitrary constant naming this lock among the platform's advisory locks ('tp' 'lr' in ASCII). */
    static final long LOCK = 0x7470_6c72L;
    private static final Logger log = LoggerFactory.getLogger(ReachPublisher.class);
    private static final TypeReference<List<Part>> PARTS = new TypeReference<>() {
    };

    /** What became of one file: IMPORTED (the monitor's counts), UNCHANGED (same file as last time) or FAILED. */
    public record Part(String indicator, boolean provisional, List<String> schoolYears, String sha256, Long importJob,
                       String state, int inserted, int revised, int unchanged, String message) {
    }

    /**
     * One publication: NIGHTLY or OFFICE; RUNNING, DONE or FAILED (a part failed, or the figures could not be
     * computed); how many schools and companies were left out because the monitor does not know their municipality.
     */
    public record Publication(long id, String trigger, LocalDate runOn, String actor, String state,
                              List<String> schoolYears, List<Part> parts, int unplacedSchools, int unplacedCompanies,
                              OffsetDateTime startedAt, OffsetDateTime finishedAt) {

        public long count(String partState) {
            return parts.stream().filter(p -> p.state().equals(partState)).count();
        }

        /** When it started, in Dutch time (the office page shows it so, labelled). */
        public java.time.LocalDateTime startedInNetherlands() {
            return startedAt.atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDateTime();
        }
    }

    private final Reach reach;
    private final MonitorImports imports;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Audit audit;
    private final Clock clock;

    ReachPublisher(Reach reach, MonitorImports imports, JdbcClient jdbc, DataSource dataSource,
                   TransactionTemplate transaction, Audit audit, Clock clock) {
        this.reach = reach;
        this.imports = imports;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${techniekpact.loket.reach.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
    void scheduled() {
        try {
            nightly(LocalDate.now(clock));
        } catch (RuntimeException e) {
            log.error("Publishing the Loket's reach failed", e);
        }
    }

    /**
     * The nightly publication for {@code today}: empty when another instance is publishing or today's nightly
     * publication exists already.
     */
    public Optional<Publication> nightly(LocalDate today) {
        Actor actor = Actor.system("loket-reach");
        return underLock(() -> {
            Long id = transaction.execute(status -> jdbc.sql("""
                            insert into loket_reach_publication (trigger, run_on, actor, state)
                            values ('NIGHTLY', ?, ?, 'RUNNING')
                            on conflict (run_on) where trigger = 'NIGHTLY' do nothing returning id""")
                    .params(today, actor.name()).query(Long.class).optional().orElse(null));
            return id == null ? null : run(id, today, actor, true);
        });
    }

    /**
     * Publishes now, for the programme office: every part is imported. Empty when a publication is running.
     *
     * @throws nl.techniekpact.shared.Forbidden for anyone but the office
     */
    public Optional<Publication> publish(CurrentUser office, LocalDate today) {
        Companies.requireOffice(office, "publish the Loket's reach");
        Actor actor = office.actor();
        return underLock(() -> {
            long id = transaction.execute(status -> jdbc.sql("""
                            insert into loket_reach_publication (trigger, run_on, actor, state)
                            values ('OFFICE', ?, ?, 'RUNNING') returning id""")
                    .params(today, actor.name()).query(Long.class).single());
            return run(id, today, actor, false);
        });
    }

    public Optional<Publication> latest() {
        return jdbc.sql(SELECT + " order by id desc limit 1").query(this::publication).optional();
    }

    public Optional<Publication> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::publication).optional();
    }

    private Publication run(long id, LocalDate today, Actor actor, boolean skipUnchanged) {
        List<Part> parts = new ArrayList<>();
        Reach.Figures figures = new Reach.Figures(List.of(), List.of(), 0, 0);
        boolean failed = false;
        try {
            figures = reach.compute(today, publishedYears());
            for (ReachFiles.Part part : ReachFiles.parts(figures, today)) {
                Part done = skipUnchanged && part.sha256().equals(lastImported(part)) ? unchanged(part)
                        : importPart(part, actor);
                failed |= done.state().equals("FAILED");
                parts.add(done);
            }
        } catch (RuntimeException e) {
            log.error("Publication {} of the Loket's reach failed", id, e);
            failed = true;
        }
        finish(id, failed ? "FAILED" : "DONE", figures, parts, actor);
        return byId(id).orElseThrow();
    }

    private Part importPart(ReachFiles.Part part, Actor actor) {
        ImportJob job = imports.run(part.request(), actor);
        if (job.state() != ImportJob.State.DONE) {
            String errors = String.join("; ", job.errors().stream().limit(3).map(ImportJob.Error::message).toList());
            return new Part(part.indicator(), part.provisional(), part.schoolYears(), part.sha256(), job.id(), "FAILED",
                    0, 0, 0, (job.message() == null ? "" : job.message() + " ") + errors);
        }
        return new Part(part.indicator(), part.provisional(), part.schoolYears(), part.sha256(), job.id(), "IMPORTED",
                job.cellsInserted(), job.cellsRevised(), job.cellsUnchanged(), null);
    }

    private static Part unchanged(ReachFiles.Part part) {
        return new Part(part.indicator(), part.provisional(), part.schoolYears(), part.sha256(), null, "UNCHANGED", 0,
                0, 0, null);
    }

    /** The hash of the file last imported (or found unchanged) for this part, or null. */
    private String lastImported(ReachFiles.Part part) {
        return jdbc.sql("""
                        select p ->> 'sha256' from loket_reach_publication r cross join jsonb_array_elements(r.parts) p
                         where p ->> 'indicator' = ? and (p ->> 'provisional')::boolean = ?
                           and p ->> 'state' in ('IMPORTED', 'UNCHANGED')
                         order by r.id desc limit 1""")
                .params(part.indicator(), part.provisional()).query(String.class).optional().orElse(null);
    }

    /** Every school year a publication has named: they are published again, as zeros where nothing is left. */
    private List<String> publishedYears() {
        return jdbc.sql("select distinct unnest(school_years) from loket_reach_publication").query(String.class).list();
    }

    private void finish(long id, String state, Reach.Figures figures, List<Part> parts, Actor actor) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                            update loket_reach_publication set state = ?, school_years = ?, parts = ?::jsonb,
                                   unplaced_schools = ?, unplaced_companies = ?, finished_at = now() where id = ?""")
                    .params(state, figures.schoolYears().toArray(String[]::new), Json.MAPPER.writeValueAsString(parts),
                            figures.unplacedSchools(), figures.unplacedCompanies(), id)
                    .update();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("state", state);
            summary.put("schoolYears", figures.schoolYears());
            summary.put("imported", parts.stream().filter(p -> p.state().equals("IMPORTED")).map(Part::importJob)
                    .toList());
            summary.put("unchanged", parts.stream().filter(p -> p.state().equals("UNCHANGED")).count());
            summary.put("failed", parts.stream().filter(p -> p.state().equals("FAILED")).count());
            summary.put("unplacedSchools", figures.unplacedSchools());
            summary.put("unplacedCompanies", figures.unplacedCompanies());
            audit.record(actor, "loket.reach.publish", "loket_reach_publication", String.valueOf(id), null, summary);
        });
    }

    /** Runs {@code work} holding the publication lock; empty when another publication holds it. */
    private Optional<Publication> underLock(Supplier<Publication> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!lock(connection, "select pg_try_advisory_lock(?)")) {
                return Optional.empty();
            }
            try {
                endAbandoned();
                return Optional.ofNullable(work.get());
            } finally {
                lock(connection, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The Loket's publication lock", e);
        }
    }

    /**
     * Publications run only under the lock, which this instance now holds: a publication still RUNNING was left
     * by a platform that died while running it. It ends FAILED with a message (its imports are all-or-nothing, so
     * each part is in the monitor whole or not at all).
     */
    private void endAbandoned() {
        List<Long> ended = jdbc.sql("""
                        update loket_reach_publication set state = 'FAILED', finished_at = now()
                        where state = 'RUNNING' returning id""")
                .query(Long.class).list();
        if (!ended.isEmpty()) {
            log.warn("Reach publications {} were left RUNNING by a platform that stopped; marked FAILED", ended);
        }
    }

    private static boolean lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static final String SELECT = """
            select id, trigger, run_on, actor, state, school_years, parts::text, unplaced_schools, unplaced_companies,
                   started_at, finished_at
              from loket_reach_publication""";

    private Publication publication(ResultSet rs, int row) throws SQLException {
        return new Publication(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), List.of((String[]) rs.getArray(6).getArray()),
                Json.MAPPER.readValue(rs.getString(7), PARTS), rs.getInt(8), rs.getInt(9),
                rs.getObject(10, OffsetDateTime.class), rs.getObject(11, OffsetDateTime.class));
    }
}
