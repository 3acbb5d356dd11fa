package nl.techniekpact.rounds.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.pact.Editions;
import nl.techniekpact.pact.PactItems;
import nl.techniekpact.pact.Regions;
import nl.techniekpact.rounds.ReportingRounds;
import nl.techniekpact.rounds.RoundTasks;
import nl.techniekpact.rounds.RoundViews.NewRound;
import nl.techniekpact.rounds.RoundViews.Task;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The programme office: open and close rounds, follow their progress, review updates. */
@Controller
class OfficeRoundsController {

    private final ReportingRounds rounds;
    private final RoundCsv roundCsv;
    private final RoundTasks tasks;
    private final CurrentUsers users;
    private final Editions editions;
    private final PactItems items;
    private final Regions regions;
    private final nl.techniekpact.pact.PactRefs refs;

    OfficeRoundsController(ReportingRounds rounds, RoundCsv roundCsv, RoundTasks tasks, CurrentUsers users,
                           Editions editions, PactItems items, Regions regions, nl.techniekpact.pact.PactRefs refs) {
        this.refs = refs;
        this.rounds = rounds;
        this.roundCsv = roundCsv;
        this.tasks = tasks;
        this.users = users;
        this.editions = editions;
        this.items = items;
        this.regions = regions;
    }

    @GetMapping("/office/rounds")
    String list(Model model) {
        model.addAttribute("form", Map.of());
        return listPage(model);
    }

    /**
     * Opens a round over the chosen items ({@code itemIds}, or every item of an edition ticked under
     * {@code editions}) and regions. Items nobody can report on are listed first and opened only when the office
     * confirms ({@code confirm}).
     */
    @PostMapping("/office/rounds")
    String open(@RequestParam MultiValueMap<String, String> params, Model model) {
        List<String> editionsTicked = params.getOrDefault("editions", List.of());
        var all = refs.reportableItems();
        List<String> itemIds = new java.util.ArrayList<>(params.getOrDefault("itemIds", List.of()));
        itemIds.addAll(params.getOrDefault("actionIds", List.of())); // the name of the field before 2016 and 2018
        all.stream().filter(i -> editionsTicked.contains(Integer.toString(i.editionYear()))).forEach(i -> itemIds.add(i.id()));
        Map<String, String> partners = new java.util.LinkedHashMap<>();
        params.forEach((key, values) -> {
            if (key.startsWith("reportingPartner.") && !values.isEmpty()) {
                partners.put(key.substring("reportingPartner.".length()), values.get(0));
            }
        });
        NewRound form = new NewRound(params.getFirst("name"), date(params.getFirst("referenceDate")),
                date(params.getFirst("deadline")), reminderDays(params.getFirst("reminderDays")),
                itemIds.stream().distinct().toList(), params.getOrDefault("regionCodes", List.of()), partners);
        try {
            var round = rounds.open(user(), form, "true".equals(params.getFirst("confirm")));
            return "redirect:/office/rounds/" + round.id() + "?opened";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
        } catch (ReportingRounds.NobodyToReport e) {
            model.addAttribute("nobody", e.subjects());
        }
        model.addAttribute("form", params.toSingleValueMap());
        model.addAttribute("selectedItems", form.itemIds());
        model.addAttribute("selectedRegions", form.regionCodes());
        model.addAttribute("selectedPartners", partners);
        return listPage(model);
    }

    @GetMapping("/office/rounds/{id}")
    Object round(@PathVariable UUID id, @RequestParam(defaultValue = "html") String format, Model model) {
        var round = rounds.round(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Task> progress = rounds.progress(id);
        if ("csv".equals(format)) {
            return roundCsv.of(round.name(), progress);
        }
        model.addAttribute("round", round);
        model.addAttribute("progress", progress);
        Map<UUID, List<String>> reporters = rounds.reporters(progress);
        model.addAttribute("reporters", reporters);
        model.addAttribute("emailed", reporters.values().stream().flatMap(List::stream).distinct().sorted().toList());
        model.addAttribute("unreached", progress.stream().filter(t -> reporters.getOrDefault(t.id(), List.of()).isEmpty())
                .toList());
        return "rounds/round";
    }

    @PostMapping("/office/rounds/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(defaultValue = "") String version) {
        try {
            rounds.close(user(), id, TaskController.parseVersion(version));
            return "redirect:/office/rounds/" + id + "?closed";
        } catch (StaleData e) {
            return "redirect:/office/rounds/" + id + "?stale";
        }
    }

    @GetMapping("/office/tasks/{id}")
    String review(@PathVariable UUID id, Model model) {
        Task task = tasks.task(user(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("task", task);
        UpdateViews.addTo(model, task);
        if (!task.isItem()) {
            model.addAttribute("region", regions.region(task.regionCode()).orElseThrow());
        }
        return "rounds/review";
    }

    @PostMapping("/office/tasks/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam(defaultValue = "") String version, Model model) {
        try {
            tasks.approve(user(), id, TaskController.parseVersion(version));
            return "redirect:/office/tasks/" + id + "?approved";
        } catch (StaleData e) {
            return "redirect:/office/tasks/" + id + "?stale";
        }
    }

    @PostMapping("/office/tasks/{id}/return")
    String returnTask(@PathVariable UUID id, @RequestParam(defaultValue = "") String version,
                      @RequestParam(defaultValue = "") String comment, Model model) {
        try {
            tasks.returnToReporter(user(), id, comment, TaskController.parseVersion(version));
            return "redirect:/office/tasks/" + id + "?returned";
        } catch (StaleData e) {
            return "redirect:/office/tasks/" + id + "?stale";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("comment", comment);
            return review(id, model);
        }
    }

    private String listPage(Model model) {
        model.addAttribute("rounds", rounds.rounds());
        var all = refs.reportableItems();
        model.addAttribute("itemsByEdition", all.stream().collect(java.util.stream.Collectors.groupingBy(
                nl.techniekpact.pact.PactRefs.Item::editionYear, java.util.TreeMap::new, java.util.stream.Collectors.toList())));
        model.addAttribute("partnerNames", refs.partnerNames());
        model.addAttribute("regions", regions.all().stream()
                .filter(r -> r.type().equals("LANDSDEEL") || r.type().equals("PROVINCE")).toList());
        model.addAttribute("editionThemes", editions.themes(2018));
        return "rounds/rounds";
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer reminderDays(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().matches("-?\\d{1,4}") ? Integer.parseInt(value.strip()) : -1;
    }

    private CurrentUser user() {
        return users.require();
    }
}
