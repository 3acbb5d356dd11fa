package nl.techniekpact.reports;

import java.time.LocalDate;
import java.util.List;

import nl.techniekpact.shared.StatusColour;

/**
 * The progress report of one edition at a reference date: everything the documents show, as plain data. The
 * HTML page, the PDF and the Word document are rendered from this tree alone, and a frozen report stores it as
 * JSON, so the same tree gives the same documents years later. Every list is in a fixed order (edition order of
 * lines, themes, actions and items; landsdelen by code), never in the order a query happened to return.
 *
 * @param kind       {@code LINES} (2013, 2016: sections are lines) or {@code THEMES} (2018: sections are themes)
 * @param comparedWith what "Nieuw:" compares with
 */
public record ProgressReport(int edition, String title, String kind, LocalDate referenceDate, String introduction,
                             String source, List<Section> sections, List<ActionStatus> actions,
                             List<RegionProgress> regions, Baseline comparedWith, Changes changes) {

    /** A line (kiezen, leren, werken) or a theme, with its interim state, key figures and regional examples. */
    public record Section(String id, String label, String title, String subtitle, String interimState,
                          List<KeyFigure> figures, Chart chart, List<Example> examples, List<String> itemIds) {
    }

    /**
     * One monitor figure against its target: the newest value of the indicator in the Netherlands (in the
     * target's breakdown cell) and how it stands. {@code decimals} and {@code unit} say how to print the numbers.
     */
    public record KeyFigure(String indicator, String name, String cell, String unit, int decimals, String period,
                            Double value, String baselinePeriod, Double baseline, Double target, Integer targetYear,
                            StatusColour suggested, String source) {
    }

    /** The series drawn as a line chart: points in time order, with the target it should reach. */
    public record Chart(String indicator, String title, String unitLabel, int decimals, String unit,
                        List<Point> points, Double target, Integer targetYear) {
    }

    public record Point(String period, double x, double value) {
    }

    public record Example(String id, String sectionId, String title, String regionCode, String regionName,
                          String place, String text, List<Link> links) {
    }

    public record Link(String label, String url) {
    }

    public record Item(String letter, String text) {
    }

    public record Milestone(String text, String due, String done) {
    }

    /**
     * One action (2013) or goal (2016) of the appendix "stand van zaken per maatregel", with the status that was
     * published at the reference date. {@code round} is null where nothing was ever reported.
     */
    public record ActionStatus(String id, int number, String sectionId, String text, List<Item> items,
                               List<String> owners, List<Link> evidence, StatusColour colour, String round,
                               String stateOfAffairs, List<Milestone> milestones, List<Link> statusLinks,
                               String delayReason, String correctiveMeasure) {
    }

    /** The newest regional progress of a landsdeel. */
    public record RegionProgress(String code, String name, List<String> provinces, String round, int revision,
                                 String text) {
    }

    /**
     * What "Nieuw:" compares with: the previous frozen report of the edition ({@code reportId} and its date), or
     * the state of the pact data files where there is none ({@code reportId} null).
     */
    public record Baseline(String reportId, LocalDate referenceDate) {
    }

    /** What changed since the baseline, computed from the two models. */
    public record Changes(List<ActionChange> actions, List<Example> newExamples, List<RegionProgress> newProgress) {

        public boolean nothing() {
            return actions.isEmpty() && newExamples.isEmpty() && newProgress.isEmpty();
        }
    }

    /** An action whose colour changed, that got new milestones, or whose state of affairs was reported anew. */
    public record ActionChange(String actionId, int number, StatusColour before, StatusColour after,
                               List<Milestone> newMilestones, boolean newStateOfAffairs, String round) {

        public boolean colourChanged() {
            return before != after;
        }
    }

    /** The change of an action, if any. */
    public ActionChange changeOf(String actionId) {
        return changes.actions().stream().filter(c -> c.actionId().equals(actionId)).findFirst().orElse(null);
    }
}
