package nl.techniekpact.monitor.web;

import java.util.Arrays;
import java.util.Map;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.monitor.MonitorSources;
import nl.techniekpact.importers.DuoDataset;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's live sources: add a CBS table or DUO file with its schedule, refresh one now, see its last result
 * (the import job, or why the download failed) and next run. Only the office reaches {@code /office/**}.
 */
@Controller
class SourcesPageController {

    private final MonitorSources sources;
    private final CurrentUsers users;
    private final nl.techniekpact.accounts.Permissions permissions;

    SourcesPageController(MonitorSources sources, CurrentUsers users, nl.techniekpact.accounts.Permissions permissions) {
        this.sources = sources;
        this.users = users;
        this.permissions = permissions;
    }

    @GetMapping("/office/monitor/bronnen")
    String list(@RequestParam(required = false) Long started, Model model) {
        model.addAttribute("started", started);
        return page(model, Map.of(), Map.of());
    }

    private String page(Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("kinds", Arrays.stream(MonitorSources.Kind.values()).map(MonitorSources.Kind::code).toList());
        model.addAttribute("duoDatasets", Arrays.stream(DuoDataset.values()).map(DuoDataset::code).toList());
        model.addAttribute("sources", sources.list());
        model.addAttribute("zone", java.time.ZoneId.of("Europe/Amsterdam"));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "monitor/sources";
    }

    @PostMapping("/office/monitor/bronnen")
    String add(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String identifier,
               @RequestParam(defaultValue = "") String dataset, @RequestParam(defaultValue = "") String mapping,
               @RequestParam(defaultValue = "") String intervalDays, Model model) {
        CurrentUser user = office();
        try {
            sources.add(SourcesApiController.newSource(kind, identifier, dataset, mapping, intervalDays),
                    new Actor(user.id(), user.email()));
            return "redirect:/office/monitor/bronnen";
        } catch (InvalidInput invalid) {
            return page(model, invalid.errors(), Map.of("kind", kind, "identifier", identifier, "dataset", dataset,
                    "mapping", mapping, "intervalDays", intervalDays));
        }
    }

    @PostMapping("/office/monitor/bronnen/{id}/run")
    String run(@PathVariable long id) {
        CurrentUser user = office();
        sources.start(id, new Actor(user.id(), user.email()));
        return "redirect:/office/monitor/bronnen?started=" + id;
    }

    /** The security chain admits only the office to {@code /office/**}; the write checks the role again. */
    private CurrentUser office() {
        CurrentUser user = users.require();
        if (!permissions.isOffice(user)) {
            throw new nl.techniekpact.shared.Forbidden("sources are for the programme office");
        }
        return user;
    }
}
