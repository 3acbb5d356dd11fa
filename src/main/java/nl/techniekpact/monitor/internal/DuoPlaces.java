package nl.techniekpact.monitor.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a DUO row that names a place instead of a municipality code belongs. A place is the municipality of the
 * same name; where the row also names its province (the vo files), the municipality must lie in that province in
 * the period's crosswalk (so "BERGEN" in Limburg is not Bergen in Noord-Holland), and a place that is no
 * municipality of that province counts for the province and the Netherlands only.
 */
final class DuoPlaces {

    private final Map<String, List<String>> byName;
    private final Map<String, String> provinces = new HashMap<>();
    private final Crosswalks crosswalks;
    private final Map<Integer, Crosswalks.Year> years = new HashMap<>();

    DuoPlaces(Crosswalks crosswalks, JdbcClient jdbc) {
        this.crosswalks = crosswalks;
        this.byName = crosswalks.municipalitiesByName();
        jdbc.sql("select code, name from geography where kind = 'PROVINCE'")
                .query((rs, n) -> provinces.put(Crosswalks.normaliseName(rs.getString(2)), rs.getString(1))).list();
        // DUO writes the Dutch name, the geography the Frisian one.
        provinces.computeIfAbsent("FRIESLAND", k -> provinces.get("FRYSLAN"));
    }

    /** The province code for a province name, or null. */
    String province(String name) {
        return name == null ? null : provinces.get(Crosswalks.normaliseName(name));
    }

    /**
     * The municipality of {@code place} in {@code province} (a code, or null when the row names none) for the
     * crosswalk of {@code classificationYear}; null when there is none.
     */
    String municipality(String place, String province, int classificationYear) {
        if (province == null) {
            return ImportRunner.placeToMunicipality(place, byName);
        }
        if (place == null) {
            return null;
        }
        String name = Crosswalks.normaliseName(place);
        List<String> codes = byName.getOrDefault(name, List.of());
        if (codes.isEmpty() && name.matches(".+ [A-Z]{1,3}")) {
            codes = byName.getOrDefault(name.substring(0, name.lastIndexOf(' ')), List.of());
        }
        Crosswalks.Year year = years.computeIfAbsent(classificationYear, crosswalks::year);
        return codes.stream().filter(code -> year.parentsOf(code).contains(province)).findFirst().orElse(null);
    }
}
