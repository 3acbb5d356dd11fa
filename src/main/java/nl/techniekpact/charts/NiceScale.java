package nl.techniekpact.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An axis with "nice" ticks: the step is 1, 2 or 5 times a power of ten, chosen as the smallest such step that
 * gives at most {@code maxTicks} intervals over the data, and the axis runs from the last step at or below the
 * minimum to the first step at or above the maximum. Tick values are computed in decimal ({@link BigDecimal}),
 * so 0.1 + 0.2 gives a tick of exactly 0.3.
 *
 * @param min      the first tick
 * @param max      the last tick
 * @param step     the distance between ticks
 * @param decimals digits needed to write every tick exactly (0 for steps of 1 and larger)
 */
record NiceScale(double min, double max, double step, int decimals) {

    private static final int[] MULTIPLIERS = {1, 2, 5};
    /** Tolerance in steps, so that 0.3 / 0.1 counts as 3 and not as 2.9999999999999996. */
    private static final double EPSILON = 1e-9;

    /**
     * The nice scale around {@code [dataMin, dataMax]} with at most {@code maxTicks} intervals (at least 1). An
     * empty range around {@code v} is widened to include 0 (or to {@code [0, 1]} for 0 itself).
     */
    static NiceScale of(double dataMin, double dataMax, int maxTicks) {
        if (!Double.isFinite(dataMin) || !Double.isFinite(dataMax) || dataMin > dataMax) {
            throw new IllegalArgumentException("Bad range: " + dataMin + " .. " + dataMax);
        }
        if (maxTicks < 1) {
            throw new IllegalArgumentException("maxTicks must be at least 1: " + maxTicks);
        }
        double low = dataMin;
        double high = dataMax;
        if (low == high) {
            low = Math.min(low, 0);
            high = Math.max(high, 0);
            if (low == high) {
                high = 1;
            }
        }
        int exponent = (int) Math.floor(Math.log10((high - low) / maxTicks));
        while (true) {
            for (int multiplier : MULTIPLIERS) {
                BigDecimal step = BigDecimal.valueOf(multiplier).scaleByPowerOfTen(exponent);
                long first = (long) Math.floor(low / step.doubleValue() + EPSILON);
                long last = (long) Math.ceil(high / step.doubleValue() - EPSILON);
                if (last - first <= maxTicks) {
                    return build(step, first, last);
                }
            }
            exponent++;
        }
    }

    private static NiceScale build(BigDecimal step, long first, long last) {
        int decimals = Math.max(0, step.stripTrailingZeros().scale());
        return new NiceScale(step.multiply(BigDecimal.valueOf(first)).doubleValue(),
                step.multiply(BigDecimal.valueOf(last)).doubleValue(), step.doubleValue(), decimals);
    }

    /** Every tick from {@link #min()} to {@link #max()}. */
    List<Double> ticks() {
        BigDecimal exactStep = BigDecimal.valueOf(step);
        long first = Math.round(min / step);
        long last = Math.round(max / step);
        List<Double> ticks = new ArrayList<>();
        for (long i = first; i <= last; i++) {
            ticks.add(exactStep.multiply(BigDecimal.valueOf(i)).doubleValue());
        }
        return ticks;
    }

    /** Where {@code value} falls between {@link #min()} (0) and {@link #max()} (1). */
    double fraction(double value) {
        return (value - min) / (max - min);
    }
}
