package nl.techniekpact.monitor.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.importers.ImportError;
import nl.techniekpact.importers.ImportError.Code;
import nl.techniekpact.importers.ParseResult;
import nl.techniekpact.importers.RegionDivisionReader;
import nl.techniekpact.importers.RegionDivisionReader.Assignment;
import nl.techniekpact.importers.RegionDivisionReader.Division;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports Regioatlas 2016 divisions (RMC regions, samenwerkingsverbanden passend onderwijs vo and po) as
 * geographies with memberships from 2016 to the crosswalk's newest year (ADR 0009), inside the import's
 * transaction. Only the memberships of the divisions in the request are replaced; the crosswalk's and the other
 * divisions' stay as they are.
 */
@Component
class RegionDivisions {

    static final String SOURCE = "Regioatlas (BZK), indeling 2016";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Crosswalks crosswalks;

    RegionDivisions(JdbcClient jdbc, JdbcTemplate template, Crosswalks crosswalks) {
        this.jdbc = jdbc;
        this.template = template;
        this.crosswalks = crosswalks;
    }

    record Outcome(int rowsRead, ObservationWriter.Counts counts, String message) {
    }

    Outcome run(long job, ImportRequest request) {
        List<ImportError> errors = new ArrayList<>();
        Map<Division, List<Assignment>> byDivision = new EnumMap<>(Division.class);
        Map<String, List<Assignment>> byFile = new LinkedHashMap<>();
        int rows = 0;
        for (ImportRequest.File file : request.files()) {
            ParseResult<Assignment> parsed = RegionDivisionReader.parse(ImportRunner.source(file));
            errors.addAll(parsed.errors());
            rows += parsed.rows().size();
            byFile.put(file.name(), parsed.rows());
            parsed.rows().forEach(a -> byDivision.computeIfAbsent(a.division(), d -> new ArrayList<>()).add(a));
        }
        ImportRunner.failOnErrors(errors, rows);
        String first = request.files().getFirst().name();
        if (byDivision.isEmpty()) {
            throw new ImportFailed(List.of(ImportError.of(first, 1, 0, Code.EMPTY_FILE)), rows);
        }
        if (!crosswalks.loaded()) {
            throw new ImportFailed(List.of(ImportError.of(first, 0, 0, Code.NO_CROSSWALK)), rows);
        }
        Set<String> municipalities = crosswalks.municipalityCodes();
        byFile.forEach((file, assignments) -> assignments.stream()
                .filter(a -> !municipalities.contains(a.municipalityCode()))
                .forEach(a -> errors.add(ImportError.of(file, a.line(), a.column(), Code.UNKNOWN_REGION, a.municipalityCode()))));
        ImportRunner.failOnErrors(errors, rows);
        int lastYear = jdbc.sql("""
                select coalesce(max(gm.year), 0) from geography_membership gm join geography p on p.id = gm.parent_id
                 where p.kind = 'PROVINCE'""").query(Integer.class).single();
        int added = 0;
        int removed = 0;
        int unchanged = 0;
        List<String> messages = new ArrayList<>();
        for (var entry : byDivision.entrySet()) {
            Division division = entry.getKey();
            Map<String, Set<String>> regionsOf = new TreeMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (Assignment a : entry.getValue()) {
                regionsOf.computeIfAbsent(a.municipalityCode(), m -> new TreeSet<>()).add(a.regionCode());
                names.putIfAbsent(a.regionCode(), name(division, a));
            }
            writeGeographies(division, names);
            RegionDivisionProjection.Result projected = RegionDivisionProjection.project(regionsOf, lastYear);
            int[] counts = writeMemberships(division, projected, job);
            added += counts[0];
            removed += counts[1];
            unchanged += counts[2];
            messages.add(message(division, names.size(), projected));
        }
        return new Outcome(rows, new ObservationWriter.Counts(added, removed, unchanged),
                String.join(" ", messages));
    }

    /** Dutch name of a region as pages show it: the RMC region's own name, a partnership's code with its kind. */
    static String name(Division division, Assignment a) {
        return switch (division) {
            case RMC_REGION -> a.regionName();
            case SWV_VO -> "Samenwerkingsverband passend onderwijs vo " + a.regionCode();
            case SWV_PO -> "Samenwerkingsverband passend onderwijs po " + a.regionCode();
        };
    }

