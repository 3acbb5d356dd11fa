package nl.techniekpact.monitor;

import java.util.List;

/**
 * One period of a series, summed over every breakdown the question does not name. {@code value} is the count,
 * or the share in the indicator's unit computed from {@code numerator} and {@code denominator}.
 * {@code suppressedCells} counts source cells withheld for privacy ({@code <5}) that the sum leaves out: the
 * true value is then at least {@code value} (counts) or uncertain (shares).
 */
public record SeriesPoint(String period, Period.Kind kind, double position, Double value, Double numerator,
                          Double denominator, int suppressedCells, boolean derived, List<Provenance> provenance) {
}
