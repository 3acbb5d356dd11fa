package nl.techniekpact.rounds;

import nl.techniekpact.shared.Json;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Permissions;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.pact.PactRefs;
import nl.techniekpact.pact.PactUpdates;
import nl.techniekpact.rounds.RoundViews.ActionUpdate;
import nl.techniekpact.rounds.RoundViews.RegionUpdate;
import nl.techniekpact.rounds.RoundViews.Step;
import nl.techniekpact.rounds.RoundViews.Task;
import nl.techniekpact.rounds.RoundViews.TaskState;
import nl.techniekpact.rounds.RoundViews.TaskVersion;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import nl.techniekpact.shared.PagePaths;
import nl.techniekpact.shared.StatusColour;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps on a task: save a draft, submit (owners of the action, coordinators of the region), return with a
 * comment or approve (office). Every step appends a version; the task's lock version refuses stale forms.
 */
@Service
public class RoundTasks {

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final ReportingScopes scopes;
    private final PactUpdates pact;
    private final PactRefs refs;
    private final Accounts accounts;
    private final RoundMails mails;
    private final Audit audit;
    private final Clock clock;
    private final JsonMapper json = Json.MAPPER;
    private final org.springframework.context.ApplicationEventPublisher events;

    /** A task was submitted (published inside the submission's transaction). */
    record Submitted(UUID taskId, CurrentUser reporter) {
    }

