package nl.techniekpact.pact.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.techniekpact.pact.Editions;
import nl.techniekpact.pact.PactItems;
import nl.techniekpact.pact.PactSearch;
import nl.techniekpact.pact.PactViews;
import nl.techniekpact.pact.PactViews.ActionDetail;
import nl.techniekpact.pact.PactViews.EditionTree;
import nl.techniekpact.pact.PactViews.Owner;
import nl.techniekpact.pact.PactViews.RegionDetail;
import nl.techniekpact.pact.Partners;
import nl.techniekpact.pact.Regions;
import nl.techniekpact.shared.StatusColour;
import nl.techniekpact.system.CsvResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The open data API of the pact registry. Identifiers are stable: {@code 2013-A17}, {@code 2016-G01},
 * {@code 2018-T1}, region codes {@code NL01}, {@code TL01}, {@code PV27}. Tabular resources also come as CSV
 * with {@code ?format=csv}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pact registry", description = "Editions, actions, goals, themes, partners, regions and search")
class PactApiController {

    private static final int SEARCH_LIMIT = 100;

    private final Editions editions;
    private final PactItems items;
    private final Partners partners;
    private final Regions regions;
    private final PactSearch search;

    PactApiController(Editions editions, PactItems items, Partners partners, Regions regions, PactSearch search) {
        this.editions = editions;
        this.items = items;
        this.partners = partners;
        this.regions = regions;
        this.search = search;
    }

    @Operation(summary = "All editions of the pact with counts and current status counts")
    @GetMapping("/editions")
    ResponseEntity<?> editions(@Parameter(description = "json (default) or csv") @RequestParam(defaultValue = "json")
                               String format) {
        var all = editions.summaries();
        if (isCsv(format)) {
            List<String> header = new ArrayList<>(List.of("year", "title", "kind", "predecessor", "lines", "themes",
                    "goals", "actions"));
            for (StatusColour colour : StatusColour.values()) {
                header.add("status_" + colour.name().toLowerCase());
            }
            return CsvResponse.of("editions.csv", header, all.stream().<List<?>>map(e -> {
                List<Object> row = new ArrayList<>(List.of(e.year(), e.title(), e.kind(),
                        e.predecessor() == null ? "" : e.predecessor(), e.lines(), e.themes(), e.goals(), e.actions()));
                for (StatusColour colour : StatusColour.values()) {
                    row.add(e.statusCounts().get(colour));
                }
                return row;
            }).toList());
        }
        return ResponseEntity.ok(all);
    }

    @Operation(summary = "One edition as a tree: lines or themes → goals → actions → sub-items, with owners, "
            + "status reports and evidence links; as CSV one row per goal or action")
    @GetMapping("/editions/{year}")
    ResponseEntity<?> edition(@PathVariable int year, @RequestParam(defaultValue = "json") String format) {
        EditionTree tree = editions.tree(year).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        if (isCsv(format)) {
            List<List<?>> rows = new ArrayList<>();
            tree.lines().forEach(line -> {
                line.goals().forEach(g -> rows.add(List.of("goal", g.id(), line.code(), g.number(), g.title(), "",
                        "", owners(g.owners()))));
                line.actions().forEach(a -> rows.add(actionRow(a, line.code())));
            });
            tree.themes().forEach(t -> {
                rows.add(List.of("theme", t.id(), "", t.number(), t.title(), "", "", ""));
                t.actions().forEach(a -> rows.add(actionRow(a, t.id())));
            });
            return CsvResponse.of("edition-" + year + ".csv",
                    List.of("type", "id", "line_or_theme", "number", "title", "status", "status_round", "owners"), rows);
        }
        return ResponseEntity.ok(tree);
    }

    @Operation(summary = "One action with sub-items, owners, evidence links and its whole status history")
    @GetMapping("/actions/{id}")
    ActionDetail action(@PathVariable String id) {
        return items.action(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    @Operation(summary = "All partners: signatories with representatives, and organisations named as owners")
    @GetMapping("/partners")
    ResponseEntity<?> partners(@RequestParam(defaultValue = "json") String format) {
        var all = partners.all();
        if (isCsv(format)) {
            return CsvResponse.of("partners.csv", List.of("id", "name", "short_name", "category", "signatory",
                    "representatives", "owns"), all.stream().<List<?>>map(p -> List.of(p.id(), p.name(),
                    p.shortName() == null ? "" : p.shortName(), p.category(), p.signatory(),
                    p.representatives().stream().map(r -> r.function() == null ? r.name() : r.name() + " ("
                            + r.function() + ")").collect(Collectors.joining("; ")),
                    p.owns().stream().map(PactViews.ItemRef::id).collect(Collectors.joining(" ")))).toList());
        }
        return ResponseEntity.ok(all);
    }

    @Operation(summary = "All regions: the Netherlands, Techniekpact landsdelen, provinces and sub-regions")
    @GetMapping("/regions")
    ResponseEntity<?> regions(@RequestParam(defaultValue = "json") String format) {
        var all = regions.all();
        if (isCsv(format)) {
            return CsvResponse.of("regions.csv", List.of("code", "name", "type", "parent"), all.stream()
                    .<List<?>>map(r -> List.of(r.code(), r.name(), r.type(), r.parentCode() == null ? ""
                            : r.parentCode())).toList());
        }
        return ResponseEntity.ok(all);
    }

    @Operation(summary = "One region with its agenda, regional progress and examples")
    @GetMapping("/regions/{code}")
    RegionDetail region(@PathVariable String code) {
        return regions.region(code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    @Operation(summary = "Full-text search over all pact text (Dutch, accent-insensitive); snippets mark hits "
            + "with <mark> in escaped HTML")
    @GetMapping("/search")
    ResponseEntity<?> search(@RequestParam String q, @RequestParam(defaultValue = "json") String format) {
        var hits = search.search(q, SEARCH_LIMIT);
        if (isCsv(format)) {
            return CsvResponse.of("search.csv", List.of("type", "id", "title", "path", "snippet", "rank"),
                    hits.stream().<List<?>>map(h -> List.of(h.type(), h.id(), h.title(), h.path(),
                            PactSearch.plain(h.snippet()), h.rank())).toList());
        }
        return ResponseEntity.ok(hits);
    }

    private static List<?> actionRow(ActionDetail a, String group) {
        return List.of("action", a.id(), group, a.number(), a.label(),
                a.currentStatus() == null ? "" : a.currentStatus().colour().name(),
                a.currentStatus() == null ? "" : a.currentStatus().round(), owners(a.owners()));
    }

    private static String owners(List<Owner> owners) {
        return owners.stream().map(Owner::partnerId).collect(Collectors.joining(" "));
    }

    private static boolean isCsv(String format) {
        if ("csv".equalsIgnoreCase(format)) {
            return true;
        }
        if ("json".equalsIgnoreCase(format)) {
            return false;
        }
        throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                "format must be json or csv");
    }
}
