package nl.techniekpact.monitor.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.monitor.Breakdown;

/**
 * Adds values into cells: counts into {@code value}, shares into numerator and denominator, withheld source
 * values into a count of suppressed cells. Insertion order is kept so output is deterministic.
 */
final class CellSums {

    private final Map<Cell.Key, double[]> sums = new LinkedHashMap<>();
    private final Map<Cell.Key, Boolean> derived = new LinkedHashMap<>();

    private static final int VALUE = 0;
    private static final int NUMERATOR = 1;
    private static final int DENOMINATOR = 2;
    private static final int SUPPRESSED = 3;
    private static final int HAS_VALUE = 4;
    private static final int HAS_SHARE = 5;

    void addCount(String indicator, String region, String period, Breakdown breakdown, Double value, boolean isDerived) {
        double[] sum = slot(new Cell.Key(indicator, region, period, breakdown), isDerived);
        if (value == null) {
            sum[SUPPRESSED]++;
        } else {
            sum[VALUE] += value;
            sum[HAS_VALUE] = 1;
        }
    }

    /** {@code numerator} or {@code denominator} null means the source withheld it. */
    void addShare(String indicator, String region, String period, Breakdown breakdown, Double numerator,
                  Double denominator, boolean isDerived) {
        double[] sum = slot(new Cell.Key(indicator, region, period, breakdown), isDerived);
        if (numerator == null || denominator == null) {
            sum[SUPPRESSED]++;
        }
        sum[NUMERATOR] += numerator == null ? 0 : numerator;
        sum[DENOMINATOR] += denominator == null ? 0 : denominator;
        sum[HAS_SHARE] = 1;
    }

    void addAll(Cell cell) {
        double[] sum = slot(cell.key(), cell.derived());
        sum[SUPPRESSED] += cell.suppressedCells();
        if (cell.value() != null) {
            sum[VALUE] += cell.value();
            sum[HAS_VALUE] = 1;
        }
        if (cell.numerator() != null) {
            sum[NUMERATOR] += cell.numerator();
            sum[DENOMINATOR] += cell.denominator();
            sum[HAS_SHARE] = 1;
        }
    }

    private double[] slot(Cell.Key key, boolean isDerived) {
        derived.merge(key, isDerived, Boolean::logicalAnd);
        return sums.computeIfAbsent(key, k -> new double[6]);
    }

    List<Cell> cells() {
        return sums.entrySet().stream().map(e -> {
            Cell.Key k = e.getKey();
            double[] s = e.getValue();
            boolean share = s[HAS_SHARE] > 0;
            Double value = s[HAS_VALUE] > 0 ? s[VALUE] : null;
            if (!share && value == null && s[SUPPRESSED] == 0) {
                value = 0.0;
            }
            return new Cell(k.indicator(), k.region(), k.period(), k.breakdown(), share ? null : value,
                    share ? s[NUMERATOR] : null, share ? s[DENOMINATOR] : null, (int) s[SUPPRESSED],
                    derived.get(k));
        }).toList();
    }

    int size() {
        return sums.size();
    }
}
