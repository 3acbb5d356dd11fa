package nl.techniekpact.monitor;

import java.util.List;
import java.util.Map;

/** One indicator in one period for every region of one kind, sorted by value (highest first, missing last). */
public record Comparison(Indicator indicator, Geography.Kind kind, String period, Map<String, String> filter,
                         List<Row> rows, Double national) {

    public record Row(Geography geography, Double value, Double numerator, Double denominator, int suppressedCells) {
    }
}
