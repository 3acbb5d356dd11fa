package nl.techniekpact.loket.matching;

/**
 * Great-circle distances (haversine on a sphere of radius {@value #EARTH_RADIUS_KM} km, the mean Earth radius)
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

    /** The haversine distance in km between two points given in radians, with the cosines of their latitudes. */
    static double km(double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2) {
        double sinLat = Math.sin((lat2 - lat1) / 2);
        double sinLon = Math.sin((lon2 - lon1) / 2);
        double a = sinLat * sinLat + cosLat1 * cosLat2 * sinLon * sinLon;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The haversine distance in km between two points given in degrees. */
    static double kmBetweenDegrees(double lat1, double lon1, double lat2, double lon2) {
        double a = Math.toRadians(lat1);
        double b = Math.toRadians(lat2);
        return km(a, Math.toRadians(lon1), Math.cos(a), b, Math.toRadians(lon2), Math.cos(b));
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
