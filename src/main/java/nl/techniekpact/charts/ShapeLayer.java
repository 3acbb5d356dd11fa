package nl.techniekpact.charts;

import java.util.List;
import java.util.Objects;

/**
 * Projected regions that fit together in a {@code width} × {@code height} viewBox (origin top left, north up).
 * Made once by {@link GeoJsonShapes#project(List, double, double)} and reused for every map of that region type.
 *
 * @param width  viewBox width
 * @param height viewBox height
 * @param paths  in the order of the source file
 */
public record ShapeLayer(double width, double height, List<ShapePath> paths) {

    public ShapeLayer {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("A layer needs a positive size: " + width + " x " + height);
        }
        paths = List.copyOf(Objects.requireNonNull(paths, "paths"));
    }
}
