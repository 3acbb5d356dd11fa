package nl.techniekpact.importers;

import java.util.Map;
import java.util.Optional;

/**
 * What a CBS table's metadata says about its columns: each property (dimension or topic) by key, and for
 * each dimension whose code list was read, code → title. Keys and codes are stored without CBS padding.
 * {@link #NONE} stands for "no metadata": the parser then classifies columns by CBS naming habits.
 */
public record CbsMetadata(Map<String, Property> properties, Map<String, Map<String, String>> codeLists) {

    public static final CbsMetadata NONE = new CbsMetadata(Map.of(), Map.of());

    public enum Kind { DIMENSION, TIME_DIMENSION, GEO_DIMENSION, TOPIC }

    /** {@code unit} and {@code decimals} are set for topics only. */
    public record Property(String key, Kind kind, String title, String unit, Integer decimals) {
    }

    public CbsMetadata {
        properties = Map.copyOf(properties);
        codeLists = Map.copyOf(codeLists);
    }

    public boolean isEmpty() {
        return properties.isEmpty();
    }

    public Optional<Property> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** The title of {@code code} in {@code dimension}'s code list, if that list was read and holds it. */
    public Optional<String> title(String dimension, String code) {
        return Optional.ofNullable(codeLists.getOrDefault(dimension, Map.of()).get(code));
    }

    /** False only when the dimension's code list was read and lacks {@code code}. */
    public boolean knows(String dimension, String code) {
        Map<String, String> list = codeLists.get(dimension);
        return list == null || list.containsKey(code);
    }
}
