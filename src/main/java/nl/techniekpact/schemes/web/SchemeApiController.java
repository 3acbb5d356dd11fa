package nl.techniekpact.schemes.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.techniekpact.schemes.Applicant;
import nl.techniekpact.schemes.ApplicationWindow;
import nl.techniekpact.schemes.Fact;
import nl.techniekpact.schemes.Purpose;
import nl.techniekpact.schemes.Scheme;
import nl.techniekpact.schemes.SchemeLevel;
import nl.techniekpact.schemes.SchemeStatus;
import nl.techniekpact.schemes.Schemes;
import nl.techniekpact.schemes.Sourced;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The schemes catalogue as open data: the list with the pages' filters, and one scheme with every fact. */
@RestController
@RequestMapping("/api/v1/schemes")
@Tag(name = "Schemes", description = "The catalogue of schemes (regelingen) for lifelong learning: who may apply, "
        + "for what, amounts and rates as their sources state them, application windows; every fact with its "
        + "source and date, a fact no source states is absent. Status is computed for today's date.")
class SchemeApiController {

    private final Schemes schemes;

    SchemeApiController(Schemes schemes) {
        this.schemes = schemes;
    }

    record Summary(String slug, String name, String abbreviation, String organiser, SchemeLevel level,
                   SchemeStatus status, LocalDate nextDeadline, List<Applicant> applicants, List<Purpose> purposes) {
    }

    record ListAnswer(LocalDate today, int count, List<Summary> items) {
    }

    record Window(int position, String label, LocalDate opens, LocalDate closes, String opensStated,
                  String closesStated, boolean ongoing, String budgetStated, java.math.BigDecimal budget,
                  SchemeStatus status, String source, LocalDate sourceDate) {
    }

    record Detail(String slug, String name, String abbreviation, String organiser, SchemeLevel level,
                  String officialUrl, String successor, LocalDate endedOn, String origin, String source,
                  LocalDate sourceDate, LocalDate today, SchemeStatus status, LocalDate nextDeadline,
                  Map<Fact, Sourced> facts, Map<Applicant, Sourced> applicants, Map<Purpose, Sourced> purposes,
                  List<Window> windows) {
    }

    record Problem(String title, String parameter) {
    }

    @Operation(summary = "The schemes, open first, then announced, by next closing date",
            description = "Filters as on /regelingen; an unknown filter value is answered with 400.")
    @GetMapping
    ListAnswer list(@Parameter(description = "who may apply: INDIVIDUAL, EMPLOYER, EMPLOYER_SME, EMPLOYER_LARGE, "
                            + "PARTNERSHIP, SCHOOL, KNOWLEDGE_INSTITUTION, SECTOR_FUND, GOVERNMENT, FOUNDATION")
                    @RequestParam(required = false) String who,
                    @Parameter(description = "what for: TRAINING, CAREER_ADVICE, RETRAINING_TECH_ICT, "
                            + "PRACTICAL_LEARNING, PARTNERSHIP") @RequestParam(required = false) String what,
                    @Parameter(description = "NATIONAL, PROVINCE, REGION, SECTOR, EUROPEAN")
                    @RequestParam(required = false) String level,
                    @Parameter(description = "ANNOUNCED, OPEN, CLOSED, ENDED, UNKNOWN")
                    @RequestParam(required = false) String status) {
        LocalDate today = schemes.today();
        List<Summary> items = schemes.find(SchemeFilters.strict(who, what, level, status)).stream()
                .map(s -> new Summary(s.slug(), s.name(), s.abbreviation(), s.organiser(), s.level(), s.status(today),
                        s.nextDeadline(today).orElse(null), s.applicants().keySet().stream().sorted().toList(),
                        s.purposes().keySet().stream().sorted().toList()))
                .toList();
        return new ListAnswer(today, items.size(), items);
    }

    @Operation(summary = "One scheme: every fact with its source and date, its windows with their status")
    @GetMapping("/{slug}")
    Detail scheme(@Parameter(description = "the scheme's address name, as in /regelingen/{slug}") @PathVariable String slug) {
        Scheme s = schemes.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = schemes.today();
        List<Window> windows = s.windows().stream().map((ApplicationWindow w) -> new Window(w.position(), w.label(),
                w.opens(), w.closes(), w.opensStated(), w.closesStated(), w.ongoing(), w.budgetStated(), w.budget(),
                w.status(today), w.source(), w.sourceDate())).toList();
        return new Detail(s.slug(), s.name(), s.abbreviation(), s.organiser(), s.level(), s.officialUrl(),
                s.successorSlug(), s.endedOn(), s.origin(), s.source(), s.sourceDate(), today, s.status(today),
                s.nextDeadline(today).orElse(null), new TreeMap<>(s.facts()), new TreeMap<>(s.applicants()),
                new TreeMap<>(s.purposes()), windows);
    }

    @ExceptionHandler(SchemeFilters.Unknown.class)
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.BAD_REQUEST)
    Problem unknownFilter(SchemeFilters.Unknown e) {
        return new Problem("Unknown filter value", e.getMessage());
    }
}
