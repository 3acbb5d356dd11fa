package nl.techniekpact.monitor.internal;

import java.util.Objects;

import nl.techniekpact.monitor.Breakdown;

/**
 * One value to store: an indicator's value for a region, period and breakdown cell. A count has
 * {@code value}; a share has {@code numerator} and {@code denominator} (and {@code value} only when a source
 * states the share itself, as the seeds do). {@code suppressedCells} counts source cells withheld ({@code <5})
 * that the sums leave out; {@code derived} marks a sum over municipalities through the crosswalk.
 */
record Cell(String indicator, String region, String period, Breakdown breakdown, Double value, Double numerator,
            Double denominator, int suppressedCells, boolean derived) {

    Cell {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(breakdown, "breakdown");
    }

    Key key() {
        return new Key(indicator, region, period, breakdown);
    }

    record Key(String indicator, String region, String period, Breakdown breakdown) {
    }
}
