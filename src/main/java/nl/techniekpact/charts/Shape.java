package nl.techniekpact.charts;

import java.util.List;
import java.util.Objects;

/**
 * One region's boundary as read from GeoJSON, not yet projected. All rings of all polygons are in one list:
 * outer rings, holes and islands alike. Drawn with {@code fill-rule="evenodd"} that gives the right picture
 * (a hole is inside an outer ring, so it is left empty; islands do not overlap). Each position is
 * {@code {longitude, latitude}} in WGS84 degrees; a ring is closed implicitly (the repeated first position of
 * GeoJSON is left out).
 *
 * @param code  {@code properties.statcode}, e.g. {@code PV20}, {@code GM0014}: join data on this
 * @param name  {@code properties.statnaam}, e.g. {@code Fryslân} (the code when the file has no name)
 * @param rings at least one ring of at least three positions; the arrays are copies, changing them changes nothing
 */
public record Shape(String code, String name, List<List<double[]>> rings) {

    public Shape {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        rings = rings.stream().map(ring -> ring.stream().map(double[]::clone).toList()).toList();
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("A shape needs at least one ring: " + code);
        }
    }

    /** The number of positions in all rings. */
    public int positionCount() {
        return rings.stream().mapToInt(List::size).sum();
    }
}
