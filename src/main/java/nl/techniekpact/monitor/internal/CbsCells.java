package nl.techniekpact.monitor.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.monitor.Breakdown;
import nl.techniekpact.importers.CbsTotals;
import nl.techniekpact.importers.ObservationValue;
import nl.techniekpact.importers.RawObservation;

/**
 * Turns CBS rows into cells by a {@link CbsProfile}. CBS publishes its own regional totals (NL01, LD, PV …),
 * so values are stored for the regions the table names and not summed further; topics the profile does not
 * name are left out, and so are rows outside the profile's filter. A dimension's total (named by the profile, or a
 * CBS total key or title, see {@link CbsTotals}) becomes the cell without that dimension: a question that does
 * not name the dimension then reads the table's own total, never the total plus its parts.
 */
final class CbsCells {

    private final CbsProfile profile;
    private final CellSums sums = new CellSums();
    private int used;

    CbsCells(CbsProfile profile) {
        this.profile = profile;
    }

    void add(RawObservation row) {
        CbsProfile.Topic topic = profile.topics().get(row.measure());
        if (topic == null || !profile.keeps(row.breakdown())) {
            return;
        }
        used++;
        Map<String, String> cell = new LinkedHashMap<>();
        for (var entry : row.breakdown().entrySet()) {
            String dimension = entry.getKey();
            if (profile.isTotal(dimension, entry.getValue())
                    || CbsTotals.isTotal(entry.getValue(), row.labels().get(dimension))) {
                continue;
            }
            cell.put(profile.dimensions().getOrDefault(dimension, dimension.toLowerCase(java.util.Locale.ROOT)),
                    entry.getValue());
        }
        Double value = row.value() instanceof ObservationValue.Amount amount
                ? amount.number().multiply(topic.factor()).doubleValue() : null;
        sums.addCount(topic.indicator(), row.regionCode(), row.period(), Breakdown.of(cell), value, false);
    }

    int used() {
        return used;
    }

    List<Cell> cells() {
        return sums.cells();
    }
}
