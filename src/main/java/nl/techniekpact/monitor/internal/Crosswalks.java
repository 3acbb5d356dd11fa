package nl.techniekpact.monitor.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.techniekpact.importers.MunicipalityCrosswalk;
import nl.techniekpact.importers.MunicipalityRegions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The municipality crosswalk in the database: which province, labour-market region, COROP area, CBS landsdeel
 * and Techniekpact landsdeel each municipality belonged to in each year. Written by the crosswalk import,
 * read to sum municipal figures to every other geography.
 */
@Component
class Crosswalks {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Crosswalks(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Municipality code → parent geography codes, for one classification year. */
    record Year(int year, Map<String, List<String>> parents) {
        List<String> parentsOf(String municipality) {
            return parents.getOrDefault(municipality, List.of());
        }
    }

    /** The kinds of parent region the crosswalk import writes memberships for. */
    static final List<String> KINDS = List.of("PROVINCE", "LABOUR_MARKET_REGION", "COROP", "CBS_LANDSDEEL", "TP_LANDSDEEL");

    /** Whether the crosswalk itself is loaded (memberships of the region divisions alone do not count). */
    boolean loaded() {
        return jdbc.sql("""
                select exists (select 1 from geography_membership gm join geography p on p.id = gm.parent_id
                                where p.kind = 'PROVINCE')""").query(Boolean.class).single();
    }

    /** The classification of {@code year}; a year beyond the crosswalk uses its newest year, before it its oldest. */
    Year year(int year) {
        Integer[] range = jdbc.sql("select min(year), max(year) from geography_membership")
                .query((rs, n) -> new Integer[] {(Integer) rs.getObject(1), (Integer) rs.getObject(2)}).single();
        if (range[0] == null) {
            return new Year(year, Map.of());
        }
        int used = Math.max(range[0], Math.min(range[1], year));
        Map<String, List<String>> parents = new HashMap<>();
        jdbc.sql("""
                select m.code, p.code from geography_membership gm
                  join geography m on m.id = gm.municipality_id join geography p on p.id = gm.parent_id
                 where gm.year = ? order by m.code, p.code""").param(used)
                .query((rs, n) -> parents.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return new Year(used, parents);
    }

    Set<String> municipalityCodes() {
        return new HashSet<>(jdbc.sql("select code from geography where kind = 'MUNICIPALITY'").query(String.class).list());
    }

    /**
     * Municipality code by normalised name, for sources that name places instead of codes; a name used by
     * several codes (before and after a merger) maps to all of them, newest classification first.
     */
    Map<String, List<String>> municipalitiesByName() {
        Map<String, List<String>> byName = new HashMap<>();
        jdbc.sql("""
                select g.name, g.code from geography g
                 where g.kind = 'MUNICIPALITY'
                 order by (select max(year) from geography_membership m where m.municipality_id = g.id) desc, g.code""")
                .query((rs, n) -> byName.computeIfAbsent(normaliseName(rs.getString(1)), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return byName;
    }

    /** Upper case, accents and CBS suffixes such as "(L.)" or "(gemeente)" removed, runs of spaces as one. */
    static String normaliseName(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("\\s*\\([^)]*\\)", "").replace('-', ' ').replaceAll("\\s+", " ").strip()
                .toUpperCase(Locale.ROOT);
    }

    /** Writes the crosswalk: municipalities, regions and the membership of every year the file covers. */
    Counts write(List<MunicipalityRegions> rows, long importId, Map<String, List<String>> tpLandsdelen) {
        MunicipalityCrosswalk crosswalk = MunicipalityCrosswalk.of(rows);
        Map<String, String[]> names = new LinkedHashMap<>();
        rows.stream().sorted(java.util.Comparator.comparingInt(MunicipalityRegions::year)).forEach(r -> {
            names.put(r.municipalityCode(), new String[] {"MUNICIPALITY", r.municipalityName()});
            if (r.labourMarketRegionCode() != null) {
                names.put(r.labourMarketRegionCode(), new String[] {"LABOUR_MARKET_REGION", r.labourMarketRegionName()});
            }
            if (r.coropCode() != null) {
                names.put(r.coropCode(), new String[] {"COROP", r.coropName()});
            }
        });
        names.forEach((code, kindAndName) -> jdbc.sql("""
                insert into geography (code, kind, name, source) values (?, ?, ?, 'CBS, Gebieden in Nederland')
                on conflict (code) do update set name = excluded.name where geography.kind = excluded.kind""")
                .params(code, kindAndName[0], kindAndName[1]).update());
        Map<String, String> landsdeelOf = new HashMap<>();
        FixedGeographies.CBS_LANDSDELEN.forEach((ld, provinces) -> provinces.forEach(pv -> landsdeelOf.put(pv, ld)));
        Map<String, String> tpLandsdeelOf = new HashMap<>();
        tpLandsdelen.forEach((tl, provinces) -> provinces.forEach(pv -> tpLandsdeelOf.put(pv, tl)));
        Map<String, Integer> ids = new HashMap<>();
        jdbc.sql("select code, id from geography").query((rs, n) -> ids.put(rs.getString(1), rs.getInt(2))).list();

        int from = rows.stream().mapToInt(MunicipalityRegions::year).min().orElse(0);
        int to = rows.stream().mapToInt(MunicipalityRegions::year).max().orElse(-1);
        Set<List<Integer>> wanted = new java.util.LinkedHashSet<>();
        Set<String> codes = new TreeSet<>(rows.stream().map(MunicipalityRegions::municipalityCode).toList());
        for (int year = from; year <= to; year++) {
            for (String code : codes) {
                Optional<MunicipalityRegions> regions = crosswalk.regionsOf(code, year);
                if (regions.isEmpty()) {
                    continue;
                }
                for (String parent : parentsOf(regions.get(), landsdeelOf, tpLandsdeelOf)) {
                    Integer parentId = ids.get(parent);
                    if (parentId != null) {
                        wanted.add(List.of(ids.get(code), year, parentId));
                    }
                }
            }
        }
        // The file is authoritative for the municipalities it names and for the kinds of region it brings; other
        // municipalities, and the school divisions of the region-division import (ADR 0009), keep their memberships.
        Set<Integer> named = new HashSet<>(codes.stream().map(ids::get).toList());
        List<List<Integer>> existing = jdbc.sql("""
                select gm.municipality_id, gm.year, gm.parent_id from geography_membership gm
                  join geography p on p.id = gm.parent_id where p.kind in (:kinds)""").param("kinds", KINDS)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).list();
        int removed = 0;
        for (List<Integer> row : existing) {
            if (named.contains(row.get(0)) && !wanted.contains(row)) {
                removed += jdbc.sql("delete from geography_membership where municipality_id = ? and year = ? and parent_id = ?")
                        .params(row.get(0), row.get(1), row.get(2)).update();
            }
        }
        Set<List<Integer>> present = new HashSet<>(existing);
        int added = 0;
        List<Object[]> batch = new ArrayList<>();
        for (List<Integer> row : wanted) {
            if (!present.contains(row)) {
                batch.add(new Object[] {row.get(0), row.get(1), row.get(2), importId});
                added++;
            }
        }
        if (!batch.isEmpty()) {
            template.batchUpdate(
                    "insert into geography_membership (municipality_id, year, parent_id, import_id) values (?, ?, ?, ?)",
                    batch);
        }
        return new Counts(added, removed, wanted.size() - added);
    }

    record Counts(int added, int removed, int unchanged) {
    }

    private static Collection<String> parentsOf(MunicipalityRegions r, Map<String, String> landsdeelOf,
                                                Map<String, String> tpLandsdeelOf) {
        List<String> parents = new ArrayList<>();
        parents.add(r.provinceCode());
        if (r.labourMarketRegionCode() != null) {
            parents.add(r.labourMarketRegionCode());
        }
        if (r.coropCode() != null) {
            parents.add(r.coropCode());
        }
        Optional.ofNullable(landsdeelOf.get(r.provinceCode())).ifPresent(parents::add);
        Optional.ofNullable(tpLandsdeelOf.get(r.provinceCode())).ifPresent(parents::add);
        return parents;
    }
}
