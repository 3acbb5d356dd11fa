package nl.techniekpact.importers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One number read from a source file, not yet tied to an indicator.
 *
 * @param line          1-based line of the source row (JSON: line of the row object)
 * @param column        1-based column of the value cell (JSON: column of the value token)
 * @param regionCode    normalised code ({@code GM0014}, {@code PV20}, {@code NL01}); {@code null} when the
 *                      source names no region code (DUO mbo files name only a place)
 * @param period        {@code 2019JJ00}, {@code 2011KW01}, {@code 2020MM01}, or a school year {@code 2019/2020}
 * @param measure       what is counted: {@code eerstejaars}, {@code deelnemers}, or a CBS topic key
 * @param breakdown     the cell's coordinates besides region and period ({@code geslacht=vrouw}); together with
 *                      region, period and measure they identify the cell — no two rows of a clean result share them
 * @param value         the number, or a suppression marker
 * @param sourceColumns the source's own column names the row was read from (region, period, breakdowns, value)
 * @param labels        descriptive text that identifies nothing (municipality name, programme name, CBS titles)
 * @param denominator   for a share read with a column mapping that names a denominator column: the denominator
 *                      ({@code value} is then the numerator); null for every other row
 */
public record RawObservation(int line, int column, String regionCode, String period, String measure,
        Map<String, String> breakdown, ObservationValue value, List<String> sourceColumns,
        Map<String, String> labels, ObservationValue denominator) {

    /** A row with one value (no denominator). */
    public RawObservation(int line, int column, String regionCode, String period, String measure,
            Map<String, String> breakdown, ObservationValue value, List<String> sourceColumns,
            Map<String, String> labels) {
        this(line, column, regionCode, period, measure, breakdown, value, sourceColumns, labels, null);
    }

    public RawObservation {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        breakdown = Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
        sourceColumns = List.copyOf(sourceColumns);
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** The identity of the cell this row fills; equal keys in one file are a {@code DUPLICATE_ROW}. */
    public CellKey cellKey() {
        return new CellKey(regionCode, period, measure, breakdown);
    }

    public record CellKey(String regionCode, String period, String measure, Map<String, String> breakdown) {
    }
}
