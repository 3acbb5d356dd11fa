package nl.techniekpact.monitor;

import java.util.List;

import nl.techniekpact.shared.StatusColour;

/**
 * What the overview shows of an indicator, from the monitor's read model: the two newest periods of the national
 * series (all breakdowns summed, oldest first; a value may be unknown), the colour its targets suggest together,
 * and its targets.
 */
public record IndicatorSummary(Indicator indicator, List<SeriesPoint> latest, StatusColour suggested,
                               List<Target> targets) {

    /** The newest point with a known value, or null. */
    public SeriesPoint newest() {
        List<SeriesPoint> known = latest.stream().filter(p -> p.value() != null).toList();
        return known.isEmpty() ? null : known.getLast();
    }

    /** The known point before {@link #newest()}, or null. */
    public SeriesPoint previous() {
        List<SeriesPoint> known = latest.stream().filter(p -> p.value() != null).toList();
        return known.size() < 2 ? null : known.get(known.size() - 2);
    }
}
