package nl.techniekpact.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.techniekpact.monitor.Analysis;
import nl.techniekpact.monitor.Indicator;
import nl.techniekpact.monitor.Monitor;
import nl.techniekpact.monitor.Series;
import nl.techniekpact.monitor.SeriesPoint;
import nl.techniekpact.monitor.Target;
import nl.techniekpact.reports.ProgressReport.Chart;
import nl.techniekpact.reports.ProgressReport.KeyFigure;
import nl.techniekpact.reports.ProgressReport.Point;
import nl.techniekpact.shared.StatusColour;
import org.springframework.stereotype.Component;

/**
 * The monitor's key figures for a part of the pact: every indicator linked to one of its items, in the
 * monitor's order, one row per national target set by those items (or one row for the total where the items
 * set none), with the newest value known at the reference date. The first row with a trend is also charted.
 */
@Component
class KeyFigures {

    static final String NATIONAL = "NL01";
    static final int MAX_ROWS = 8;

    record Result(List<KeyFigure> figures, Chart chart) {
        static final Result NONE = new Result(List.of(), null);
    }

    private final Monitor monitor;

    KeyFigures(Monitor monitor) {
        this.monitor = monitor;
    }

    Result of(List<String> itemIds, LocalDate referenceDate) {
        double until = referenceDate.getYear() + (referenceDate.getDayOfYear() - 1) / 365.25;
        List<KeyFigure> rows = new ArrayList<>();
        Chart chart = null;
        for (Indicator indicator : monitor.indicators()) {
            if (rows.size() >= MAX_ROWS || indicator.links().stream().noneMatch(itemIds::contains)) {
                continue;
            }
            List<Target> targets = monitor.targets(indicator.code()).stream()
                    .filter(t -> NATIONAL.equals(t.region()) && itemIds.contains(t.itemId())).toList();
            List<Analysis> analyses = targets.isEmpty() ? List.of() : monitor.targetAnalyses(indicator.code());
            List<Target> rowTargets = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
            for (Target target : rowTargets) {
                if (rows.size() >= MAX_ROWS) {
                    break;
                }
                Map<String, String> cell = target == null ? Map.of() : target.breakdown();
                Series series = monitor.series(indicator.code(), NATIONAL, cell);
                List<SeriesPoint> known = series.points().stream()
                        .filter(p -> p.value() != null && p.position() <= until).toList();
                if (known.isEmpty() && target == null) {
                    continue;
                }
                SeriesPoint latest = known.isEmpty() ? null : known.getLast();
                StatusColour suggested = analyses.stream().filter(a -> Objects.equals(a.target(), target))
                        .map(Analysis::suggested).findFirst().orElse(StatusColour.UNKNOWN);
                rows.add(new KeyFigure(indicator.code(), indicator.nameNl(), label(cell), unit(indicator),
                        decimals(indicator), latest == null ? null : latest.period(),
                        latest == null ? null : latest.value(), target == null ? null : target.baselinePeriod(),
                        target == null ? null : target.baselineValue(), target == null ? null : target.value(),
                        target == null ? null : target.year(), suggested, indicator.source()));
                if (chart == null && known.size() >= 2) {
                    chart = new Chart(indicator.code(), indicator.nameNl() + (cell.isEmpty() ? "" : " (" + label(cell) + ")"),
                            indicator.unit(), decimals(indicator), unit(indicator),
                            known.stream().map(p -> new Point(p.period(), p.position(), p.value())).toList(),
                            target == null ? null : target.value(), target == null ? null : target.year());
                }
            }
        }
        return new Result(List.copyOf(rows), chart);
    }

    static String label(Map<String, String> cell) {
        return cell.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    static int decimals(Indicator indicator) {
        return !indicator.isShare() ? 0 : indicator.isPercent() ? 1 : 3;
    }

    static String unit(Indicator indicator) {
        return indicator.isShare() && indicator.isPercent() ? "%" : "";
    }
}
