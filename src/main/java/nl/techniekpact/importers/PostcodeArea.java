package nl.techniekpact.importers;

import java.util.Objects;

/**
 * One 4-digit postcode area (PC4) with a place, the municipality it lies in and a centroid, as
 * {@link PostcodeAreaReader} reads it.
 *
 * @param pc4              four digits, {@code 1011}
 * @param place            the place name of the area's first row in the source
 * @param municipalityCode the CBS municipality number of that row, four digits zero-padded ({@code 0363})
 * @param latitude         decimal degrees, WGS 84
 * @param longitude        decimal degrees, WGS 84
 */
public record PostcodeArea(String pc4, String place, String municipalityCode, double latitude, double longitude) {

    public PostcodeArea {
        Objects.requireNonNull(pc4, "pc4");
        Objects.requireNonNull(municipalityCode, "municipalityCode");
    }

    /** The great-circle distance in km between the two centroids. */
    public double distanceKm(PostcodeArea other) {
        return GreatCircle.km(latitude, longitude, other.latitude, other.longitude);
    }
}
