package nl.techniekpact.rounds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Permissions;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.pact.PactRefs;
import nl.techniekpact.rounds.RoundViews.NewRound;
import nl.techniekpact.rounds.RoundViews.Round;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, listing and closing reporting rounds (programme office). */
@Service
public class ReportingRounds {

    /** The most items, and the most regions, one round covers (the pact has 38 items and 35+12+5 regions). */
    static final int MAX_TASKS = 500;

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final PactRefs pact;
    private final Audit audit;
    private final RoundMails mails;
    private final RoundTasks tasks;
    private final Clock clock;

    ReportingRounds(JdbcClient jdbc, Permissions permissions, PactRefs pact, Audit audit, RoundMails mails,
                    RoundTasks tasks, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.pact = pact;
        this.audit = audit;
        this.mails = mails;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * The items and regions of a round nobody could report on (no enabled account of an owner, of the partner
     * chosen for the item, or of the region), by their subject in words ("thema 2018-T1: …").
     */
    public static final class NobodyToReport extends RuntimeException {

        private final List<String> subjects;

        NobodyToReport(List<String> subjects) {
            super("Nobody can report on " + subjects);
            this.subjects = List.copyOf(subjects);
        }

        public List<String> subjects() {
            return subjects;
        }
    }

    /** Opens the round, whoever can report on its items (see {@link #open(CurrentUser, NewRound, boolean)}). */
    @Transactional
    public Round open(CurrentUser actor, NewRound form) {
        return open(actor, form, true);
    }

    /**
     * Opens a round: a task per item and region, an e-mail to everyone who can report on one. Unless
     * {@code evenIfNobodyCanReport}, a round with items or regions nobody can report on is not opened: the
     * answer ({@link NobodyToReport}) lists them, so the office can invite someone first or confirm.
     */
    @Transactional
    public Round open(CurrentUser actor, NewRound form, boolean evenIfNobodyCanReport) {
        if (!permissions.isOffice(actor)) {
            throw new Forbidden("open a reporting round");
        }
        List<String> itemIds = UpdateValidator.nonNull(form.itemIds()).stream().distinct().toList();
        List<String> regionCodes = UpdateValidator.nonNull(form.regionCodes()).stream().distinct().toList();
        Map<String, String> errors = new LinkedHashMap<>();
        if (UpdateValidator.blank(form.name()) || form.name().length() > 200) {
            errors.put("name", "round.name.required");
        } else if (jdbc.sql("select exists (select 1 from reporting_round where lower(name) = lower(?))")
                .param(form.name().strip()).query(Boolean.class).single()) {
            errors.put("name", "round.name.taken");
        }
        if (form.referenceDate() == null) {
            errors.put("referenceDate", "round.referenceDate.required");
        }
        if (form.deadline() == null) {
            errors.put("deadline", "round.deadline.required");
        } else if (form.deadline().isBefore(LocalDate.now(clock))) {
            errors.put("deadline", "round.deadline.past");
        }
        int reminderDays = form.reminderDays() == null ? 7 : form.reminderDays();
        if (reminderDays < 0 || reminderDays > 60) {
            errors.put("reminderDays", "round.reminderDays.range");
        }
        if (itemIds.size() > MAX_TASKS || regionCodes.size() > MAX_TASKS) {
            errors.put("itemIds", "round.scope.tooMany");
        }
        if (itemIds.isEmpty() && regionCodes.isEmpty()) {
            errors.put("itemIds", "round.scope.required");
        }
        Map<String, PactRefs.Item> items = pact.items(itemIds);
        if (items.size() != itemIds.size()) {
            errors.put("itemIds", "round.actions.unknown");
        }
        Map<String, String> reportingPartners = new LinkedHashMap<>();
        (form.reportingPartners() == null ? Map.<String, String>of() : form.reportingPartners()).forEach((item, partner) -> {
            if (itemIds.contains(item) && partner != null && !partner.isBlank()) {
                reportingPartners.put(item, partner.strip());
            }
        });
        if (pact.existingPartners(reportingPartners.values()).size()
                != reportingPartners.values().stream().distinct().count()) {
            errors.put("itemIds", "round.partner.unknown");
        }
        if (pact.existingRegions(regionCodes).size() != regionCodes.size()) {
            errors.put("regionCodes", "round.regions.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!evenIfNobodyCanReport) {
            List<RoundMails.Scope> planned = new ArrayList<>();
            itemIds.forEach(item -> planned.add(new RoundMails.Scope(UUID.randomUUID(), item,
                    reportingPartners.get(item), null)));
            regionCodes.forEach(code -> planned.add(new RoundMails.Scope(UUID.randomUUID(), null, null, code)));
            Map<String, String> regionNames = pact.regionNames(regionCodes);
            List<String> nobody = new ArrayList<>();
            mails.reporters(planned).forEach((task, members) -> {
                if (members.isEmpty()) {
                    RoundMails.Scope scope = planned.stream().filter(p -> p.taskId().equals(task)).findFirst().orElseThrow();
                    nobody.add(scope.itemId() != null ? TaskSubjects.of(items.get(scope.itemId()))
                            : "regio " + regionNames.get(scope.regionCode()) + " (" + scope.regionCode() + ")");
                }
            });
            if (!nobody.isEmpty()) {
                throw new NobodyToReport(nobody);
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into reporting_round (id, name, reference_date, deadline, state, reminder_days, created_by)
                        values (?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(id, form.name().strip(), form.referenceDate(), form.deadline(), reminderDays, actor.id())
                .update();
        List<RoundMails.Scope> scopes = new ArrayList<>();
        for (String itemId : itemIds) {
            UUID task = UUID.randomUUID();
            String partner = reportingPartners.get(itemId);
            jdbc.sql("""
                            insert into round_task (id, round_id, item_id, reporting_partner_id, state)
                            values (?, ?, ?, ?, 'MISSING')""")
                    .params(task, id, itemId, partner).update();
            scopes.add(new RoundMails.Scope(task, itemId, partner, null));
        }
        for (String code : regionCodes) {
            UUID task = UUID.randomUUID();
            jdbc.sql("insert into round_task (id, round_id, region_code, state) values (?, ?, ?, 'MISSING')")
                    .params(task, id, code).update();
            scopes.add(new RoundMails.Scope(task, null, null, code));
        }
        Map<UUID, List<Accounts.Member>> reporters = mails.reporters(scopes);
        List<RoundViews.Task> opened = tasks.tasksOfRound(id);
        for (RoundViews.Task task : opened) {
            mails.roundOpened(reporters.get(task.id()), task.id(), form.name().strip(), form.deadline(),
                    TaskSubjects.of(task));
        }
        Round round = round(id).orElseThrow();
        audit.record(actor.actor(), "round.open", "round", id.toString(), null,
                Map.of("round", round, "items", itemIds, "regions", regionCodes, "reportingPartners", reportingPartners));
        return round;
    }

    @Transactional
    public Round close(CurrentUser actor, UUID roundId, int version) {
        if (!permissions.isOffice(actor)) {
            throw new Forbidden("close a reporting round");
        }
        Round before = round(roundId).orElseThrow(() -> InvalidInput.of("round", "round.unknown"));
        int changed = jdbc.sql("""
                        update reporting_round set state = 'CLOSED', lock_version = lock_version + 1
                        where id = ? and lock_version = ? and state = 'OPEN'""")
                .params(roundId, version).update();
        if (changed == 0) {
            throw new StaleData("round " + roundId);
        }
        Round after = round(roundId).orElseThrow();
        audit.record(actor.actor(), "round.close", "round", roundId.toString(), before, after);
        return after;
    }

    public List<Round> rounds() {
        return jdbc.sql(ROUND_SQL + " group by r.id order by r.created_at desc").query(ReportingRounds::round).list();
    }

    public Optional<Round> round(UUID id) {
        return jdbc.sql(ROUND_SQL + " where r.id = ? group by r.id").param(id).query(ReportingRounds::round).optional();
    }

    /** The round's progress at a glance: every task with its state, last submission and whether it is overdue. */
    public List<RoundViews.Task> progress(UUID roundId) {
        return tasks.tasksOfRound(roundId);
    }

    /**
     * Per task, who can report on it: the e-mail addresses of the enabled owner accounts of its action's partners,
     * or of its region's enabled coordinators (empty when nobody can).
     */
    public Map<UUID, List<String>> reporters(List<RoundViews.Task> tasks) {
        Map<UUID, List<String>> emails = new LinkedHashMap<>();
        mails.reporters(tasks.stream().map(RoundMails.Scope::of).toList())
                .forEach((task, members) -> emails.put(task, members.stream().map(Accounts.Member::email).toList()));
        return emails;
    }

    /** Open rounds whose reminder day has come and that have not been reminded yet. */
    List<Round> dueForReminder(LocalDate today) {
        return jdbc.sql(ROUND_SQL + " " + """
                         where r.state = 'OPEN' and r.reminded_on is null and r.deadline - r.reminder_days <= ?
                         and r.deadline >= ? group by r.id""")
                .params(today, today).query(ReportingRounds::round).list();
    }

    /**
     * Claims the round's reminder for {@code today}: true for exactly one caller across instances (the row stays
     * locked until the caller's transaction ends; a second instance then finds it reminded and gets false).
     */
    boolean claimReminder(UUID roundId, LocalDate today) {
        return jdbc.sql("update reporting_round set reminded_on = ? where id = ? and reminded_on is null")
                .params(today, roundId).update() == 1;
    }

    private static final String ROUND_SQL = """
            select r.id, r.name, r.reference_date, r.deadline, r.state, r.reminder_days, r.created_at, r.lock_version,
                   count(t.id) as tasks, count(t.id) filter (where t.state = 'APPROVED') as approved
            from reporting_round r left join round_task t on t.round_id = r.id""";

    private static Round round(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Round(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("reference_date", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                RoundViews.RoundState.valueOf(rs.getString("state")), rs.getInt("reminder_days"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("lock_version"), rs.getInt("tasks"), rs.getInt("approved"));
    }
}
