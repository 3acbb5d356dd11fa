package nl.techniekpact.monitor;

import java.util.List;

import nl.techniekpact.shared.StatusColour;

/**
 * Compares a series with its target. The trend is the least-squares slope of value over the periods' positions
 * in years; a target counts as reached when the latest value is on the right side of it (direction-aware).
 *
 * <p>Suggested colour: COMPLETED when reached; ON_SCHEDULE when the trend reaches the target by its year;
 * DELAYED when it does not; UNKNOWN without a target, with fewer than two values, or without a target year.
 */
final class Analyses {

    private Analyses() {
    }

    static Analysis analyse(Indicator indicator, List<SeriesPoint> points, List<Target> targets) {
        List<SeriesPoint> known = points.stream().filter(p -> p.value() != null).toList();
        SeriesPoint latest = known.isEmpty() ? null : known.getLast();
        targets = targets.stream().filter(t -> t.value() != null).toList();
        if (targets.isEmpty()) {
            return Analysis.none(latest, "monitor.analysis.no-target");
        }
        Target target = targets.stream().filter(t -> t.year() != null)
                .max(java.util.Comparator.comparing(Target::year)).orElse(targets.getFirst());
        if (latest == null) {
            return new Analysis(target, null, null, null, null, null, null, StatusColour.UNKNOWN,
                    "monitor.analysis.no-data");
        }
        Double baseline = target.baselineValue() != null ? target.baselineValue() : known.getFirst().value();
        double sign = direction(indicator, baseline, target.value()) == Indicator.Direction.HIGHER ? 1 : -1;
        double value = latest.value();
        Double progress = baseline == null || target.value() == baseline ? null
                : (value - baseline) / (target.value() - baseline);
        Double slope = known.size() < 2 ? null : slope(known);
        boolean reached = sign * (value - target.value()) >= 0;
        double now = latest.position();
        Double required = null;
        if (target.year() != null && !reached) {
            double yearsLeft = target.year() + 1 - (now + 1);
            required = yearsLeft > 0 ? (target.value() - value) / yearsLeft : null;
        }
        Double projected = null;
        if (reached) {
            projected = Math.floor(now);
        } else if (slope != null && sign * slope > 0) {
            projected = Math.floor(now + (target.value() - value) / slope);
        }
        StatusColour colour;
        String reason;
        if (reached) {
            colour = StatusColour.COMPLETED;
            reason = "monitor.analysis.reached";
        } else if (slope == null) {
            colour = StatusColour.UNKNOWN;
            reason = "monitor.analysis.too-few-values";
        } else if (target.year() == null) {
            colour = StatusColour.UNKNOWN;
            reason = "monitor.analysis.no-target-year";
        } else if (projected != null && projected <= target.year()) {
            colour = StatusColour.ON_SCHEDULE;
            reason = "monitor.analysis.on-trend";
        } else {
            colour = StatusColour.DELAYED;
            reason = projected == null ? "monitor.analysis.wrong-direction" : "monitor.analysis.too-slow";
        }
        return new Analysis(target, latest, baseline, progress, required, slope, projected, colour, reason);
    }

    /** The indicator's direction; where the seeds leave it open, the way from baseline to target. */
    static Indicator.Direction direction(Indicator indicator, Double baseline, double target) {
        if (indicator.direction() != null) {
            return indicator.direction();
        }
        return baseline != null && target < baseline ? Indicator.Direction.LOWER : Indicator.Direction.HIGHER;
    }

    /** Least-squares slope of value against position (per year). */
    static double slope(List<SeriesPoint> points) {
        double n = points.size();
        double sx = 0;
        double sy = 0;
        for (SeriesPoint p : points) {
            sx += p.position();
            sy += p.value();
        }
        double mx = sx / n;
        double my = sy / n;
        double num = 0;
        double den = 0;
        for (SeriesPoint p : points) {
            num += (p.position() - mx) * (p.value() - my);
            den += (p.position() - mx) * (p.position() - mx);
        }
        return den == 0 ? 0 : num / den;
    }
}
