package nl.techniekpact.importers;

/**
 * Distances over the earth's surface by the haversine formula on a sphere of the IUGG mean earth radius
 * ({@value #EARTH_RADIUS_KM} km). Within the Netherlands the error against the ellipsoid is well under 0.5 %, far
 * less than the spread of a PC4 area around its centroid.
 */
public final class GreatCircle {

    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    /** The great-circle distance in km between two points given in decimal degrees (WGS 84). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDeltaLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinHalfDeltaPhi * sinHalfDeltaPhi
                + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