    private void writeGeographies(Division division, Map<String, String> names) {
        names.forEach((code, name) -> {
            String kind = jdbc.sql("select kind from geography where code = ?").param(code).query(String.class)
                    .optional().orElse(null);
            if (kind != null && !kind.equals(division.name())) {
                throw new IllegalStateException("Region code " + code + " is already a " + kind);
            }
            jdbc.sql("""
                    insert into geography (code, kind, name, source) values (?, ?, ?, ?)
                    on conflict (code) do update set name = excluded.name, source = excluded.source""")
                    .params(code, division.name(), name, SOURCE).update();
        });
    }

    /** Replaces this division's memberships by the projected ones: {added, removed, unchanged}. */
    private int[] writeMemberships(Division division, RegionDivisionProjection.Result projected, long job) {
        Map<String, Integer> ids = new HashMap<>();
        jdbc.sql("select code, id from geography").query((rs, n) -> ids.put(rs.getString(1), rs.getInt(2))).list();
        Set<List<Integer>> wanted = new HashSet<>();
        projected.memberships().forEach((year, members) -> members.forEach((municipality, region) -> {
            Integer id = ids.get(municipality);
            if (id != null) {
                wanted.add(List.of(id, year, ids.get(region)));
            }
        }));
        List<List<Integer>> existing = jdbc.sql("""
                select gm.municipality_id, gm.year, gm.parent_id from geography_membership gm
                  join geography p on p.id = gm.parent_id where p.kind = ?""").param(division.name())
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).list();
        int removed = 0;
        for (List<Integer> row : existing) {
            if (!wanted.contains(row)) {
                removed += jdbc.sql("delete from geography_membership where municipality_id = ? and year = ? and parent_id = ?")
                        .params(row.get(0), row.get(1), row.get(2)).update();
            }
        }
        Set<List<Integer>> present = new HashSet<>(existing);
        List<Object[]> batch = wanted.stream().filter(row -> !present.contains(row))
                .map(row -> new Object[] {row.get(0), row.get(1), row.get(2), job}).toList();
        if (!batch.isEmpty()) {
            template.batchUpdate(
                    "insert into geography_membership (municipality_id, year, parent_id, import_id) values (?, ?, ?, ?)",
                    batch);
        }
        return new int[] {batch.size(), removed, wanted.size() - batch.size()};
    }

    /**
     * "RMC-regio's (indeling 2016): 39 regio's; 2016: 390 gemeenten ingedeeld, 2026: 342; ingedeeld bij de regio
     * van hun eigen grondgebied van 2016: GM0363 2023–2026 (nam gemeenten uit een andere regio op), …; niet
     * ingedeeld (…): GM1949 2018–2026, …".
     */
    private static String message(Division division, int regions, RegionDivisionProjection.Result projected) {
        Map<Integer, Map<String, String>> members = projected.memberships();
        int firstYear = members.keySet().iterator().next();
        int lastYear = ((TreeMap<Integer, Map<String, String>>) members).lastKey();
        String kept = years(projected.kept(), " (nam gemeenten uit een andere regio op)");
        String out = years(projected.leftOut(), "");
        return label(division) + ": " + regions + " regio's; " + firstYear + ": " + members.get(firstYear).size()
                + " gemeenten ingedeeld" + (lastYear > firstYear ? ", " + lastYear + ": " + members.get(lastYear).size() : "")
                + (kept.isEmpty() ? "" : "; ingedeeld bij de regio van hun eigen grondgebied van 2016: "
                + kept)
                + (out.isEmpty() ? "" : "; niet ingedeeld (in meer dan één regio, of gevormd uit gemeenten van"
                + " verschillende regio's): " + out) + ".";
    }

    /** "GM0014 2019–2026, GM1940 2016–2026": each municipality with its first and last year, then the note. */
    private static String years(Map<Integer, Set<String>> perYear, String note) {
        Map<String, List<Integer>> years = new TreeMap<>();
        perYear.forEach((year, codes) -> codes.forEach(c -> years.computeIfAbsent(c, k -> new ArrayList<>()).add(year)));
        return years.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().getFirst()
                        + (e.getValue().size() > 1 ? "–" + e.getValue().getLast() : "") + note)
                .collect(Collectors.joining(", "));
    }

    static String label(Division division) {
        return switch (division) {
            case RMC_REGION -> "RMC-regio's (indeling 2016)";
            case SWV_VO -> "Samenwerkingsverbanden passend onderwijs vo (indeling 2016)";
            case SWV_PO -> "Samenwerkingsverbanden passend onderwijs po (indeling 2016)";
        };
    }
}
