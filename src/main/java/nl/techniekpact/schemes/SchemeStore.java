package nl.techniekpact.schemes;

import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes schemes with everything they hold, raises the scheme's {@code lock_version} and appends each version
 * written to the history ({@link SchemeHistory}); the caller owns the transaction.
 */
@Component
class SchemeStore {

    /** A scheme as stored now, with the version a change must be based on. */
    record Current(SchemeState state, int version) {
    }

    private final JdbcClient jdbc;
    private final Schemes schemes;
    private final SchemeHistory history;

    SchemeStore(JdbcClient jdbc, Schemes schemes, SchemeHistory history) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.history = history;
    }

    /** The stored scheme; {@code lock} also locks its row until the transaction ends. */
    Optional<Current> current(String slug, boolean lock) {
        record Row(String region, int version) {
        }
        Optional<Row> row = jdbc.sql("select region_code, lock_version from scheme where slug = ?"
                        + (lock ? " for update" : ""))
                .param(slug).query((rs, n) -> new Row(rs.getString(1), rs.getInt(2))).optional();
        return row.flatMap(r -> schemes.bySlug(slug).map(s -> new Current(new SchemeState(s, r.region()),
                r.version())));
    }

    /** Writes a reviewed change whole (with its region) and returns the scheme's new version. */
    int apply(SchemeState state) {
        Scheme scheme = state.scheme();
        Object[] row = row(scheme);
        Object[] params = java.util.Arrays.copyOf(row, row.length + 1);
        params[row.length] = state.regionCode();
        record Written(long id, int version) {
        }
        Written written = jdbc.sql("""
                        insert into scheme (slug, name, abbreviation, organiser, level, official_url, successor_slug,
                                            ended_on, origin, source, source_date, region_code)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (slug) do update set name = excluded.name, abbreviation = excluded.abbreviation,
                            organiser = excluded.organiser, level = excluded.level,
                            official_url = excluded.official_url, successor_slug = excluded.successor_slug,
                            ended_on = excluded.ended_on, origin = excluded.origin, source = excluded.source,
                            source_date = excluded.source_date, region_code = excluded.region_code,
                            lock_version = scheme.lock_version + 1, updated_at = now()
                        returning id, lock_version""")
                .params(params).query((rs, n) -> new Written(rs.getLong(1), rs.getInt(2))).single();
        deleteParts(written.id());
        writeParts(written.id(), scheme);
        return written.version();
    }

    /** Inserts a scheme that is not there yet; false (and nothing written) when its slug is taken. */
    boolean insertIfAbsent(Scheme scheme) {
        Long id = jdbc.sql("""
                        insert into scheme (slug, name, abbreviation, organiser, level, official_url, successor_slug,
                                            ended_on, origin, source, source_date)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (slug) do nothing returning id""")
                .params(row(scheme)).query(Long.class).optional().orElse(null);
        if (id == null) {
            return false;
        }
        writeParts(id, scheme);
        history.record(null, new SchemeState(scheme, null), 0, kind(scheme), null, scheme.source(), null,
                SchemeHistory.People.NONE);
        return true;
    }

    /**
     * Inserts or replaces a scheme whole (its facts, applicants, purposes and windows; its region stays); true when
     * it was new. A scheme equal to the stored one is not written again (its version stays).
     */
    boolean replace(Scheme scheme) {
        SchemeState before = current(scheme.slug(), true).map(Current::state).orElse(null);
        boolean existed = before != null;
        SchemeState after = new SchemeState(scheme, existed ? before.regionCode() : null);
        if (after.equals(before)) {
            return false;
        }
        record Written(long id, int version) {
        }
        Written written = jdbc.sql("""
                        insert into scheme (slug, name, abbreviation, organiser, level, official_url, successor_slug,
                                            ended_on, origin, source, source_date)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (slug) do update set name = excluded.name, abbreviation = excluded.abbreviation,
                            organiser = excluded.organiser, level = excluded.level,
                            official_url = excluded.official_url, successor_slug = excluded.successor_slug,
                            ended_on = excluded.ended_on, origin = excluded.origin, source = excluded.source,
                            source_date = excluded.source_date, lock_version = scheme.lock_version + 1,
                            updated_at = now()
                        returning id, lock_version""")
                .params(row(scheme)).query((rs, n) -> new Written(rs.getLong(1), rs.getInt(2))).single();
        deleteParts(written.id());
        writeParts(written.id(), scheme);
        history.record(before, after, written.version(), kind(scheme), null, scheme.source(), null,
                SchemeHistory.People.NONE);
        return !existed;
    }

    private static String kind(Scheme scheme) {
        return "SEED".equals(scheme.origin()) ? "SEED" : "IMPORT";
    }

    private void deleteParts(long id) {
        for (String table : new String[] {"scheme_fact", "scheme_applicant", "scheme_purpose", "scheme_window"}) {
            jdbc.sql("delete from " + table + " where scheme_id = ?").param(id).update();
        }
    }

    private static Object[] row(Scheme s) {
        return new Object[] {s.slug(), s.name(), s.abbreviation(), s.organiser(),
                s.level() == null ? null : s.level().name(), s.officialUrl(), s.successorSlug(), s.endedOn(),
                s.origin(), s.source(), s.sourceDate()};
    }

    private void writeParts(long id, Scheme scheme) {
        scheme.facts().forEach((fact, v) -> jdbc.sql("""
                        insert into scheme_fact (scheme_id, fact, stated, amount, source, source_date)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, fact.name(), v.stated(), v.amount(), v.source(), v.sourceDate()).update());
        write(id, "scheme_applicant", "applicant", scheme.applicants());
        write(id, "scheme_purpose", "purpose", scheme.purposes());
        for (ApplicationWindow w : scheme.windows()) {
            jdbc.sql("""
                            insert into scheme_window (scheme_id, position, label, opens, closes, opens_stated,
                                                       closes_stated, ongoing, budget_stated, budget, source,
                                                       source_date)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, w.position(), w.label(), w.opens(), w.closes(), w.opensStated(), w.closesStated(),
                            w.ongoing(), w.budgetStated(), w.budget(), w.source(), w.sourceDate()).update();
        }
    }

    private void write(long id, String table, String column, Map<? extends Enum<?>, Sourced> values) {
        values.forEach((key, v) -> jdbc.sql("insert into " + table + " (scheme_id, " + column
                        + ", stated, source, source_date) values (?, ?, ?, ?, ?)")
                .params(id, key.name(), v.stated(), v.source(), v.sourceDate()).update());
    }
}
