package nl.techniekpact.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.techniekpact.pact.Editions;
import nl.techniekpact.pact.PactViews;
import nl.techniekpact.pact.PactViews.ActionDetail;
import nl.techniekpact.pact.PactViews.EditionTree;
import nl.techniekpact.pact.PactViews.GoalDetail;
import nl.techniekpact.pact.RegionalExamples;
import nl.techniekpact.pact.Regions;
import nl.techniekpact.reports.ProgressReport.ActionStatus;
import nl.techniekpact.reports.ProgressReport.Baseline;
import nl.techniekpact.reports.ProgressReport.Example;
import nl.techniekpact.reports.ProgressReport.Item;
import nl.techniekpact.reports.ProgressReport.Link;
import nl.techniekpact.reports.ProgressReport.Milestone;
import nl.techniekpact.reports.ProgressReport.RegionProgress;
import nl.techniekpact.reports.ProgressReport.Section;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StatusColour;
import org.springframework.stereotype.Service;

/**
 * Builds the progress report of an edition at a reference date from the pact, the approved round updates and
 * the monitor, with "Nieuw:" computed against the previous frozen report of the edition (or, where there is
 * none, against the pact data files).
 *
 * <p>At a reference date, an action's status is the newest report published by the end of that day (Dutch
 * time); reports transcribed from the pact data files count from the start, whenever they were loaded.
 */
@Service
public class ProgressReports {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Editions editions;
    private final Regions regions;
    private final KeyFigures figures;
    private final ReportArchive archive;
    private final RegionalExamples examples;
    private final Clock clock;

    ProgressReports(Editions editions, Regions regions, KeyFigures figures, ReportArchive archive,
                    RegionalExamples examples, Clock clock) {
        this.editions = editions;
        this.regions = regions;
        this.figures = figures;
        this.archive = archive;
        this.examples = examples;
        this.clock = clock;
    }

    /** Today in the Netherlands: the reference date of the current report. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The editions a report can be made of, oldest first. */
    public List<Integer> editions() {
        return editions.summaries().stream().map(PactViews.EditionSummary::year).toList();
    }

    /**
     * The report as the platform's data stand now for {@code referenceDate}.
     *
     * @throws InvalidInput for an unknown edition
     */
    public ProgressReport current(int edition, LocalDate referenceDate) {
        EditionTree tree = editions.tree(edition)
                .orElseThrow(() -> InvalidInput.of("edition", "reports.error.unknown-edition"));
        Optional<ReportArchive.Stored> previous = archive.previous(edition, referenceDate);
        ProgressReport report = build(tree, referenceDate, false, Set.of());
        Baseline baseline;
        ProgressReport before;
        if (previous.isPresent()) {
            baseline = new Baseline(previous.get().report().id().toString(), previous.get().report().referenceDate());
            before = archive.model(previous.get());
        } else {
            baseline = new Baseline(null, null);
            before = build(tree, referenceDate, true, examples.fromDataFiles());
        }
        return withChanges(report, baseline, ReportChanges.between(before, report));
    }

    private static ProgressReport withChanges(ProgressReport r, Baseline baseline, ProgressReport.Changes changes) {
        return new ProgressReport(r.edition(), r.title(), r.kind(), r.referenceDate(), r.introduction(), r.source(),
                r.sections(), r.actions(), r.regions(), baseline, changes);
    }

