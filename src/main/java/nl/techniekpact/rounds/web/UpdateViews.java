package nl.techniekpact.rounds.web;

import nl.techniekpact.shared.Json;
import java.util.HashMap;
import java.util.Map;

import nl.techniekpact.rounds.RoundViews.ActionUpdate;
import nl.techniekpact.rounds.RoundViews.RegionUpdate;
import nl.techniekpact.rounds.RoundViews.Task;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses the stored versions of a task for the templates: {@code versions} (version id → update) and
 * {@code latest} (the newest content).
 */
final class UpdateViews {

    private static final JsonMapper JSON = Json.MAPPER;

    private UpdateViews() {
    }

    static void addTo(Model model, Task task) {
        Map<Long, Object> versions = new HashMap<>();
        task.history().stream().filter(v -> v.content() != null)
                .forEach(v -> versions.put(v.id(), parse(task, v.content())));
        model.addAttribute("versions", versions);
        model.addAttribute("latest", task.latestContent() == null ? null : parse(task, task.latestContent()));
    }

    static nl.techniekpact.rounds.RoundViews.Update parse(Task task, String content) {
        Class<? extends nl.techniekpact.rounds.RoundViews.Update> type = task.isItem() ? ActionUpdate.class
                : RegionUpdate.class;
        return JSON.readValue(content, type);
    }
}
