package nl.techniekpact.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** DUO's mbo file names towns; they are matched to municipalities by name, never guessed beyond that. */
class PlaceMatchingTest {

    private static final Map<String, List<String>> BY_NAME = Map.of(
            Crosswalks.normaliseName("Ede"), List.of("GM0228"),
            Crosswalks.normaliseName("Hengelo (O.)"), List.of("GM0164"),
            Crosswalks.normaliseName("'s-Hertogenbosch"), List.of("GM0796"),
            Crosswalks.normaliseName("Súdwest-Fryslân"), List.of("GM1900"));

    @Test
    void matchesNamesCaseAndAccentInsensitiveAndWithoutSuffixes() {
        assertThat(ImportRunner.placeToMunicipality("EDE", BY_NAME)).isEqualTo("GM0228");
        assertThat(ImportRunner.placeToMunicipality("EDE GLD", BY_NAME)).isEqualTo("GM0228");
        assertThat(ImportRunner.placeToMunicipality("HENGELO OV", BY_NAME)).isEqualTo("GM0164");
        assertThat(ImportRunner.placeToMunicipality("'S-HERTOGENBOSCH", BY_NAME)).isEqualTo("GM0796");
        assertThat(ImportRunner.placeToMunicipality("SUDWEST FRYSLAN", BY_NAME)).isEqualTo("GM1900");
    }

    @Test
    void aTownThatIsNoMunicipalityStaysUnplaced() {
        assertThat(ImportRunner.placeToMunicipality("ZAANDAM", BY_NAME)).isNull();
        assertThat(ImportRunner.placeToMunicipality(null, BY_NAME)).isNull();
    }
}
