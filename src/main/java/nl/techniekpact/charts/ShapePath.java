package nl.techniekpact.charts;

import java.util.Objects;

/**
 * One region projected for drawing: an SVG path {@code d} ({@code M x,y L … Z} per ring, coordinates with one
 * decimal) in the viewBox of its {@link ShapeLayer}. Draw it with {@code fill-rule="evenodd"}.
 *
 * @param code the region code ({@code PV20}); the key of the map's values
 * @param name the region name, used in tooltips
 * @param d    the path data, never empty
 */
public record ShapePath(String code, String name, String d) {

    public ShapePath {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(d, "d");
        if (d.isEmpty()) {
            throw new IllegalArgumentException("Empty path for " + code);
        }
    }
}
