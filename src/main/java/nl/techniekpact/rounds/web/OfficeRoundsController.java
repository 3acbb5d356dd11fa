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

    OfficeRoundsController(ReportingRounds rounds, RoundCsv roundCsv, RoundTasks tasks, CurrentUsers users,
                           Editions editions, PactItems items, Regions regions) {
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

    @PostMapping("/office/rounds")
    String open(@RequestParam MultiValueMap<String, String> params, Model model) {
        NewRound form = new NewRound(params.getFirst("name"), date(params.getFirst("referenceDate")),
                date(params.getFirst("deadline")), reminderDays(params.getFirst("reminderDays")),
                params.getOrDefault("actionIds", List.of()), params.getOrDefault("regionCodes", List.of()));
        try {
            var round = rounds.open(user(), form);
            return "redirect:/office/rounds/" + round.id() + "?opened";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", params.toSingleValueMap());
            model.addAttribute("selectedActions", form.actionIds());
            model.addAttribute("selectedRegions", form.regionCodes());
            return listPage(model);
        }
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
        if (task.isAction()) {
            model.addAttribute("action", items.action(task.actionId()).orElseThrow());
        } else {
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
        model.addAttribute("actions", items.actionsOfEdition(2013));
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
