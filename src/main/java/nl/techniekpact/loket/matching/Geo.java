package nl.techniekpact.loket.matching;

/**
 * Great-circle distances (haversine on a sphere of radius {@value #EARTH_RADIUS_KM} km, the mean Earth radius,
 * computed from unit vectors: {@code a} is a quarter of the squared chord)
 * and the coarse grid of cells of {@value #CELL_DEGREES}° × {@value #CELL_DEGREES}° that the index keeps its
 * listings in.
 */
final class Geo {

    static final double EARTH_RADIUS_KM = 6371.0088;
    static final double CELL_DEGREES = 0.25;
    static final int LON_CELLS = (int) Math.round(360 / CELL_DEGREES);
    private static final int LAT_CELLS = (int) Math.round(180 / CELL_DEGREES) + 1;

    private Geo() {
    }

    /** The unit vector (x, y, z) of a WGS84 position in degrees on the sphere. */
    static double[] unitVector(double latitude, double longitude) {
        double lat = Math.toRadians(latitude);
        double lon = Math.toRadians(longitude);
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }

    /**
     * The squared chord between two unit vectors. Haversine's {@code a = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)} equals
     * {@code chord² / 4}, so comparing chords compares great-circle distances without a trigonometric call per
     * listing.
     */
    static double chord2(double x1, double y1, double z1, double x2, double y2, double z2) {
        double dx = x1 - x2;
        double dy = y1 - y2;
        double dz = z1 - z2;
        return dx * dx + dy * dy + dz * dz;
    }

    /** The great-circle distance in km for a squared chord: haversine's {@code 2R asin(√a)} with a = chord² / 4. */
    static double km(double chord2) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chord2) / 2));
    }

    /** The squared chord of a great-circle distance in km (at least everything for half the circumference). */
    static double chord2ForKm(double km) {
        if (km >= Math.PI * EARTH_RADIUS_KM) {
            return Double.POSITIVE_INFINITY;
        }
        double half = Math.sin(km / (2 * EARTH_RADIUS_KM));
        return 4 * half * half;
    }

    /** The haversine distance in km between two points given in degrees. */
    static double kmBetweenDegrees(double lat1, double lon1, double lat2, double lon2) {
        double[] a = unitVector(lat1, lon1);
        double[] b = unitVector(lat2, lon2);
        return km(chord2(a[0], a[1], a[2], b[0], b[1], b[2]));
    }

    static int cellLat(double latitude) {
        return Math.min(LAT_CELLS - 1, (int) Math.floor((latitude + 90) / CELL_DEGREES));
    }

    static int cellLon(double longitude) {
        return Math.floorMod((int) Math.floor((longitude + 180) / CELL_DEGREES), LON_CELLS);
    }

    static int cellKey(double latitude, double longitude) {
        return cellLat(latitude) * LON_CELLS + cellLon(longitude);
    }

    /**
     * The cells that may hold a point within {@code reachKm} of a position: the cells that intersect the exact
     * bounding box of that spherical cap. {@code reachKm} may be infinite (every cell).
     */
    record Reach(int latFrom, int latUntil, int lonFrom, int lonCount) {

        static final Reach EVERYWHERE = new Reach(0, Integer.MAX_VALUE, 0, LON_CELLS);

        static Reach around(double latitude, double longitude, double reachKm) {
            if (Double.isInfinite(reachKm)) {
                return EVERYWHERE;
            }
            double angle = reachKm / EARTH_RADIUS_KM;
            double dLat = Math.toDegrees(angle);
            int latFrom = cellLat(Math.max(-90, latitude - dLat));
            int latUntil = cellLat(Math.min(90, latitude + dLat));
            double phi = Math.toRadians(latitude);
            if (angle >= Math.PI / 2 - Math.abs(phi) || latitude + dLat >= 90 || latitude - dLat <= -90) {
                return new Reach(latFrom, latUntil, 0, LON_CELLS);
            }
            double dLon = Math.toDegrees(Math.asin(Math.sin(angle) / Math.cos(phi)));
            int lonFrom = cellLon(longitude - dLon);
            int lonUntil = cellLon(longitude + dLon);
            int count = Math.floorMod(lonUntil - lonFrom, LON_CELLS) + 1;
            return new Reach(latFrom, latUntil, lonFrom, count);
        }

        boolean contains(int cellKey) {
            int lat = cellKey / LON_CELLS;
            int lon = cellKey % LON_CELLS;
            return lat >= latFrom && lat <= latUntil && Math.floorMod(lon - lonFrom, LON_CELLS) < lonCount;
        }
    }
}
