package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected distances were computed outside Java with the same haversine formula and radius (6371.0088 km) from the
 * GeoNames centroids in the PC4 file's SOURCE.md.
 */
class GreatCircleTest {

    @Test
    void measuresAmsterdam1011ToUtrecht3511() {
        assertThat(GreatCircle.km(52.371, 4.9041, 52.0884, 5.1175)).isCloseTo(34.622, within(0.1));
    }

    @Test
    void measuresLongerDistancesWithinTheNetherlands() {
        assertThat(GreatCircle.km(51.4367, 5.4801, 52.9936, 6.5621)).isCloseTo(188.155, within(0.1));
        assertThat(GreatCircle.km(52.371, 4.9041, 51.4367, 5.4801)).isCloseTo(111.150, within(0.1));
    }

    @Test
    void isSymmetricZeroForOnePointAndHalfTheCircumferenceForAntipodes() {
        assertThat(GreatCircle.km(52.0884, 5.1175, 52.371, 4.9041))
                .isEqualTo(GreatCircle.km(52.371, 4.9041, 52.0884, 5.1175));
        assertThat(GreatCircle.km(52.371, 4.9041, 52.371, 4.9041)).isZero();
        assertThat(GreatCircle.km(0, 0, 0, 180)).isCloseTo(Math.PI * 6371.0088, within(1e-6));
        assertThat(GreatCircle.km(90, 0, -90, 0)).isCloseTo(Math.PI * 6371.0088, within(1e-6));
    }

    @Test
    void measuresOneDegreeOfLatitudeAsTheRadiusTimesPiOver180() {
        assertThat(GreatCircle.km(52, 5, 53, 5)).isCloseTo(6371.0088 * Math.PI / 180, within(1e-9));
    }
}