    /**
     * @param dataFilesOnly build the state the pact data files give (statuses, progress and examples that came
     *                      from a reporting round left out, no figures): the baseline of a first report
     */
    private ProgressReport build(EditionTree tree, LocalDate referenceDate, boolean dataFilesOnly,
                                 Set<String> dataFileExamples) {
        OffsetDateTime endOfDay = referenceDate.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
        List<Section> sections = new ArrayList<>();
        List<ActionStatus> actions = new ArrayList<>();
        if ("THEMES".equals(tree.kind())) {
            for (PactViews.ThemeDetail theme : tree.themes()) {
                List<String> ids = new ArrayList<>(List.of(theme.id()));
                theme.actions().forEach(a -> ids.add(a.id()));
                List<Example> examples = theme.examples().stream()
                        .filter(x -> !dataFilesOnly || dataFileExamples.contains(x.id()))
                        .map(x -> new Example(x.id(), theme.id(), x.title(), x.regionCode(), x.regionName(),
                                x.place(), x.text(), links(x.links()))).toList();
                var keyFigures = dataFilesOnly ? KeyFigures.Result.NONE : figures.of(ids, referenceDate);
                sections.add(new Section(theme.id(), String.valueOf(theme.number()), theme.title(),
                        theme.introduction(), theme.interimState(), keyFigures.figures(), keyFigures.chart(),
                        examples, List.copyOf(ids)));
                theme.actions().forEach(a -> actions.add(action(a, theme.id(), endOfDay, dataFilesOnly)));
            }
        } else {
            for (PactViews.LineNode line : tree.lines()) {
                List<String> ids = new ArrayList<>();
                line.actions().forEach(a -> ids.add(a.id()));
                line.goals().forEach(g -> ids.add(g.id()));
                var keyFigures = dataFilesOnly ? KeyFigures.Result.NONE : figures.of(ids, referenceDate);
                sections.add(new Section(line.code(), line.code(), line.name(), line.subtitle(), null,
                        keyFigures.figures(), keyFigures.chart(), List.of(), List.copyOf(ids)));
                line.actions().forEach(a -> actions.add(action(a, line.code(), endOfDay, dataFilesOnly)));
                line.goals().forEach(g -> actions.add(goal(g)));
            }
        }
        actions.sort(Comparator.comparingInt(ActionStatus::number).thenComparing(ActionStatus::id));
        return new ProgressReport(tree.year(), tree.title(), tree.kind(), referenceDate, tree.introduction(),
                tree.source(), List.copyOf(sections), List.copyOf(actions), regionProgress(dataFilesOnly),
                new Baseline(null, null), new ProgressReport.Changes(List.of(), List.of(), List.of()));
    }

    private static ActionStatus action(ActionDetail a, String sectionId, OffsetDateTime endOfDay,
                                       boolean dataFilesOnly) {
        PactViews.StatusReport status = null;
        for (PactViews.StatusReport s : a.statusHistory()) {   // oldest first: the last one that counts is current
            boolean fromRound = s.fromRound();
            boolean counts = fromRound ? !dataFilesOnly && s.recordedAt() != null && s.recordedAt().isBefore(endOfDay)
                    : true;
            if (counts) {
                status = s;
            }
        }
        List<Item> items = a.items().stream().map(i -> new Item(i.letter(), i.text())).toList();
        List<String> owners = a.owners().stream().map(PactViews.Owner::name).distinct().toList();
        if (status == null) {
            return new ActionStatus(a.id(), a.number(), sectionId, a.text(), items, owners, links(a.evidence()),
                    StatusColour.UNKNOWN, null, null, List.of(), List.of(), null, null);
        }
        return new ActionStatus(a.id(), a.number(), sectionId, a.text(), items, owners, links(a.evidence()),
                status.colour(), status.round(), status.text(),
                status.milestones().stream().map(m -> new Milestone(m.text(), m.due(), m.done())).toList(),
                links(status.links()), status.delayReason(), status.correctiveMeasure());
    }

    /** A goal of the 2016 edition: its measures are its sub-items; goals are not reported on in rounds. */
    private static ActionStatus goal(GoalDetail g) {
        List<Item> measures = g.measures().stream().map(m -> new Item(null, m)).toList();
        String text = g.text() == null || g.text().isBlank() ? g.title() : g.title() + "\n\n" + g.text();
        return new ActionStatus(g.id(), g.number(), g.line(), text, measures,
                g.owners().stream().map(PactViews.Owner::name).distinct().toList(), List.of(), StatusColour.UNKNOWN,
                null, null, List.of(), List.of(), null, null);
    }

    private List<RegionProgress> regionProgress(boolean dataFilesOnly) {
        List<RegionProgress> result = new ArrayList<>();
        regions.all().stream().filter(r -> "LANDSDEEL".equals(r.type()))
                .sorted(Comparator.comparing(PactViews.RegionSummary::code))
                .forEach(summary -> regions.region(summary.code()).ifPresent(region -> {
                    PactViews.Progress newest = null;
                    for (PactViews.Progress p : region.progress()) {   // ordered by round, revision
                        boolean fromRound = p.fromRound();
                        if (!(dataFilesOnly && fromRound)) {
                            newest = p;
                        }
                    }
                    List<String> provinces = region.provinces().stream().map(PactViews.RegionSummary::name).toList();
                    result.add(newest == null
                            ? new RegionProgress(region.code(), region.name(), provinces, null, 0, null)
                            : new RegionProgress(region.code(), region.name(), provinces, newest.round(),
                            newest.revision(), newest.text()));
                }));
        return List.copyOf(result);
    }

    private static List<Link> links(List<PactViews.Link> links) {
        return links == null ? List.of() : links.stream().map(l -> new Link(l.label(), l.url())).toList();
    }
}
