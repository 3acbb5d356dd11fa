package nl.techniekpact.loket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.techniekpact.loket.matching.ActivityType;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.Monitor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Loket's reach, per school year (1 August to 31 July) and municipality, as the monitor's indicators count it:
 * schools with at least one held activity over the schools in the DUO register (per level po, vo, mbo: the
 * location's register), schools active, companies active (technical or not) and activities per kind. A school
 * counts in its own municipality, a company in the municipality of its address. Figures are counts per
 * municipality — numerators and denominators, never shares — so the monitor sums them to every region above.
 *
 * <p>An activity is held when its state is HELD or CLOSED and it has the day it was held on; the school year is
 * that day's. The denominator is the register as the Loket holds it today, plus the locations that have left the
 * register since but held an activity in that school year, so a share never exceeds 100%.
 *
 * <p>Every municipality the monitor knows that has a school or company gets a figure for every cell, zeros
 * included: a figure that drops to zero (an activity re-dated, a company moved) replaces the old one instead of
 * leaving it standing. Schools and companies in a municipality the monitor does not know are left out and counted.
 */
@Service
@Transactional(readOnly = true)
public class Reach {

    public static final String SCHOOLS_REACHED = "loket-scholen-bereikt";
    public static final String SCHOOLS_ACTIVE = "loket-scholen-actief";
    public static final String COMPANIES_ACTIVE = "loket-bedrijven-actief";
    public static final String ACTIVITIES = "loket-activiteiten";
    public static final List<String> INDICATORS = List.of(SCHOOLS_REACHED, SCHOOLS_ACTIVE, COMPANIES_ACTIVE,
            ACTIVITIES);

    /** Breakdown dimension of each indicator, as the monitor's definition names it. */
    public static final Map<String, String> DIMENSIONS = Map.of(SCHOOLS_REACHED, "niveau", SCHOOLS_ACTIVE, "niveau",
            COMPANIES_ACTIVE, "technisch", ACTIVITIES, "activiteit");

    static final List<String> REGISTERS = List.of("PO", "VO", "MBO");

    /**
     * One figure: for an indicator, a municipality ({@code GM0363}), a school year ({@code 2025-2026}) and a value
     * of the indicator's breakdown dimension, the count (for a share: the numerator) and, for a share, the
     * denominator (else null).
     */
    public record Figure(String indicator, String municipality, String schoolYear, String cell, long count,
                         Long denominator) {
    }

    /**
     * The figures of the given school years, oldest first, in a fixed order (indicator, school year, municipality,
     * cell); how many schools and active companies lie in a municipality the monitor does not know.
     */
    public record Figures(List<String> schoolYears, List<Figure> figures, int unplacedSchools,
                          int unplacedCompanies) {
    }

    private final JdbcClient jdbc;
    private final Monitor monitor;

    Reach(JdbcClient jdbc, Monitor monitor) {
        this.jdbc = jdbc;
        this.monitor = monitor;
    }

    /** A held activity with what the figures need of its school and company. */
    private record Held(LocalDate heldOn, String type, long school, String register, String schoolMunicipality,
                        boolean inRegister, long company, String companyMunicipality, boolean technical) {
    }

    /**
     * The figures of the running school year of {@code today}, of every earlier school year with a held activity,
     * and of {@code alsoYears} (school years published before, so figures that have dropped to zero are
     * published as zero). School years after the running one are never computed.
     */
    public Figures compute(LocalDate today, Collection<String> alsoYears) {
        String running = SchoolYears.of(today);
        LocalDate lastDay = SchoolYears.start(running).plusYears(1).minusDays(1);
        List<Held> held = held(lastDay);
        Set<String> years = new TreeSet<>(alsoYears);
        years.add(running);
        held.forEach(h -> years.add(SchoolYears.of(h.heldOn())));
        years.removeIf(y -> y.compareTo(running) > 0 || !y.matches("\\d{4}-\\d{4}"));

        Set<String> known = new HashSet<>();
        monitor.geographies(Geography.Kind.MUNICIPALITY).forEach(g -> known.add(g.code()));
        Map<String, Map<String, Long>> register = registerCounts();
        Set<String> municipalities = new TreeSet<>(jdbc.sql("""
                        select municipality_code from loket_school where municipality_code is not null
                        union select municipality_code from loket_company where municipality_code is not null""")
                .query(String.class).list());
        municipalities.retainAll(known);

        Counter counter = new Counter();
        Set<Long> unplacedSchools = new HashSet<>();
        Set<Long> unplacedCompanies = new HashSet<>();
        for (Held h : held) {
            String year = SchoolYears.of(h.heldOn());
            if (!years.contains(year)) {
                continue;
            }
            if (known.contains(h.schoolMunicipality())) {
                counter.school(year, h.schoolMunicipality(), h.register(), h.school(), h.inRegister());
                counter.activity(year, h.schoolMunicipality(), slug(h.type()));
            } else {
                unplacedSchools.add(h.school());
            }
            if (known.contains(h.companyMunicipality())) {
                counter.company(year, h.companyMunicipality(), h.technical() ? "ja" : "nee", h.company());
            } else {
                unplacedCompanies.add(h.company());
            }
        }
        jdbc.sql("select id, municipality_code from loket_school where in_register").query(rs -> {
            if (!known.contains(rs.getString(2))) {
                unplacedSchools.add(rs.getLong(1));
            }
        });

        Set<String> types = new TreeSet<>();
        for (ActivityType type : ActivityType.values()) {
            types.add(slug(type.name()));
        }
        types.addAll(counter.types());
        List<Figure> figures = new ArrayList<>();
        for (String year : years) {
            for (String m : municipalities) {
                for (String reg : REGISTERS) {
                    long reached = counter.reached(year, m, reg);
                    long denominator = register.getOrDefault(m, Map.of()).getOrDefault(reg, 0L)
                            + counter.reachedOutsideRegister(year, m, reg);
                    String level = reg.toLowerCase(Locale.ROOT);
                    figures.add(new Figure(SCHOOLS_REACHED, m, year, level, reached, denominator));
                    figures.add(new Figure(SCHOOLS_ACTIVE, m, year, level, reached, null));
                }
                for (String technical : List.of("ja", "nee")) {
                    figures.add(new Figure(COMPANIES_ACTIVE, m, year, technical, counter.companies(year, m, technical),
                            null));
                }
                for (String type : types) {
                    figures.add(new Figure(ACTIVITIES, m, year, type, counter.activities(year, m, type), null));
                }
            }
        }
        figures.sort(Comparator.comparing((Figure f) -> INDICATORS.indexOf(f.indicator()))
                .thenComparing(Figure::schoolYear).thenComparing(Figure::municipality).thenComparing(Figure::cell));
        return new Figures(List.copyOf(years), List.copyOf(figures), unplacedSchools.size(),
                unplacedCompanies.size());
    }

    /** {@code HYBRID_TEACHING} → {@code hybrid-teaching}: the value of the monitor's {@code activiteit} dimension. */
    static String slug(String type) {
        return type.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private List<Held> held(LocalDate lastDay) {
        return jdbc.sql("""
                        select a.held_on, a.activity_type, s.id, s.register, s.municipality_code, s.in_register,
                               c.id, c.municipality_code, coalesce(c.technical_override, sbi.technical)
                          from loket_activity a join loket_school s on s.id = a.school_id
                          join loket_company c on c.id = a.company_id
                          join loket_sbi_code sbi on sbi.code = c.sbi_code
                         where a.state in ('HELD', 'CLOSED') and a.held_on is not null and a.held_on <= ?""")
                .param(lastDay)
                .query((rs, n) -> new Held(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getLong(7), rs.getString(8),
                        rs.getBoolean(9)))
                .list();
    }

    /** Locations in the register now, per municipality and register. */
    private Map<String, Map<String, Long>> registerCounts() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql("""
                        select municipality_code, register, count(*) from loket_school
                         where in_register and municipality_code is not null group by municipality_code, register""")
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return counts;
    }

    /** Distinct schools and companies, and activities, per school year, municipality and cell. */
    private static final class Counter {

        private final Map<String, Set<Long>> schools = new HashMap<>();
        private final Map<String, Set<Long>> outsideRegister = new HashMap<>();
        private final Map<String, Set<Long>> companies = new HashMap<>();
        private final Map<String, Long> activities = new HashMap<>();
        private final Set<String> types = new TreeSet<>();

        void school(String year, String municipality, String register, long school, boolean inRegister) {
            String key = year + "|" + municipality + "|" + register;
            schools.computeIfAbsent(key, k -> new HashSet<>()).add(school);
            if (!inRegister) {
                outsideRegister.computeIfAbsent(key, k -> new HashSet<>()).add(school);
            }
        }

        void company(String year, String municipality, String technical, long company) {
            companies.computeIfAbsent(year + "|" + municipality + "|" + technical, k -> new HashSet<>()).add(company);
        }

        void activity(String year, String municipality, String type) {
            types.add(type);
            activities.merge(year + "|" + municipality + "|" + type, 1L, Long::sum);
        }

        long reached(String year, String municipality, String register) {
            return schools.getOrDefault(year + "|" + municipality + "|" + register, Set.of()).size();
        }

        long reachedOutsideRegister(String year, String municipality, String register) {
            return outsideRegister.getOrDefault(year + "|" + municipality + "|" + register, Set.of()).size();
        }

        long companies(String year, String municipality, String technical) {
            return companies.getOrDefault(year + "|" + municipality + "|" + technical, Set.of()).size();
        }

        long activities(String year, String municipality, String type) {
            return activities.getOrDefault(year + "|" + municipality + "|" + type, 0L);
        }

        Set<String> types() {
            return types;
        }
    }
}
