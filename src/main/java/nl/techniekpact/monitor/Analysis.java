package nl.techniekpact.monitor;

import nl.techniekpact.shared.StatusColour;

/**
 * How a series stands against its target. {@code progress} is the fraction of the way from baseline to target
 * covered by the latest value (1 = reached); {@code requiredPerYear} the change per year still needed to reach
 * the target in its year; {@code achievedPerYear} the trend (least-squares slope over the series);
 * {@code projectedYear} the year the trend reaches the target (null: not at this trend, or no trend);
 * {@code suggested} the colour the figures suggest, with {@code reasonKey} saying why in words.
 */
public record Analysis(Target target, SeriesPoint latest, Double baseline, Double progress, Double requiredPerYear,
                       Double achievedPerYear, Double projectedYear, StatusColour suggested, String reasonKey) {

    /** The worst known of several colours: DELAYED before ON_SCHEDULE before COMPLETED; else UNKNOWN. */
    public static StatusColour worst(java.util.List<StatusColour> colours) {
        for (StatusColour colour : java.util.List.of(StatusColour.DELAYED, StatusColour.ON_SCHEDULE,
                StatusColour.COMPLETED)) {
            if (colours.contains(colour)) {
                return colour;
            }
        }
        return StatusColour.UNKNOWN;
    }

    public static Analysis none(SeriesPoint latest, String reasonKey) {
        return new Analysis(null, latest, null, null, null, null, null, StatusColour.UNKNOWN, reasonKey);
    }
}
