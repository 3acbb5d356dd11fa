package nl.techniekpact.rounds.web;

import nl.techniekpact.shared.Json;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.rounds.ReportingRounds;
import nl.techniekpact.rounds.RoundTasks;
import nl.techniekpact.rounds.RoundViews.ActionUpdate;
import nl.techniekpact.rounds.RoundViews.NewRound;
import nl.techniekpact.rounds.RoundViews.RegionUpdate;
import nl.techniekpact.rounds.RoundViews.Round;
import nl.techniekpact.rounds.RoundViews.Task;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reporting rounds for scripts, with a personal API token ({@code Authorization: Bearer tpk_…}); the same
 * rules, scopes and audit as the pages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reporting rounds", description = "Open rounds, report on tasks, review (requires an API token)")
class RoundsApiController {

    private final ReportingRounds rounds;
    private final RoundTasks tasks;
    private final CurrentUsers users;
    private final JsonMapper json = Json.MAPPER;

    RoundsApiController(ReportingRounds rounds, RoundTasks tasks, CurrentUsers users) {
        this.rounds = rounds;
        this.tasks = tasks;
        this.users = users;
    }

    @Operation(summary = "The signed-in user")
    @GetMapping("/me")
    CurrentUser me() {
        return user();
    }

    @Operation(summary = "Open a reporting round (office)")
    @PostMapping("/office/rounds")
    Round open(@RequestBody NewRound round) {
        return rounds.open(user(), round);
    }

    @Operation(summary = "All rounds (office)")
    @GetMapping("/office/rounds")
    List<Round> rounds() {
        return rounds.rounds();
    }

    @Operation(summary = "A round's progress: every task with state, last submission and overdue flag (office)")
    @GetMapping("/office/rounds/{id}/progress")
    List<Task> progress(@PathVariable UUID id) {
        return rounds.progress(id);
    }

    @Operation(summary = "The tasks the signed-in owner or coordinator may report on")
    @GetMapping("/tasks")
    List<Task> myTasks() {
        return tasks.tasksFor(user());
    }

    public record Submission(int version, JsonNode update) {
    }

    @Operation(summary = "Save a draft of an update (body: version and the update)")
    @PostMapping("/tasks/{id}/draft")
    Task draft(@PathVariable UUID id, @RequestBody Submission submission) {
        return tasks.saveDraft(user(), id, update(id, submission), submission.version());
    }

    @Operation(summary = "Submit an update for review (body: version and the update)")
    @PostMapping("/tasks/{id}/submit")
    Task submit(@PathVariable UUID id, @RequestBody Submission submission) {
        return tasks.submit(user(), id, update(id, submission), submission.version());
    }

    public record Review(int version, String comment) {
    }

    @Operation(summary = "Approve a submitted update (office); it becomes the published status")
    @PostMapping("/office/tasks/{id}/approve")
    Task approve(@PathVariable UUID id, @RequestBody Review review) {
        return tasks.approve(user(), id, review.version());
    }

    @Operation(summary = "Return a submitted update with a comment (office)")
    @PostMapping("/office/tasks/{id}/return")
    Task returnTask(@PathVariable UUID id, @RequestBody Review review) {
        return tasks.returnToReporter(user(), id, review.comment(), review.version());
    }

    private nl.techniekpact.rounds.RoundViews.Update update(UUID id, Submission submission) {
        Task task = tasks.task(user(), id).orElseThrow(() -> new Forbidden("task " + id));
        if (submission.update() == null) {
            throw InvalidInput.of("update", "update.kind.invalid");
        }
        try {
            Class<? extends nl.techniekpact.rounds.RoundViews.Update> type = task.isItem() ? ActionUpdate.class
                    : RegionUpdate.class;
            return json.treeToValue(submission.update(), type);
        } catch (RuntimeException e) {
            throw InvalidInput.of("update", "update.kind.invalid");
        }
    }

    private CurrentUser user() {
        return users.require();
    }
}
