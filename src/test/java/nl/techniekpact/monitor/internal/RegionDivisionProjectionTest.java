package nl.techniekpact.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A 2016 division carried forward through the municipal mergers (ADR 0009), on small made-up divisions. */
class RegionDivisionProjectionTest {

    @Test
    void aMergerOfMunicipalitiesOfOneRegionKeepsTheRegion() {
        // Aalburg, Werkendam and Woudrichem (West-Brabant) became Altena in 2019.
        var result = RegionDivisionProjection.project(Map.of("GM0738", Set.of("R1"), "GM0870", Set.of("R1"),
                "GM0874", Set.of("R1")), 2026);

        assertThat(result.memberships().get(2018)).containsOnlyKeys("GM0738", "GM0870", "GM0874");
        assertThat(result.memberships().get(2019)).containsExactlyEntriesOf(Map.of("GM1959", "R1"));
        assertThat(result.memberships().get(2026)).containsExactlyEntriesOf(Map.of("GM1959", "R1"));
        assertThat(result.leftOut().values()).allSatisfy(out -> assertThat(out).isEmpty());
        assertThat(result.kept().values()).allSatisfy(kept -> assertThat(kept).isEmpty());
    }

    @Test
    void aContinuingMunicipalityThatTakesInAnotherRegionsTerritoryStaysInItsOwnRegion() {
        Map<String, Set<String>> division = new HashMap<>();
        division.put("GM0014", Set.of("R1"));          // Groningen
        division.put("GM0009", Set.of("R2"));          // Ten Boer, into Groningen in 2019
        division.put("GM0017", Set.of("R1"));          // Haren, idem
        division.put("GM1940", Set.of("R3", "R4"));    // De Fryske Marren, in two regions
        var result = RegionDivisionProjection.project(division, 2020);

        assertThat(result.memberships().get(2016)).containsOnlyKeys("GM0014", "GM0009", "GM0017");
        assertThat(result.leftOut().get(2016)).containsExactly("GM1940");
        assertThat(result.kept().get(2018)).isEmpty();
        assertThat(result.memberships().get(2019)).containsExactlyEntriesOf(Map.of("GM0014", "R1"));
        assertThat(result.kept().get(2019)).containsExactly("GM0014");
        assertThat(result.kept().get(2020)).containsExactly("GM0014");
        // A municipality the file puts in several regions stays out: its figures would count twice.
        assertThat(result.leftOut().get(2019)).containsExactly("GM1940");
    }

    @Test
    void aNewMunicipalityFormedFromSeveralRegionsIsLeftOut() {
        Map<String, Set<String>> division = new HashMap<>();
        division.put("GM0063", Set.of("R1"));          // het Bildt, Franekeradeel, Menameradiel: Waadhoeke in 2018
        division.put("GM0070", Set.of("R1"));
        division.put("GM1908", Set.of("R1"));
        division.put("GM0140", Set.of("R2"));          // Littenseradiel, divided over Waadhoeke, Leeuwarden, Súdwest-Fryslân
        division.put("GM0080", Set.of("R3"));          // Leeuwarden
        division.put("GM0081", Set.of("R3"));          // Leeuwarderadeel, into Leeuwarden
        var result = RegionDivisionProjection.project(division, 2018);

        assertThat(result.memberships().get(2018)).containsExactlyEntriesOf(Map.of("GM0080", "R3"));
        assertThat(result.kept().get(2018)).containsExactly("GM0080");
        // Waadhoeke is new and has no own territory of 2016; Súdwest-Fryslân is not in this file.
        assertThat(result.leftOut().get(2018)).containsExactly("GM1900", "GM1949");
    }

    @Test
    void aMergerWithAPredecessorTheFileDoesNotHoldIsLeftOut() {
        // Leeuwarden (not in this file) took in Leeuwarderadeel and part of Littenseradiel in 2018.
        var result = RegionDivisionProjection.project(Map.of("GM0081", Set.of("R1"), "GM0140", Set.of("R1")), 2018);

        assertThat(result.memberships().get(2017)).containsOnlyKeys("GM0081", "GM0140");
        assertThat(result.memberships().get(2018)).doesNotContainKey("GM0080").doesNotContainKey("GM0081");
        assertThat(result.leftOut().get(2018)).contains("GM0080", "GM1949", "GM1900");
        assertThat(result.kept().get(2018)).isEmpty();
    }
}
