package nl.techniekpact.monitor.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.monitor.Breakdown;
import nl.techniekpact.monitor.importers.DuoDataset;
import nl.techniekpact.monitor.importers.ObservationValue;
import nl.techniekpact.monitor.importers.RawObservation;

/**
 * Turns DUO rows into the monitor's indicators: counts in the CROHO domain or mbo sector techniek, and the
 * shares built from the same rows (women among techniek first-years; techniek among all mbo participants).
 * Every row is summed into its municipality, the regions above it and the Netherlands ({@link RegionFanOut}).
 */
final class DuoCells {

    static final String TECHNIEK = "techniek";

    private final DuoDataset dataset;
    private final RegionFanOut fanOut;
    private final CellSums sums = new CellSums();

    DuoCells(DuoDataset dataset, RegionFanOut fanOut) {
        this.dataset = dataset;
        this.fanOut = fanOut;
    }

    /** {@code region} is the row's municipality code, or null when the source names none that is known. */
    void add(RawObservation row, String region) {
        Double value = row.value() instanceof ObservationValue.Amount amount ? amount.number().doubleValue() : null;
        Map<String, String> b = row.breakdown();
        for (RegionFanOut.Target target : fanOut.targets(region, row.period())) {
            if (dataset == DuoDataset.MBO_DEELNEMERS) {
                addMbo(row, b, value, target);
            } else {
                addHigherEducation(row, b, value, target);
            }
        }
    }

    private void addHigherEducation(RawObservation row, Map<String, String> b, Double value, RegionFanOut.Target t) {
        if (!TECHNIEK.equalsIgnoreCase(b.getOrDefault("croho-onderdeel", ""))) {
            return;
        }
        Map<String, String> cell = new LinkedHashMap<>();
        cell.put("niveau", dataset.niveau());
        String form = studyForm(b.get("opleidingsvorm"));
        if (form != null) {
            cell.put("opleidingsvorm", form);
        }
        Map<String, String> withGender = new LinkedHashMap<>(cell);
        if (b.get("geslacht") != null) {
            withGender.put("geslacht", b.get("geslacht"));
        }
        String count = dataset.measure().equals("eerstejaars") ? "ho-eerstejaars-techniek" : "ho-gediplomeerden-techniek";
        sums.addCount(count, t.region(), row.period(), Breakdown.of(withGender), value, t.derived());
        if (dataset.measure().equals("eerstejaars")) {
            boolean woman = "vrouw".equals(b.get("geslacht"));
            sums.addShare("ho-aandeel-vrouwen-techniek", t.region(), row.period(), Breakdown.of(cell),
                    value == null ? null : (woman ? value : 0.0), value, t.derived());
        }
    }

    private void addMbo(RawObservation row, Map<String, String> b, Double value, RegionFanOut.Target t) {
        Map<String, String> cell = new LinkedHashMap<>();
        String level = b.get("mbo-niveau");
        cell.put("niveau", level == null ? "mbo" : "mbo-" + level.strip());
        String route = route(b.get("leerweg"));
        if (route != null) {
            cell.put("leerweg", route);
        }
        if (b.get("geslacht") != null) {
            cell.put("geslacht", b.get("geslacht"));
        }
        boolean techniek = TECHNIEK.equalsIgnoreCase(b.getOrDefault("sector", ""));
        if (techniek) {
            sums.addCount("mbo-deelnemers-techniek", t.region(), row.period(), Breakdown.of(cell), value, t.derived());
        }
        sums.addShare("mbo-aandeel-techniek", t.region(), row.period(), Breakdown.of(cell),
                value == null ? null : (techniek ? value : 0.0), value, t.derived());
    }

    static String studyForm(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.toLowerCase(Locale.ROOT);
        if (v.startsWith("voltijd")) {
            return "voltijd";
        }
        if (v.startsWith("deeltijd")) {
            return "deeltijd";
        }
        if (v.startsWith("duaal")) {
            return "duaal";
        }
        return v.replaceAll("[^a-z0-9]+", "-");
    }

    static String route(String raw) {
        if (raw == null) {
            return null;
        }
        return switch (raw.strip().toUpperCase(Locale.ROOT)) {
            case "BBL" -> "bbl";
            case "BOLVT" -> "bol-voltijd";
            case "BOLDT" -> "bol-deeltijd";
            default -> raw.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        };
    }

    List<Cell> cells() {
        return sums.cells();
    }
}
