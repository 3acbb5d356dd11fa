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

    public static Analysis none(SeriesPoint latest, String reasonKey) {
        return new Analysis(null, latest, null, null, null, null, null, StatusColour.UNKNOWN, reasonKey);
    }
}
