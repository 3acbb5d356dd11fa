package nl.techniekpact.schemes;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes schemes with everything they hold; the caller owns the transaction. */
@Component
class SchemeStore {

    private final JdbcClient jdbc;

    SchemeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return true;
    }

    /** Inserts or replaces a scheme whole (its facts, applicants, purposes and windows); true when it was new. */
    boolean replace(Scheme scheme) {
        boolean existed = jdbc.sql("select count(*) from scheme where slug = ?").param(scheme.slug())
                .query(Integer.class).single() > 0;
        long id = jdbc.sql("""
                        insert into scheme (slug, name, abbreviation, organiser, level, official_url, successor_slug,
                                            ended_on, origin, source, source_date)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (slug) do update set name = excluded.name, abbreviation = excluded.abbreviation,
                            organiser = excluded.organiser, level = excluded.level,
                            official_url = excluded.official_url, successor_slug = excluded.successor_slug,
                            ended_on = excluded.ended_on, origin = excluded.origin, source = excluded.source,
                            source_date = excluded.source_date, updated_at = now()
                        returning id""")
                .params(row(scheme)).query(Long.class).single();
        for (String table : new String[] {"scheme_fact", "scheme_applicant", "scheme_purpose", "scheme_window"}) {
            jdbc.sql("delete from " + table + " where scheme_id = ?").param(id).update();
        }
        writeParts(id, scheme);
        return !existed;
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
