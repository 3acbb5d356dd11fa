package nl.techniekpact.rounds.web;

import java.util.Map;
import java.util.UUID;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.pact.Editions;
import nl.techniekpact.pact.PactItems;
import nl.techniekpact.pact.Regions;
import nl.techniekpact.rounds.RoundTasks;
import nl.techniekpact.rounds.RoundViews.ActionUpdate;
import nl.techniekpact.rounds.RoundViews.RegionUpdate;
import nl.techniekpact.rounds.RoundViews.Task;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Owners and coordinators: their tasks, and the form to save a draft of or submit an update. */
@Controller
class TaskController {

    private final RoundTasks tasks;
    private final CurrentUsers users;
    private final PactItems items;
    private final Regions regions;
    private final Editions editions;

    TaskController(RoundTasks tasks, CurrentUsers users, PactItems items, Regions regions, Editions editions) {
        this.tasks = tasks;
        this.users = users;
        this.items = items;
        this.regions = regions;
        this.editions = editions;
    }

    @GetMapping("/tasks")
    String myTasks(Model model) {
        model.addAttribute("tasks", tasks.tasksFor(user()));
        return "rounds/tasks";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable UUID id, @RequestParam(required = false) String rows, Model model) {
        if (rows != null && java.util.Set.of("milestones", "links", "figures").contains(rows)) {
            model.addAttribute("extraRows", rows);
        }
        Task task = tasks.task(user(), id).orElseThrow(() -> new Forbidden("task " + id));
        String content = task.latestContent();
        if (content != null) {
            model.addAttribute("update", UpdateViews.parse(task, content));
        } else {
            model.addAttribute("update", task.isItem() ? lastApproved(task) : currentAgenda(task));
        }
        return page(task, model);
    }

    @PostMapping("/tasks/{id}")
    String report(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        CurrentUser user = user();
        Task task = tasks.task(user, id).orElseThrow(() -> new Forbidden("task " + id));
        nl.techniekpact.rounds.RoundViews.Update update = task.isItem() ? UpdateForms.action(params)
                : UpdateForms.region(params);
        int version = parseVersion(params.get("version"));
        String step = params.getOrDefault("step", "draft");
        try {
            switch (step) {
                case "submit" -> { // straight from the form (scripts, and the check page's "submit")
                    tasks.submit(user, id, update, version);
                    return "redirect:/tasks?submitted";
                }
                case "rows-milestones", "rows-links", "rows-figures" -> { // more empty rows; what was typed is kept
                    tasks.saveDraft(user, id, update, version);
                    return "redirect:/tasks/" + id + "?rows=" + step.substring("rows-".length());
                }
                case "check" -> {
                    tasks.saveForCheck(user, id, update, version);
                    return "redirect:/tasks/" + id + "/check";
                }
                default -> {
                    tasks.saveDraft(user, id, update, version);
                    return "redirect:/tasks/" + id + "?saved";
                }
            }
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
        } catch (StaleData e) {
            model.addAttribute("stale", true);
            task = tasks.task(user, id).orElseThrow();
        }
        model.addAttribute("update", update);
        return page(task, model);
    }

    /** Check your answers: the update as it will be submitted, with "submit" and "change" (no JavaScript needed). */
    @GetMapping("/tasks/{id}/check")
    String check(@PathVariable UUID id, Model model) {
        Task task = tasks.task(user(), id).orElseThrow(() -> new Forbidden("task " + id));
        if (!task.editable() || task.latestContent() == null) {
            return "redirect:/tasks/" + id;
        }
        model.addAttribute("task", task);
        model.addAttribute("latest", UpdateViews.parse(task, task.latestContent()));
        return "rounds/check";
    }

    /** Submits the draft the check page showed, as it is; a draft changed meanwhile (another tab) is refused. */
    @PostMapping("/tasks/{id}/check")
    String submitChecked(@PathVariable UUID id, @RequestParam(defaultValue = "") String version, Model model) {
        CurrentUser user = user();
        Task task = tasks.task(user, id).orElseThrow(() -> new Forbidden("task " + id));
        if (task.latestContent() == null) {
            return "redirect:/tasks/" + id;
        }
        try {
            tasks.submit(user, id, UpdateViews.parse(task, task.latestContent()), parseVersion(version));
            return "redirect:/tasks?submitted";
        } catch (StaleData e) {
            return "redirect:/tasks/" + id + "?stale";
        } catch (InvalidInput e) { // the rules changed since the check: back to the form, with the errors
            model.addAttribute("errors", e.errors());
            model.addAttribute("update", UpdateViews.parse(task, task.latestContent()));
            return page(task, model);
        }
    }

    private String page(Task task, Model model) {
        model.addAttribute("task", task);
        UpdateViews.addTo(model, task);
        if (!task.isItem()) {
            model.addAttribute("region", regions.region(task.regionCode()).orElseThrow());
            model.addAttribute("themes", editions.themes(2018));
        }
        model.addAttribute("rows", UpdateForms.MAX_ROWS);
        return "rounds/task";
    }

    /**
     * A first update starts from the item's current published status — text, milestones, links and figures — so
     * the reporter edits rather than retypes; the colour is theirs to choose again. Empty when there is none.
     */
    private ActionUpdate lastApproved(Task task) {
        var history = items.statuses(java.util.List.of(task.itemId())).getOrDefault(task.itemId(), java.util.List.of());
        var current = history.stream().filter(nl.techniekpact.pact.PactViews.StatusReport::current).findFirst();
        if (current.isEmpty()) {
            return new ActionUpdate(null, null, null, null, java.util.List.of(), java.util.List.of(), java.util.List.of());
        }
        var s = current.get();
        return new ActionUpdate(null, s.text(), null, null,
                s.milestones().stream().map(m -> new nl.techniekpact.rounds.RoundViews.MilestoneUpdate(m.text(), m.due(),
                        m.done())).toList(),
                s.links().stream().filter(l -> l.url() != null) // a link whose target was lost cannot be sent again
                        .map(l -> new nl.techniekpact.rounds.RoundViews.LinkUpdate(l.label(), l.url())).toList(),
                s.figures().stream().map(f -> new nl.techniekpact.rounds.RoundViews.Figure(f.label(), f.value(),
                        f.unit())).toList());
    }

    private RegionUpdate currentAgenda(Task task) {
        var region = regions.region(task.regionCode()).orElseThrow();
        var priorities = region.agendas().isEmpty() ? java.util.List.<nl.techniekpact.rounds.RoundViews.PriorityUpdate>of()
                : region.agendas().get(region.agendas().size() - 1).priorities().stream()
                .map(p -> new nl.techniekpact.rounds.RoundViews.PriorityUpdate(p.line(), p.text())).toList();
        return new RegionUpdate(null, priorities, java.util.List.of());
    }

    static int parseVersion(String value) {
        return value != null && value.matches("\\d{1,9}") ? Integer.parseInt(value) : -1;
    }

    private CurrentUser user() {
        return users.require();
    }
}
