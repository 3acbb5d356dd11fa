package nl.techniekpact.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The classes of a choropleth map, computed deterministically from the values. Values are first rounded to the
 * number of decimals the map shows (half up), so a region's tooltip, its class and the legend always agree;
 * equal-interval bounds are rounded the same way. There are {@code min(classCount, distinct values)} classes
 * (fewer for equal intervals when rounding makes two bounds equal: they are merged); none when there are no
 * values.
 *
 * @param method   how the breaks were chosen
 * @param decimals the rounding applied to values and bounds
 * @param classes  from low to high; ranges do not overlap except for shared equal-interval bounds
 */
public record ClassBreaks(Classification method, int decimals, List<Range> classes) {

    /** The number of classes a map asks for. */
    public static final int DEFAULT_CLASS_COUNT = 5;

    /**
     * One class, both ends already rounded.
     *
     * @param from the smallest value in the class (quantiles) or its lower bound (equal intervals)
     * @param to   the largest value in the class (quantiles) or its upper bound (equal intervals)
     */
    public record Range(double from, double to) {
    }

    public ClassBreaks {
        Objects.requireNonNull(method, "method");
        classes = List.copyOf(classes);
    }

    /** Five classes of the non-null values, rounded as {@code numbers} shows them. */
    public static ClassBreaks of(Collection<Double> values, Classification method, NumberStyle numbers) {
        return of(values, method, DEFAULT_CLASS_COUNT, numbers.decimals());
    }

    /** Up to {@code classCount} classes of the non-null values, rounded to {@code decimals}. */
    public static ClassBreaks of(Collection<Double> values, Classification method, int classCount, int decimals) {
        if (classCount < 1) {
            throw new IllegalArgumentException("classCount must be at least 1: " + classCount);
        }
        List<BigDecimal> sorted = values.stream().filter(Objects::nonNull)
                .map(v -> round(v, decimals)).sorted().toList();
        if (sorted.isEmpty()) {
            return new ClassBreaks(method, decimals, List.of());
        }
        List<Range> classes = switch (method) {
            case QUANTILES -> quantiles(sorted, classCount);
            case EQUAL_INTERVALS -> equalIntervals(sorted, classCount, decimals);
        };
        return new ClassBreaks(method, decimals, classes);
    }

    /** The class (0 = lowest) of a value, after rounding; values beyond the ends go to the first or last class. */
    public int classOf(double value) {
        if (classes.isEmpty()) {
            throw new IllegalStateException("There are no classes: no values were given");
        }
        double rounded = round(value, decimals).doubleValue();
        if (method == Classification.QUANTILES) {
            for (int j = 0; j < classes.size(); j++) {
                if (rounded <= classes.get(j).to()) {
                    return j;
                }
            }
            return classes.size() - 1;
        }
        for (int j = classes.size() - 1; j > 0; j--) {
            if (rounded >= classes.get(j).from()) {
                return j;
            }
        }
        return 0;
    }

    public int size() {
        return classes.size();
    }

    public boolean isEmpty() {
        return classes.isEmpty();
    }

    /**
     * Class {@code j} (1-based) of {@code k} ends at the first distinct value whose cumulative count reaches
     * {@code j·n/k}, but never so late that a later class would be left without a value of its own.
     */
    private static List<Range> quantiles(List<BigDecimal> sorted, int classCount) {
        List<BigDecimal> distinct = sorted.stream().distinct().toList();
        int[] cumulative = new int[distinct.size()];
        for (int i = 0, run = 0; i < distinct.size(); i++) {
            while (run < sorted.size() && sorted.get(run).compareTo(distinct.get(i)) == 0) {
                run++;
            }
            cumulative[i] = run;
        }
        int n = sorted.size();
        int d = distinct.size();
        int k = Math.min(classCount, d);
        List<Range> classes = new ArrayList<>();
        int first = 0;
        for (int j = 1; j <= k; j++) {
            int last = first;
            while (last < d - 1 && (long) cumulative[last] * k < (long) j * n) {
                last++;
            }
            last = Math.min(last, d - 1 - (k - j));
            classes.add(new Range(distinct.get(first).doubleValue(), distinct.get(last).doubleValue()));
            first = last + 1;
        }
        return classes;
    }

    private static List<Range> equalIntervals(List<BigDecimal> sorted, int classCount, int decimals) {
        BigDecimal min = sorted.getFirst();
        BigDecimal max = sorted.getLast();
        if (min.compareTo(max) == 0) {
            return List.of(new Range(min.doubleValue(), max.doubleValue()));
        }
        List<BigDecimal> bounds = new ArrayList<>();
        BigDecimal span = max.subtract(min);
        for (int j = 0; j <= classCount; j++) {
            BigDecimal bound = j == classCount ? max : min.add(span.multiply(BigDecimal.valueOf(j))
                    .divide(BigDecimal.valueOf(classCount), decimals + 6, RoundingMode.HALF_UP))
                    .setScale(decimals, RoundingMode.HALF_UP);
            if (bounds.isEmpty() || bound.compareTo(bounds.getLast()) > 0) {
                bounds.add(bound);
            }
        }
        List<Range> classes = new ArrayList<>();
        for (int j = 1; j < bounds.size(); j++) {
            classes.add(new Range(bounds.get(j - 1).doubleValue(), bounds.get(j).doubleValue()));
        }
        return classes;
    }

    private static BigDecimal round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Not a finite value: " + value);
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
