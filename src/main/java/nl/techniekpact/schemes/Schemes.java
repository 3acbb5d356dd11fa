package nl.techniekpact.schemes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the catalogue. The whole catalogue is small (tens to a few hundred schemes), so it is read whole. */
@Service
public class Schemes {

    /** Filters of the catalogue; a null filter lets everything through. */
    public record Filter(Applicant who, Purpose what, SchemeLevel level, SchemeStatus status) {

        public static final Filter NONE = new Filter(null, null, null, null);

        boolean accepts(Scheme s, LocalDate today) {
            return (who == null || s.applicants().containsKey(who))
                    && (what == null || s.purposes().containsKey(what))
                    && (level == null || level == s.level())
                    && (status == null || status == s.status(today));
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Schemes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The schemes the filter lets through: open first, then announced, by next deadline, then by name. */
    public List<Scheme> find(Filter filter) {
        LocalDate today = today();
        return all().stream().filter(s -> filter.accepts(s, today))
                .sorted(Comparator.comparing((Scheme s) -> s.status(today))
                        .thenComparing(s -> s.nextDeadline(today).orElse(LocalDate.MAX))
                        .thenComparing(s -> s.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    public Optional<Scheme> bySlug(String slug) {
        if (slug == null || slug.length() > 100) {
            return Optional.empty();
        }
        return all().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public int count() {
        return jdbc.sql("select count(*) from scheme").query(Integer.class).single();
    }

    public List<Scheme> all() {
        Map<Long, Map<Fact, Sourced>> facts = new HashMap<>();
        Map<Long, Map<Applicant, Sourced>> applicants = new HashMap<>();
        Map<Long, Map<Purpose, Sourced>> purposes = new HashMap<>();
        Map<Long, List<ApplicationWindow>> windows = new HashMap<>();
        jdbc.sql("select scheme_id, fact, stated, amount, source, source_date from scheme_fact")
                .query((ResultSet rs) -> {
                    facts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Fact.class))
                            .put(Fact.valueOf(rs.getString(2)), new Sourced(rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
                                    rs.getObject(6, LocalDate.class)));
                });
        jdbc.sql("select scheme_id, applicant, stated, source, source_date from scheme_applicant")
                .query((ResultSet rs) -> {
                    applicants.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Applicant.class))
                            .put(Applicant.valueOf(rs.getString(2)), sourced(rs));
                });
        jdbc.sql("select scheme_id, purpose, stated, source, source_date from scheme_purpose")
                .query((ResultSet rs) -> {
                    purposes.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Purpose.class))
                            .put(Purpose.valueOf(rs.getString(2)), sourced(rs));
                });
        jdbc.sql("""
                        select scheme_id, position, label, opens, closes, opens_stated, closes_stated, ongoing,
                               budget_stated, budget, source, source_date
                        from scheme_window order by scheme_id, position""")
                .query((ResultSet rs) -> {
                    windows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ApplicationWindow(
                            rs.getInt(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                            rs.getString(9), rs.getBigDecimal(10), rs.getString(11),
                            rs.getObject(12, LocalDate.class)));
                });
        return jdbc.sql("""
                        select id, slug, name, abbreviation, organiser, level, official_url, successor_slug,
                               ended_on, origin, source, source_date
                        from scheme order by name""")
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    String level = rs.getString(6);
                    return new Scheme(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            level == null ? null : SchemeLevel.valueOf(level), rs.getString(7), rs.getString(8),
                            rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11),
                            rs.getObject(12, LocalDate.class), facts.getOrDefault(id, Map.of()),
                            applicants.getOrDefault(id, Map.of()), purposes.getOrDefault(id, Map.of()),
                            windows.getOrDefault(id, List.of()));
                }).list();
    }

    /** Columns 3 to 5: stated, source, source_date. */
    private static Sourced sourced(ResultSet rs) throws SQLException {
        return Sourced.text(rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class));
    }
}
