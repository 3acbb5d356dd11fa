package nl.techniekpact.loket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.techniekpact.monitor.ImportFormat;
import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.shared.Json;

/**
 * The reach figures as the monitor imports them: per indicator one CSV of municipal figures with its column
 * mapping (docs/monitor-data-format.md), once for the closed school years (final) and once for the running one
 * (provisional), since provenance is per import. Rows are in a fixed order, so the same figures give the same
 * file, byte for byte, and the same hash.
 */
final class ReachFiles {

    static final String ORGANISATION = "Techniekpact Loket";
    static final String DATASET = "loket-bereik";

    private ReachFiles() {
    }

    /** One file to import: an indicator's figures of some school years, final or provisional. */
    record Part(String indicator, boolean provisional, List<String> schoolYears, ImportRequest request,
                String sha256) {

        /** Identifies the part across publications: the same part with the same hash need not be imported again. */
        String key() {
            return indicator + (provisional ? "|provisional" : "|final");
        }
    }

    /** The parts of {@code figures}: the running school year of {@code today} provisional, the others final. */
    static List<Part> parts(Reach.Figures figures, LocalDate today) {
        String running = SchoolYears.of(today);
        List<Part> parts = new ArrayList<>();
        for (boolean provisional : List.of(false, true)) {
            List<String> years = figures.schoolYears().stream().filter(y -> y.equals(running) == provisional).toList();
            if (years.isEmpty()) {
                continue;
            }
            for (String indicator : Reach.INDICATORS) {
                List<Reach.Figure> rows = figures.figures().stream()
                        .filter(f -> f.indicator().equals(indicator) && years.contains(f.schoolYear())).toList();
                if (!rows.isEmpty()) {
                    parts.add(part(indicator, provisional, years, rows, today));
                }
            }
        }
        return parts;
    }

    private static Part part(String indicator, boolean provisional, List<String> years, List<Reach.Figure> rows,
                             LocalDate today) {
        boolean share = Reach.SCHOOLS_REACHED.equals(indicator);
        String dimension = Reach.DIMENSIONS.get(indicator);
        StringBuilder csv = new StringBuilder("gemeente,schooljaar,").append(dimension)
                .append(share ? ",teller,noemer\r\n" : ",aantal\r\n");
        for (Reach.Figure f : rows) {
            csv.append(f.municipality()).append(',').append(period(f.schoolYear())).append(',').append(f.cell())
                    .append(',').append(f.count());
            if (share) {
                csv.append(',').append(f.denominator());
            }
            csv.append("\r\n");
        }
        Map<String, Object> mapping = new LinkedHashMap<>();
        mapping.put("indicator", indicator);
        mapping.put("region", "gemeente");
        mapping.put("period", "schooljaar");
        mapping.put("value", share ? "teller" : "aantal");
        if (share) {
            mapping.put("denominator", "noemer");
        }
        mapping.put("breakdowns", Map.of(dimension, dimension));
        String mappingJson = Json.MAPPER.writeValueAsString(mapping);
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        String name = indicator + "-" + years.getFirst() + (years.size() > 1 ? "-tot-" + years.getLast() : "")
                + (provisional ? "-voorlopig" : "") + ".csv";
        ImportRequest request = new ImportRequest(ImportFormat.CSV, List.of(new ImportRequest.File(name, content)),
                DATASET, mappingJson, ORGANISATION, today, provisional);
        return new Part(indicator, provisional, years, request, sha256(mappingJson, content));
    }

    /** {@code 2025-2026} → the monitor's school-year code {@code 2025/2026}. */
    static String period(String schoolYear) {
        return schoolYear.replace('-', '/');
    }

    private static String sha256(String mapping, byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(mapping.getBytes(StandardCharsets.UTF_8));
            digest.update(content);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
