package nl.techniekpact.loket.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.techniekpact.loket.Listings;
import nl.techniekpact.loket.LoketSearch;
import nl.techniekpact.loket.OpenReach;
import nl.techniekpact.loket.matching.ActivityType;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.loket.matching.Venue;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.system.CsvResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Loket's open data: published offers and requests (never a person's name, e-mail address or telephone
 * number: of a listing only what the public page shows, and of its party the name and place of the company or
 * school) and the reach the monitor holds, anonymised. Each also as CSV with {@code ?format=csv}.
 */
@RestController
@RequestMapping("/api/v1/loket")
@Tag(name = "Loket", description = "Published offers and requests of the Loket, and its reach among schools")
class LoketApiController {

    private final LoketSearch search;
    private final OpenReach reach;
    private final Clock clock;

    LoketApiController(LoketSearch search, OpenReach reach, Clock clock) {
        this.search = search;
        this.reach = reach;
        this.clock = clock;
    }

    /** The party of a listing: the company (offers) or school location (requests), never a person. */
    record Party(String name, String place) {
    }

    /** A published listing as open data. {@code from}/{@code until}: the dates it is for, where given. */
    record ListingItem(long id, String side, String title, ActivityType type, Set<Level> levels, Set<String> subjects,
                       Set<String> themes, Set<Venue> venues, LocalDate from, LocalDate until, Integer capacity,
                       Integer placesLeft, Party party) {

        static ListingItem of(Listings.Listing l) {
            return new ListingItem(l.id(), l.side(), l.title(), l.type(), l.levels(), l.subjects(), l.themes(),
                    l.venues(), l.from(), l.until(), l.capacity(), l.placesLeft(), new Party(l.partyName(), l.place()));
        }
    }

    /** One page (20 listings) of the result, newest first, with the total and the number of pages. */
    record ListingPage(int page, int pages, int total, List<ListingItem> items) {
    }

    @Operation(summary = "Published offers of companies, 20 a page, newest first",
            description = "Filters: type (GASTLES, BEDRIJFSBEZOEK, CAREER_DAY, DOCENTENSTAGE, PROJECT, "
                    + "HYBRID_TEACHING), level (PO, VMBO, HAVO, VWO, PRO, MBO), region (any region code that holds "
                    + "municipalities: PV26, AM18, GM0344 …), q (Dutch full text). No contact details.")
    @GetMapping("/offers")
    ResponseEntity<?> offers(@RequestParam(required = false) String type, @RequestParam(required = false) String level,
                             @RequestParam(required = false) String region, @RequestParam(required = false) String q,
                             @Parameter(description = "1, 2, …") @RequestParam(defaultValue = "1") String page,
                             @Parameter(description = "json (default) or csv") @RequestParam(defaultValue = "json")
                             String format) {
        return listings("OFFER", type, level, region, q, page, format);
    }

    @Operation(summary = "Published requests of schools, 20 a page, newest first",
            description = "Filters as for offers. The party is the school location (name and place), never a person.")
    @GetMapping("/requests")
    ResponseEntity<?> requests(@RequestParam(required = false) String type,
                               @RequestParam(required = false) String level,
                               @RequestParam(required = false) String region, @RequestParam(required = false) String q,
                               @RequestParam(defaultValue = "1") String page,
                               @RequestParam(defaultValue = "json") String format) {
        return listings("REQUEST", type, level, region, q, page, format);
    }

    @Operation(summary = "The Loket's reach among schools per school year, level and region, anonymised",
            description = "Schools with at least one activity held through the Loket in the school year (1 August "
                    + "to 31 July) over the schools in the DUO register, from summed counts, for every region of "
                    + "a kind (PROVINCE, LABOUR_MARKET_REGION, COROP, CBS_LANDSDEEL, TP_LANDSDEEL, MUNICIPALITY, "
                    + "COUNTRY …) or one region; with the number of companies active and of activities held. "
                    + "Regions with fewer than 5 schools in the register are withheld (suppressed). The figures "
                    + "are the monitor's indicators loket-scholen-bereikt, loket-bedrijven-actief and "
                    + "loket-activiteiten.")
    @GetMapping("/reach")
    ResponseEntity<?> reach(@Parameter(description = "2025-2026; default the newest with figures")
                            @RequestParam(required = false) String schoolYear,
                            @Parameter(description = "po, vo or mbo; default all levels together")
                            @RequestParam(required = false) String level,
                            @Parameter(description = "kind of region; default PROVINCE")
                            @RequestParam(defaultValue = "PROVINCE") String kind,
                            @Parameter(description = "one region (its kind applies)")
                            @RequestParam(required = false) String region,
                            @RequestParam(defaultValue = "json") String format) {
        boolean csv = isCsv(format);
        OpenReach.Table table = reach.table(schoolYear, level, kind(kind), region, LocalDate.now(clock));
        if (csv) {
            return CsvResponse.of("loket-reach-" + (table.schoolYear() == null ? "none" : table.schoolYear()) + ".csv",
                    List.of("school_year", "level", "kind", "region", "name", "schools_reached",
                            "schools_in_register", "share_percent", "suppressed", "companies_active", "activities",
                            "provisional"),
                    table.rows().stream().<List<?>>map(r -> List.of(table.schoolYear(),
                            table.level() == null ? "all" : table.level(), r.kind(), r.region(), r.name(),
                            blank(r.schoolsReached()), blank(r.schoolsInRegister()), blank(r.sharePercent()),
                            r.suppressed(), blank(r.companiesActive()), blank(r.activities()), table.provisional()))
                            .toList());
        }
        return ResponseEntity.ok(table);
    }

    private ResponseEntity<?> listings(String side, String type, String level, String region, String q, String page,
                                       String format) {
        boolean csv = isCsv(format);
        LoketSearch.Question question = new LoketSearch.Question(side, cut(q, 200), parse(ActivityType.class, type,
                "type"), parse(Level.class, level, "level"), cut(region, 20), null, null, null, null,
                page != null && page.matches("\\d{1,5}") ? Integer.parseInt(page) : 1);
        LoketSearch.Answer answer = search.search(question);
        List<ListingItem> items = answer.listings().stream().map(ListingItem::of).toList();
        if (csv) {
            List<List<?>> rows = new ArrayList<>();
            for (ListingItem i : items) {
                rows.add(List.of(i.id(), i.title(), i.type(), names(i.levels()), String.join(" ", i.subjects()),
                        String.join(" ", i.themes()), names(i.venues()), blank(i.from()), blank(i.until()),
                        blank(i.capacity()), blank(i.placesLeft()), i.party().name(), blank(i.party().place())));
            }
            return CsvResponse.of(("OFFER".equals(side) ? "loket-offers" : "loket-requests") + "-page-"
                            + answer.page() + ".csv", List.of("id", "title", "type", "levels", "subjects", "themes",
                            "venues", "from", "until", "capacity", "places_left", "party", "place"), rows);
        }
        return ResponseEntity.ok(new ListingPage(answer.page(), answer.pages(), answer.total(), items));
    }

    private static boolean isCsv(String format) {
        if ("csv".equalsIgnoreCase(format)) {
            return true;
        }
        if ("json".equalsIgnoreCase(format)) {
            return false;
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format must be json or csv");
    }

    private static Geography.Kind kind(String kind) {
        try {
            return Geography.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("kind", "loket.api.error.kind");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "loket.api.error." + field);
        }
    }

    private static String cut(String value, int max) {
        String text = value == null ? "" : value.strip();
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static String names(Set<? extends Enum<?>> values) {
        return String.join(" ", values.stream().map(Enum::name).toList());
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }
}
