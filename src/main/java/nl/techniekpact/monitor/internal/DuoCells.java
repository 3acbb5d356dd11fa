package nl.techniekpact.monitor.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.monitor.Breakdown;
import nl.techniekpact.importers.DuoDataset;
import nl.techniekpact.importers.ObservationValue;
import nl.techniekpact.importers.RawObservation;

/**
 * Turns DUO rows into the monitor's indicators: counts in the CROHO domain or mbo sector techniek, and the
 * shares built from the same rows (women among techniek first-years; techniek among all mbo participants);
 * vmbo pupils in years 3–4 and those in the sector techniek (see {@link VmboCells}); primary-school locations and
 * pupils. Every row is summed into its municipality, the regions above it and the Netherlands
 * ({@link RegionFanOut}); a row placed only in a province into that province and the Netherlands.
 */
final class DuoCells {

    static final String TECHNIEK = "techniek";

    private final DuoDataset dataset;
    private final RegionFanOut fanOut;
    private final CellSums sums = new CellSums();

    private final Map<String, String> fallbackPeriods;

    DuoCells(DuoDataset dataset, RegionFanOut fanOut) {
        this(dataset, fanOut, Map.of());
    }

    /**
     * @param fallbackPeriods per municipality, the period whose crosswalk places a row when the crosswalk of the
     *                        row's own period does not know the municipality: the pupil history gives a location
     *                        one municipality for all its years (its current one, or its last for a closed
     *                        location), so its early years may name a municipality that did not exist yet
     */
    DuoCells(DuoDataset dataset, RegionFanOut fanOut, Map<String, String> fallbackPeriods) {
        this.dataset = dataset;
        this.fanOut = fanOut;
        this.fallbackPeriods = fallbackPeriods;
    }

    /** {@code region} is the row's municipality code, or null when the source names none that is known. */
    void add(RawObservation row, String region) {
        add(row, region, null);
    }

    /**
     * {@code province}: where {@code region} is null, the province the source places the row in (it then counts
     * for that province and the Netherlands), or null (the Netherlands only).
     */
    void add(RawObservation row, String region, String province) {
        Double value = row.value() instanceof ObservationValue.Amount amount ? amount.number().doubleValue() : null;
        Map<String, String> b = row.breakdown();
        List<RegionFanOut.Target> targets = region == null && province != null
                ? List.of(new RegionFanOut.Target(province, true), new RegionFanOut.Target(RegionFanOut.NETHERLANDS, true))
                : fanOut.targets(region, row.period());
        if (targets.size() <= 2 && region != null && fallbackPeriods.containsKey(region)) {
            targets = fanOut.targets(region, fallbackPeriods.get(region));
        }
        for (RegionFanOut.Target target : targets) {
            switch (dataset) {
                case MBO_DEELNEMERS -> addMbo(row, b, value, target);
                case VO_ONDERWIJSTYPE -> VmboCells.add(sums, row, value, target);
                case PO_VESTIGINGEN, PO_LEERLINGEN -> addPrimary(row, b, value, target);
                default -> addHigherEducation(row, b, value, target);
            }
        }
    }

    /**
     * Primary education: the register counts each location of regular primary education (bo) once; the pupil
     * history counts pupils of bo and sbo locations, and each location with pupils in that year (a withheld
     * count {@code <5} is still a location). Special education (so, vso) is not primary education and is left out.
     */
    private void addPrimary(RawObservation row, Map<String, String> b, Double value, RegionFanOut.Target t) {
        if (dataset == DuoDataset.PO_VESTIGINGEN) {
            sums.addCount("po-scholen", t.region(), row.period(), Breakdown.of(Map.of("schoolsoort", "bo")), value,
                    t.derived());
            return;
        }
        String kind = b.getOrDefault("soort-vestiging", "").strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("bo") && !kind.equals("sbo")) {
            return;
        }
        Breakdown cell = Breakdown.of(Map.of("schoolsoort", kind));
        sums.addCount("po-leerlingen", t.region(), row.period(), cell, value, t.derived());
        if (value == null || value > 0) {
            sums.addCount("po-scholen", t.region(), row.period(), cell, 1.0, t.derived());
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
