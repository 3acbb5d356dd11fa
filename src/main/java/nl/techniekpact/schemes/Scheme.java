package nl.techniekpact.schemes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scheme (regeling) as the catalogue holds it. {@code source}/{@code sourceDate} are those of the name,
 * abbreviation, organiser, level, official link, end date and successor; every other fact, applicant group,
 * purpose and window carries its own. A null or absent value is a fact no source states.
 *
 * @param origin    SEED (the platform's own data file) or IMPORT (an imported scheme list)
 * @param endedOn   the day after which the scheme ended, where a source says so
 */
public record Scheme(String slug, String name, String abbreviation, String organiser, SchemeLevel level,
                     String officialUrl, String successorSlug, LocalDate endedOn, String origin, String source,
                     LocalDate sourceDate, Map<Fact, Sourced> facts, Map<Applicant, Sourced> applicants,
                     Map<Purpose, Sourced> purposes, List<ApplicationWindow> windows) {

    public Scheme {
        facts = Map.copyOf(facts);
        applicants = Map.copyOf(applicants);
        purposes = Map.copyOf(purposes);
        windows = List.copyOf(windows);
    }

    public SchemeStatus status(LocalDate today) {
        return SchemeStatus.ofScheme(windows, endedOn, today);
    }

    /** The earliest closing day of a window that is open or announced today. */
    public Optional<LocalDate> nextDeadline(LocalDate today) {
        return windows.stream().filter(w -> w.closes() != null && !w.closes().isBefore(today))
                .map(ApplicationWindow::closes).min(Comparator.naturalOrder());
    }

    public Optional<Sourced> fact(Fact fact) {
        return Optional.ofNullable(facts.get(fact));
    }
}
