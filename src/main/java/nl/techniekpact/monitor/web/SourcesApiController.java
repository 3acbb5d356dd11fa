package nl.techniekpact.monitor.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.accounts.Permissions;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.monitor.MonitorSources;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Live sources for scripts (programme office only, with an API token): list, add, and refresh now
 * ({@code POST …/{id}/run} answers 202; the source's {@code lastJob} then shows the import).
 */
@RestController
@RequestMapping("/api/v1/office/sources")
@Tag(name = "Monitor sources", description = "CBS StatLine tables and DUO files refreshed now or on a schedule (office)")
class SourcesApiController {

    private final MonitorSources sources;
    private final CurrentUsers users;
    private final Permissions permissions;

    SourcesApiController(MonitorSources sources, CurrentUsers users, Permissions permissions) {
        this.sources = sources;
        this.users = users;
        this.permissions = permissions;
    }

    /** kind: cbs-odata4 | cbs-odata3 | duo; identifier: CBS table (83599NED) or DUO file address. */
    record NewSourceRequest(String kind, String identifier, String dataset, String mapping, Integer intervalDays) {
    }

    @Operation(summary = "The sources with their last result and next run")
    @GetMapping
    List<MonitorSources.Source> list() {
        office();
        return sources.list();
    }

    @Operation(summary = "One source")
    @GetMapping("/{id}")
    MonitorSources.Source one(@PathVariable long id) {
        office();
        return sources.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    @Operation(summary = "Add a source; intervalDays (1–366) runs it on a schedule, none only on request")
    @PostMapping
    ResponseEntity<MonitorSources.Source> add(@RequestBody NewSourceRequest body) {
        CurrentUser user = office();
        MonitorSources.Source source = sources.add(newSource(body.kind(), body.identifier(), body.dataset(),
                body.mapping(), body.intervalDays() == null ? "" : body.intervalDays().toString()),
                new Actor(user.id(), user.email()));
        return ResponseEntity.created(URI.create("/api/v1/office/sources/" + source.id())).body(source);
    }

    @Operation(summary = "Refresh a source now; answers 202 at once")
    @PostMapping("/{id}/run")
    ResponseEntity<Void> run(@PathVariable long id) {
        CurrentUser user = office();
        if (sources.find(id).isEmpty()) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        sources.start(id, new Actor(user.id(), user.email()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/office/sources/" + id)).build();
    }

    static MonitorSources.NewSource newSource(String kind, String identifier, String dataset, String mapping,
                                              String intervalDays) {
        MonitorSources.Kind chosen = MonitorSources.Kind.of(kind)
                .orElseThrow(() -> InvalidInput.of("kind", "monitor.sources.form.kind-invalid"));
        Integer interval = null;
        if (intervalDays != null && !intervalDays.isBlank()) {
            try {
                interval = Integer.valueOf(intervalDays.strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.of("intervalDays", "monitor.sources.form.interval-invalid");
            }
        }
        return new MonitorSources.NewSource(chosen, identifier, dataset, mapping, interval);
    }

    private CurrentUser office() {
        CurrentUser user = users.require();
        if (!permissions.isOffice(user)) {
            throw new Forbidden("sources are for the programme office");
        }
        return user;
    }
}
