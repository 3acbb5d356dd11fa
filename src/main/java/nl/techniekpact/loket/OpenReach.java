package nl.techniekpact.loket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.techniekpact.monitor.Comparison;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.Monitor;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.stereotype.Service;

/**
 * The Loket's reach as open data, read from the monitor's published figures (so it agrees with the monitor, for
 * every kind of region): per school year, level and region the schools reached, the schools in the register and
 * the share, beside the number of companies active and of activities held. Anonymised: companies are only ever
 * counted; and a region with fewer than {@link #MINIMUM_SCHOOLS} schools in the register has its school figures
 * withheld, since a share of so few schools would all but name them.
 */
@Service
public class OpenReach {

    public static final int MINIMUM_SCHOOLS = 5;
    public static final String SUPPRESSION = "Cells with fewer than " + MINIMUM_SCHOOLS + " schools in the register"
            + " are withheld: suppressed is true and schoolsReached, schoolsInRegister and sharePercent are null."
            + " companiesActive and activities count every level together and are never withheld; no company is"
            + " ever named.";
    static final Set<String> LEVELS = Set.of("po", "vo", "mbo");

    /**
     * One region. {@code sharePercent}: schoolsReached / schoolsInRegister × 100, from summed counts; null (like
     * both counts) when {@code suppressed}, or when the monitor holds no figures for the region. Nulls are
     * written out, so every row has the same fields.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Row(String region, String name, Geography.Kind kind, Long schoolsReached, Long schoolsInRegister,
                      Double sharePercent, boolean suppressed, Long companiesActive, Long activities) {
    }

    /**
     * The reach in one school year ({@code 2025-2026}; null when nothing is published yet) for one level
     * ({@code po}, {@code vo}, {@code mbo}; null: all together) and kind of region. {@code provisional}: the running
     * school year, whose figures change until it ends.
     */
    public record Table(String schoolYear, String level, Geography.Kind kind, boolean provisional, int minimumSchools,
                        String suppression, List<Row> rows) {
    }

    private final Monitor monitor;

    OpenReach(Monitor monitor) {
        this.monitor = monitor;
    }

    /** The school years with published figures, oldest first ({@code 2025-2026}). */
    public List<String> schoolYears() {
        return monitor.periods(Reach.SCHOOLS_REACHED).stream().map(p -> p.replace('/', '-')).toList();
    }

    /**
     * The table for {@code schoolYear} (null: the newest), {@code level} (null or blank: all levels) and every
     * region of {@code kind}, or only {@code region} (any code, whose kind then applies).
     *
     * @throws InvalidInput for a school year, level or region that is not one
     */
    public Table table(String schoolYear, String level, Geography.Kind kind, String region, LocalDate today) {
        String chosenLevel = level == null || level.isBlank() ? null : level.strip().toLowerCase(java.util.Locale.ROOT);
        if (chosenLevel != null && !LEVELS.contains(chosenLevel)) {
            throw InvalidInput.of("level", "loket.api.error.level");
        }
        if (schoolYear != null && !schoolYear.isBlank() && !schoolYear.strip().matches("\\d{4}[-/]\\d{4}")) {
            throw InvalidInput.of("schoolYear", "loket.api.error.school-year");
        }
        Optional<Geography> only = Optional.empty();
        if (region != null && !region.isBlank()) {
            only = Optional.of(monitor.geography(region.strip().toUpperCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> InvalidInput.of("region", "loket.api.error.region")));
            kind = only.get().kind();
        }
        String year = schoolYear == null || schoolYear.isBlank() ? newest().orElse(null)
                : schoolYear.strip().replace('/', '-');
        if (year == null) {
            return new Table(null, chosenLevel, kind, false, MINIMUM_SCHOOLS, SUPPRESSION, List.of());
        }
        String period = ReachFiles.period(year);
        Map<String, String> filter = chosenLevel == null ? Map.of() : Map.of("niveau", chosenLevel);
        Comparison schools = monitor.comparison(Reach.SCHOOLS_REACHED, kind, period, filter);
        Map<String, Double> companies = values(monitor.comparison(Reach.COMPANIES_ACTIVE, kind, period, Map.of()));
        Map<String, Double> activities = values(monitor.comparison(Reach.ACTIVITIES, kind, period, Map.of()));
        List<Row> rows = new ArrayList<>();
        for (Comparison.Row r : schools.rows()) {
            Geography g = r.geography();
            if (only.isPresent() && !only.get().code().equals(g.code())) {
                continue;
            }
            boolean suppressed = r.denominator() != null && r.denominator() < MINIMUM_SCHOOLS;
            boolean shown = !suppressed && r.denominator() != null && r.numerator() != null;
            rows.add(new Row(g.code(), g.name(), g.kind(), shown ? Math.round(r.numerator()) : null,
                    shown ? Math.round(r.denominator()) : null, shown ? r.value() : null, suppressed,
                    whole(companies.get(g.code())), whole(activities.get(g.code()))));
        }
        rows.sort(Comparator.comparing(Row::region));
        return new Table(year, chosenLevel, kind, year.equals(SchoolYears.of(today)), MINIMUM_SCHOOLS, SUPPRESSION,
                List.copyOf(rows));
    }

    private Optional<String> newest() {
        List<String> years = schoolYears();
        return years.isEmpty() ? Optional.empty() : Optional.of(years.getLast());
    }

    private static Map<String, Double> values(Comparison comparison) {
        Map<String, Double> values = new HashMap<>();
        comparison.rows().forEach(r -> values.put(r.geography().code(), r.value()));
        return values;
    }

    private static Long whole(Double value) {
        return value == null ? null : Math.round(value);
    }
}
