package nl.techniekpact.charts;

import nl.techniekpact.shared.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Region boundaries from GeoJSON, and their projection into an SVG viewBox.
 *
 * <p><b>Reading.</b> A {@code FeatureCollection} whose features have a {@code Polygon} or {@code MultiPolygon}
 * geometry in longitude/latitude (WGS84, as RFC 7946 says; ring orientation does not matter) and the CBS
 * properties {@code statcode} (required, the join key) and {@code statnaam} (the name; the code when absent),
 * as in the cartomap/nl boundary files of CBS/PDOK. Nothing is simplified: the files are simplified already.
 * Problems do not throw: {@link #read(Path)} returns a {@link Result} with the shapes it could read and one
 * message per problem (not JSON, not a FeatureCollection, no features, a feature without statcode or with a
 * duplicate one, without geometry, with another geometry type, with bad coordinates). Messages are English:
 * they are for whoever installs the boundary files, not for the public.
 *
 * <p><b>Projecting.</b> {@link #project(List, double, double)} uses an equirectangular projection with the
 * scale of latitude 52.2° N (the middle of the Netherlands): x = longitude × cos 52.2°, y = latitude, then
 * flips y (north up) and fits the bounding box of all shapes into the viewBox, keeping the aspect ratio and
 * centring it. Within the Netherlands (50.7°–53.6° N) lengths are off by at most 4 %, which no one sees at map
 * size; it is not meant for areas far from 52° N. Coordinates are rounded to one decimal; a position that
 * rounds onto the previous one is left out (the rounding decides what is visible, the shape is not simplified
 * beyond that).
 */
public final class GeoJsonShapes {

    /** cos 52.2°: east–west degrees are this much shorter than north–south degrees in the Netherlands. */
    static final double LONGITUDE_SCALE = Math.cos(Math.toRadians(52.2));

    /** The empty border around the shapes in {@link #project(List, double, double)}, in viewBox units. */
    public static final double DEFAULT_MARGIN = 4;

    private static final ObjectMapper JSON = Json.MAPPER;

    /**
     * What was read.
     *
     * @param shapes the shapes of the features without problems, in file order
     * @param errors one message per problem; empty when all is well
     */
    public record Result(List<Shape> shapes, List<String> errors) {

        public Result {
            shapes = List.copyOf(shapes);
            errors = List.copyOf(errors);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        static Result failed(String error) {
            return new Result(List.of(), List.of(error));
        }
    }

    private GeoJsonShapes() {
    }

    /** Reads a GeoJSON file (UTF-8). */
    public static Result read(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            return Result.failed("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Reads GeoJSON (UTF-8) from the stream to its end; does not close it. */
    public static Result read(InputStream in) {
        try {
            return parse(in.readAllBytes());
        } catch (IOException e) {
            return Result.failed("Cannot read the GeoJSON stream: " + e.getMessage());
        }
    }

    /** Reads GeoJSON from text. */
    public static Result parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            return Result.failed(notJson(e));
        } catch (NumberFormatException e) {
            return Result.failed(NUMBER_OUT_OF_RANGE);
        }
        return fromTree(root);
    }

    private static Result parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            return Result.failed(notJson(e));
        } catch (NumberFormatException e) {
            return Result.failed(NUMBER_OUT_OF_RANGE);
        }
        return fromTree(root);
    }

    /** Jackson refuses numbers beyond its limits (e.g. an exponent of 150 digits) with this, not a JacksonException. */
    private static final String NUMBER_OUT_OF_RANGE = "Not JSON that can be read: a number is out of range";

    private static String notJson(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "Not JSON" + where + ": " + e.getOriginalMessage();
    }

    private static Result fromTree(JsonNode root) {
        if (root == null || !root.isObject()) {
            return Result.failed("Not GeoJSON: the document is not a JSON object");
        }
        String type = root.path("type").asString("");
        if (!type.equals("FeatureCollection")) {
            return Result.failed("Not a GeoJSON FeatureCollection: type is \"" + type + "\"");
        }
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            return Result.failed("The FeatureCollection has no \"features\" array");
        }
        if (features.isEmpty()) {
            return Result.failed("The FeatureCollection has no features");
        }
        List<Shape> shapes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            Shape shape = new FeatureReader(i + 1, features.get(i), errors).read();
            if (shape != null && !codes.add(shape.code())) {
                errors.add("feature " + (i + 1) + ": statcode " + shape.code() + " occurs more than once");
            } else if (shape != null) {
                shapes.add(shape);
            }
        }
        return new Result(shapes, errors);
    }

    /**
     * The shapes in a {@code width} × {@code height} viewBox with a margin of {@link #DEFAULT_MARGIN}.
     *
     * @see #project(List, double, double, double)
     */
    public static ShapeLayer project(List<Shape> shapes, double width, double height) {
        return project(shapes, width, height, DEFAULT_MARGIN);
    }

    /**
     * The shapes projected (see the class comment) and fitted, together, into {@code width} × {@code height}
     * less {@code margin} on every side, keeping their aspect ratio, centred. Every coordinate of every path lies
     * inside the viewBox.
     */
    public static ShapeLayer project(List<Shape> shapes, double width, double height, double margin) {
        if (!(margin >= 0) || width - 2 * margin <= 0 || height - 2 * margin <= 0) {
            throw new IllegalArgumentException("No room inside " + width + " x " + height + " with margin " + margin);
        }
        if (shapes.isEmpty()) {
            return new ShapeLayer(width, height, List.of());
        }
        Fit fit = Fit.of(shapes, width, height, margin);
        List<ShapePath> paths = shapes.stream().map(s -> new ShapePath(s.code(), s.name(), fit.path(s))).toList();
        return new ShapeLayer(width, height, paths);
    }

    /** The planar position of a longitude/latitude before fitting: {@code {x, y}} with y pointing north. */
    static double[] planar(double longitude, double latitude) {
        return new double[] {longitude * LONGITUDE_SCALE, latitude};
    }

    /** The bounding box of all shapes and the scale and offsets that map it into the viewBox. */
    private record Fit(double minX, double maxY, double scale, double offsetX, double offsetY) {

        static Fit of(List<Shape> shapes, double width, double height, double margin) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (Shape shape : shapes) {
                for (List<double[]> ring : shape.rings()) {
                    for (double[] position : ring) {
                        double[] p = planar(position[0], position[1]);
                        minX = Math.min(minX, p[0]);
                        maxX = Math.max(maxX, p[0]);
                        minY = Math.min(minY, p[1]);
                        maxY = Math.max(maxY, p[1]);
                    }
                }
            }
            double innerWidth = width - 2 * margin;
            double innerHeight = height - 2 * margin;
            double spanX = Math.max(maxX - minX, 1e-9);
            double spanY = Math.max(maxY - minY, 1e-9);
            double scale = Math.min(innerWidth / spanX, innerHeight / spanY);
            return new Fit(minX, maxY, scale, margin + (innerWidth - spanX * scale) / 2,
                    margin + (innerHeight - spanY * scale) / 2);
        }

        String path(Shape shape) {
            StringBuilder d = new StringBuilder();
            for (List<double[]> ring : shape.rings()) {
                String previous = null;
                boolean first = true;
                for (double[] position : ring) {
                    double[] p = planar(position[0], position[1]);
                    String point = Svg.num(offsetX + (p[0] - minX) * scale) + "," + Svg.num(offsetY + (maxY - p[1]) * scale);
                    if (!point.equals(previous)) {
                        d.append(first ? 'M' : 'L').append(point);
                        previous = point;
                        first = false;
                    }
                }
                d.append('Z');
            }
            return d.toString();
        }
    }

    /** Reads one feature, adding its problems to {@code errors}; null when it cannot be used. */
    private static final class FeatureReader {

        private final int number;
        private final JsonNode feature;
        private final List<String> errors;
        private String where;

        FeatureReader(int number, JsonNode feature, List<String> errors) {
            this.number = number;
            this.feature = feature;
            this.errors = errors;
            this.where = "feature " + number;
        }

        Shape read() {
            if (!feature.isObject()) {
                return fail("is not a JSON object");
            }
            JsonNode code = feature.path("properties").path("statcode");
            if (!code.isString() || code.stringValue().isBlank()) {
                return fail("has no properties.statcode");
            }
            String statcode = code.stringValue().strip();
            where = "feature " + number + " (" + statcode + ")";
            JsonNode name = feature.path("properties").path("statnaam");
            String statnaam = name.isString() && !name.stringValue().isBlank() ? name.stringValue().strip() : statcode;
            JsonNode geometry = feature.path("geometry");
            if (!geometry.isObject()) {
                return fail("has no geometry");
            }
            String type = geometry.path("type").asString("");
            List<List<double[]>> rings = switch (type) {
                case "Polygon" -> polygon(geometry.path("coordinates"), "");
                case "MultiPolygon" -> multiPolygon(geometry.path("coordinates"));
                default -> fail("has geometry type \"" + type + "\"; only Polygon and MultiPolygon are supported");
            };
            return rings == null ? null : new Shape(statcode, statnaam, rings);
        }

        private List<List<double[]>> multiPolygon(JsonNode polygons) {
            if (!polygons.isArray() || polygons.isEmpty()) {
                return fail("has a MultiPolygon without polygons");
            }
            List<List<double[]>> rings = new ArrayList<>();
            for (int i = 0; i < polygons.size(); i++) {
                List<List<double[]>> polygon = polygon(polygons.get(i), "polygon " + (i + 1) + " ");
                if (polygon == null) {
                    return null;
                }
                rings.addAll(polygon);
            }
            return rings;
        }

        private List<List<double[]>> polygon(JsonNode rings, String which) {
            if (!rings.isArray() || rings.isEmpty()) {
                return fail("has " + (which.isEmpty() ? "a Polygon" : which.strip()) + " without rings");
            }
            List<List<double[]>> result = new ArrayList<>();
            for (int i = 0; i < rings.size(); i++) {
                List<double[]> ring = ring(rings.get(i), which + "ring " + (i + 1));
                if (ring == null) {
                    return null;
                }
                result.add(ring);
            }
            return result;
        }

        private List<double[]> ring(JsonNode positions, String which) {
            if (!positions.isArray()) {
                return fail("has a " + which + " that is not an array of positions");
            }
            List<double[]> ring = new ArrayList<>();
            for (int i = 0; i < positions.size(); i++) {
                double[] position = position(positions.get(i));
                if (position == null) {
                    return fail("has in " + which + " at position " + (i + 1)
                            + " no [longitude, latitude] within -180..180, -90..90");
                }
                ring.add(position);
            }
            if (ring.size() > 1 && Arrays.equals(ring.getFirst(), ring.getLast())) {
                ring.removeLast();
            }
            if (ring.size() < 3) {
                return fail("has a " + which + " with fewer than 3 distinct positions");
            }
            return ring;
        }

        private static double[] position(JsonNode position) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                return null;
            }
            double longitude = position.get(0).doubleValue();
            double latitude = position.get(1).doubleValue();
            if (!(Math.abs(longitude) <= 180) || !(Math.abs(latitude) <= 90)) {
                return null;
            }
            return new double[] {longitude, latitude};
        }

        private <T> T fail(String problem) {
            errors.add(where + " " + problem);
            return null;
        }
    }
}
