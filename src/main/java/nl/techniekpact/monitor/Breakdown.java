package nl.techniekpact.monitor;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One breakdown cell: dimension → value ({@code geslacht=vrouw}, {@code niveau=hbo}). The empty cell is the
 * total over every dimension. {@link #key()} is canonical (dimensions sorted), so equal cells have equal keys.
 */
public record Breakdown(Map<String, String> cell) {

    public static final Breakdown TOTAL = new Breakdown(Map.of());

    public Breakdown {
        Objects.requireNonNull(cell, "cell");
        cell = java.util.Collections.unmodifiableMap(new TreeMap<>(cell));
    }

    public static Breakdown of(Map<String, String> cell) {
        return cell.isEmpty() ? TOTAL : new Breakdown(cell);
    }

    /** {@code geslacht=vrouw;niveau=hbo}, or {@code ""} for the total. */
    public String key() {
        return cell.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** A breakdown filter as people read it: its values ("hbo", "vrouw, hbo"), not "niveau=hbo". */
    public static String inWords(Map<String, String> filter) {
        return new TreeMap<>(filter).values().stream().collect(Collectors.joining(", "));
    }

    public int dimensions() {
        return cell.size();
    }

    /** Whether this cell lies inside {@code filter}: it has every dimension the filter names, with its value. */
    public boolean within(Map<String, String> filter) {
        return filter.entrySet().stream().allMatch(e -> e.getValue().equals(cell.get(e.getKey())));
    }
}
