package nl.techniekpact.monitor.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.monitor.Breakdown;
import nl.techniekpact.importers.RawObservation;

/**
 * The vmbo indicators from DUO's "leerlingen vo per vestiging naar onderwijstype": pupils of years 3–4 of the
 * vmbo (onderwijstype {@code VMBO BL|KL|GL|TL lj 3-4}, every leer- or verblijfsjaar column of those rows), and
 * among them those in the VMBO SECTOR techniek. Leerwegen become {@code niveau}: BL {@code vmbo-bb}, KL
 * {@code vmbo-kb}, GL and TL together {@code vmbo-gt}. Years 1–2, havo, vwo, praktijkonderwijs and pupils placed at
 * a VAVO are not counted.
 */
final class VmboCells {

    static final String TECHNIEK = "techniek";

    private VmboCells() {
    }

    static void add(CellSums sums, RawObservation row, Double value, RegionFanOut.Target t) {
        String niveau = niveau(row.breakdown().get("onderwijstype"));
        if (niveau == null) {
            return;
        }
        boolean techniek = TECHNIEK.equalsIgnoreCase(row.breakdown().getOrDefault("vmbo-sector", "").strip());
        String gender = row.breakdown().get("geslacht");
        Map<String, String> cell = new LinkedHashMap<>();
        cell.put("niveau", niveau);
        if (gender != null) {
            cell.put("geslacht", gender);
        }
        Breakdown withGender = Breakdown.of(cell);
        Breakdown level = Breakdown.of(Map.of("niveau", niveau));
        String period = row.period();
        sums.addCount("vmbo-leerlingen-lj34", t.region(), period, withGender, value, t.derived());
        if (techniek) {
            sums.addCount("vmbo-leerlingen-lj34-techniek", t.region(), period, withGender, value, t.derived());
        }
        sums.addShare("vmbo-aandeel-techniek", t.region(), period, withGender, share(techniek, value), value,
                t.derived());
        if (niveau.equals("vmbo-bb") || niveau.equals("vmbo-kb")) {
            sums.addShare("vmbo-bk-aandeel-techniek", t.region(), period, level, share(techniek, value), value,
                    t.derived());
            if (techniek) {
                sums.addShare("vmbo-bk-aandeel-meisjes-techniek", t.region(), period, level,
                        share("vrouw".equals(gender), value), value, t.derived());
            }
        }
    }

    private static Double share(boolean counted, Double value) {
        return value == null ? null : counted ? value : 0.0;
    }

    /** {@code VMBO BL lj 3-4} → {@code vmbo-bb}; null for anything but the vmbo's years 3–4. */
    static String niveau(String schoolType) {
        if (schoolType == null) {
            return null;
        }
        String type = schoolType.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!type.startsWith("VMBO ") || !type.endsWith(" LJ 3-4")) {
            return null;
        }
        return switch (type.substring(5, type.length() - 7).strip()) {
            case "BL", "BB" -> "vmbo-bb";
            case "KL", "KB" -> "vmbo-kb";
            case "GL", "TL", "GT", "GL/TL" -> "vmbo-gt";
            default -> null;
        };
    }
}