    RoundTasks(JdbcClient jdbc, Permissions permissions, ReportingScopes scopes, PactUpdates pact, PactRefs refs,
               Accounts accounts, RoundMails mails, Audit audit, Clock clock,
               org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.scopes = scopes;
        this.pact = pact;
        this.refs = refs;
        this.accounts = accounts;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Task> tasksOfRound(UUID roundId) {
        return tasks("t.round_id = ?", roundId);
    }

    /** Tasks submitted between the two moments (the last submission in that period), oldest first. */
    List<Task> submittedBetween(OffsetDateTime from, OffsetDateTime until) {
        List<UUID> ids = jdbc.sql("""
                        select v.task_id from round_task_version v where v.step = 'SUBMIT' and v.at > ? and v.at <= ?
                        group by v.task_id order by max(v.at)""")
                .params(from, until).query(UUID.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Task> byId = tasks("t.id = any(?)", ids.toArray(UUID[]::new)).stream()
                .collect(java.util.stream.Collectors.toMap(Task::id, t -> t));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The submitted tasks of open rounds, waiting for the office's review, oldest submission first. */
    public List<Task> waitingForReview() {
        return tasks("t.state = 'SUBMITTED' and r.state = 'OPEN'", null).stream()
                .sorted(java.util.Comparator.comparing(Task::lastSubmittedAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** The tasks of open rounds the user may report on. */
    public List<Task> tasksFor(CurrentUser user) {
        return scopes.reportable(user, tasks("r.state = 'OPEN'", null));
    }

    /** A task as the user may see it: the office sees every task, a reporter only its own. */
    public Optional<Task> task(CurrentUser viewer, UUID taskId) {
        return tasks("t.id = ?", taskId).stream().findFirst().filter(t -> permissions.isOffice(viewer) || mayReport(viewer, t));
    }

    @Transactional
    public Task saveDraft(CurrentUser user, UUID taskId, RoundViews.Update content, int version) {
        return report(user, taskId, content, version, false, false);
    }

    /**
     * Keeps the update as a draft after checking it as a submission would be checked, for the reporter's
     * check-your-answers step: what the check page shows can be submitted as it is.
     */
    @Transactional
    public Task saveForCheck(CurrentUser user, UUID taskId, RoundViews.Update content, int version) {
        return report(user, taskId, content, version, true, false);
    }

    @Transactional
    public Task submit(CurrentUser user, UUID taskId, RoundViews.Update content, int version) {
        return report(user, taskId, content, version, true, true);
    }

    private Task report(CurrentUser user, UUID taskId, RoundViews.Update update, int version, boolean complete,
                        boolean submission) {
        Task task = existing(taskId);
        if (!mayReport(user, task)) {
            throw new Forbidden("report on task " + taskId);
        }
        if (!task.editable()) {
            throw new StaleData("task " + taskId + " is " + task.state());
        }
        RoundViews.Update content = switch (update) {
            case ActionUpdate u when task.isItem() -> {
                UpdateValidator.check(normalise(u), complete);
                yield normalise(u);
            }
            case RegionUpdate u when !task.isItem() -> {
                RegionUpdate clean = new RegionUpdate(u.progress(), UpdateValidator.nonNull(u.priorities()),
                        UpdateValidator.nonNull(u.examples()));
                UpdateValidator.check(clean, themeIds(), complete);
                yield clean;
            }
            case null, default -> throw InvalidInput.of("content", "update.kind.invalid");
        };
        step(user, task, version, submission ? Step.SUBMIT : Step.DRAFT, json.writeValueAsString(content), null);
        if (submission) {
            events.publishEvent(new Submitted(taskId, user));
        }
        return existing(taskId);
    }

    @Transactional
    public Task returnToReporter(CurrentUser office, UUID taskId, String comment, int version) {
        if (!permissions.isOffice(office)) {
            throw new Forbidden("return task " + taskId);
        }
        if (UpdateValidator.blank(comment) || comment.length() > UpdateValidator.MAX_SHORT) {
            throw InvalidInput.of("comment", "review.comment.required");
        }
        Task task = existing(taskId);
        step(office, task, version, Step.RETURN, null, comment.strip());
        submitterOf(task).ifPresent(to -> mails.returned(to, task.roundName(), TaskSubjects.of(task), comment.strip(), taskId));
        return existing(taskId);
    }

    @Transactional
    public Task approve(CurrentUser office, UUID taskId, int version) {
        if (!permissions.isOffice(office)) {
            throw new Forbidden("approve task " + taskId);
        }
        Task task = existing(taskId);
        String content = task.latestContent();
        long versionId = step(office, task, version, Step.APPROVE, content, null);
        if (task.isItem()) {
            ActionUpdate u = json.readValue(content, ActionUpdate.class);
            pact.publishStatus(office.actor(), new PactUpdates.StatusToPublish(task.itemId(), task.roundName(),
                    StatusColour.valueOf(u.colour()), u.text(), json.writeValueAsString(u.links()),
                    json.writeValueAsString(u.milestones()), json.writeValueAsString(u.figures()), u.delayReason(),
                    u.correctiveMeasure(), versionId));
        } else {
            RegionUpdate u = json.readValue(content, RegionUpdate.class);
            pact.publishRegionalUpdate(office.actor(), new PactUpdates.RegionalUpdate(task.regionCode(),
                    task.roundName(), u.progress(),
                    u.priorities().stream().map(p -> new PactUpdates.Priority(p.line(), p.text())).toList(),
                    u.examples().stream().map(x -> new PactUpdates.Example(x.themeId(), x.title(), x.place(),
                            x.text())).toList(), versionId));
        }
        submitterOf(task).ifPresent(to -> mails.approved(to, task.roundName(), TaskSubjects.of(task),
                task.isItem() ? PagePaths.item(task.itemId()) : PagePaths.region(task.regionCode())));
        return existing(taskId);
    }

    /**
     * Takes the step if the task's state allows it ({@link TaskState#after}), else refuses it as stale (the form
     * was made for an earlier state): the state, a new version and the audit record, or nothing.
     */
    private long step(CurrentUser actor, Task task, int version, Step step, String content, String comment) {
        TaskState next = task.state().after(step)
                .orElseThrow(() -> new StaleData("task " + task.id() + " is " + task.state() + ", not ready for " + step));
        int changed = jdbc.sql("""
                        update round_task set state = ?, lock_version = lock_version + 1
                        where id = ? and lock_version = ?""")
                .params(next.name(), task.id(), version).update();
        if (changed == 0) {
            throw new StaleData("task " + task.id());
        }
        long id = jdbc.sql("""
                        insert into round_task_version (task_id, seq, step, content, comment, actor_id, at)
                        select ?, coalesce(max(seq), 0) + 1, ?, ?::jsonb, ?, ?, ? from round_task_version where task_id = ?
                        returning id""")
                .params(task.id(), step.name(), content, comment, actor.id(), OffsetDateTime.now(clock), task.id())
                .query(Long.class).single();
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("state", next.name());
        after.put("version", task.version() + 1);
        if (comment != null) {
            after.put("comment", comment);
        }
        if (content != null) {
            after.put("update", json.readTree(content));
        }
        audit.record(actor.actor(), "task." + step.name().toLowerCase(), "round_task", task.id().toString(),
                Map.of("state", task.state().name(), "version", task.version()), after);
        return id;
    }

    private boolean mayReport(CurrentUser user, Task task) {
        return scopes.mayReportOn(user, task);
    }

    /** One task by id, whoever asks (for this module's own use). */
    Task existing(UUID taskId) {
        return tasks("t.id = ?", taskId).stream().findFirst()
                .orElseThrow(() -> new Forbidden("unknown task " + taskId));
    }

    private Optional<Accounts.Person> submitterOf(Task task) {
        return jdbc.sql("""
                        select v.actor_id from round_task_version v
                        where v.task_id = ? and v.step = 'SUBMIT' order by v.seq desc limit 1""")
                .param(task.id()).query(UUID.class).optional()
                .map(actor -> accounts.people(List.of(actor)).get(actor));
    }

    private Set<String> themeIds() {
        return refs.themeIds();
    }

    private static ActionUpdate normalise(ActionUpdate u) {
        return new ActionUpdate(u.colour(), u.text() == null ? null : u.text().strip(),
                u.delayReason() == null || u.delayReason().isBlank() ? null : u.delayReason().strip(),
                u.correctiveMeasure() == null || u.correctiveMeasure().isBlank() ? null : u.correctiveMeasure().strip(),
                UpdateValidator.nonNull(u.milestones()), UpdateValidator.nonNull(u.links()),
                UpdateValidator.nonNull(u.figures()));
    }

    private List<Task> tasks(String where, Object param) {
        var query = jdbc.sql("""
                select t.id, t.round_id, r.name, r.deadline, r.state as round_state, t.item_id,
                       t.region_code, t.state, t.lock_version, t.reporting_partner_id,
                       (select max(v.at) from round_task_version v where v.task_id = t.id and v.step = 'SUBMIT')
                         as last_submitted
                from round_task t join reporting_round r on r.id = t.round_id
                where %s order by r.created_at desc, t.item_id nulls last, t.region_code""".formatted(where));
        if (param != null) {
            query = query.param(param);
        }
        record Row(UUID id, UUID roundId, String roundName, LocalDate deadline, RoundViews.RoundState roundState,
                   String itemId,
                   String regionCode, TaskState state, int version, String reportingPartnerId,
                   OffsetDateTime lastSubmitted) {
        }
        List<Row> rows = query.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getString(3), rs.getObject(4, LocalDate.class), RoundViews.RoundState.valueOf(rs.getString(5)),
                rs.getString(6), rs.getString(7),
                TaskState.valueOf(rs.getString(8)), rs.getInt(9), rs.getString(10),
                rs.getObject(11, OffsetDateTime.class))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, PactRefs.Item> items = refs.items(
                rows.stream().map(Row::itemId).filter(Objects::nonNull).toList());
        Map<String, String> regionNames = refs.regionNames(
                rows.stream().map(Row::regionCode).filter(Objects::nonNull).toList());
        record Version(UUID taskId, UUID actorId, long id, int seq, Step step, String content, String comment,
                       OffsetDateTime at) {
        }
        List<Version> versions = jdbc.sql("""
                        select v.task_id, v.actor_id, v.id, v.seq, v.step, v.content::text, v.comment, v.at
                        from round_task_version v
                        where v.task_id = any(?) order by v.task_id, v.seq""")
                .param(rows.stream().map(Row::id).toArray(UUID[]::new))
                .query((rs, n) -> new Version(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3),
                        rs.getInt(4), Step.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
        Map<UUID, String> actors = accounts.emails(versions.stream().map(Version::actorId).distinct().toList());
        Map<UUID, List<TaskVersion>> history = versions.stream().collect(groupingBy(Version::taskId,
                mapping(v -> new TaskVersion(v.id(), v.seq(), v.step(), v.content(), v.comment(),
                        actors.get(v.actorId()), v.at()), toList())));
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(r -> new Task(r.id(), r.roundId(), r.roundName(), r.deadline(), r.roundState(),
                r.itemId(), r.itemId() == null ? null : TaskSubjects.kindOf(r.itemId(), items),
                r.itemId() == null ? null : items.containsKey(r.itemId()) ? items.get(r.itemId()).label() : r.itemId(),
                r.reportingPartnerId(), r.regionCode(),
                regionNames.get(r.regionCode()), r.state(), r.version(),
                r.lastSubmitted(), r.state() != TaskState.APPROVED && r.state() != TaskState.SUBMITTED
                        && today.isAfter(r.deadline()),
                history.getOrDefault(r.id(), List.of()))).toList();
    }
}
