package nl.techniekpact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sources named as the documents a reader knows, never as the transcription's "seed" numbers. */
class SourcesTest {

    @Test
    void seedsBecomeTheirDocumentsAndRoundsAreSaidInDutch() {
        assertThat(Sources.document("seed 004: Bijlage 1 — De stand van zaken per maatregel van het Techniekpact (2014)"))
                .isEqualTo("Bijlage 1 — De stand van zaken per maatregel van het Techniekpact (2014)");
        assertThat(Sources.document("seed 001, ondertekening 2016")).isEqualTo("Techniekpact inzet 2016-2020 (ondertekening 2016)");
        assertThat(Sources.document("seed 001")).isEqualTo("Techniekpact inzet 2016-2020");
        assertThat(Sources.document("seed 001, bijlage: Techniekpactagenda’s van de vijf landsdelen"))
                .isEqualTo("Techniekpact inzet 2016-2020 (bijlage: Techniekpactagenda’s van de vijf landsdelen)");
        assertThat(Sources.document("seed 000: Rapportage Nationaal Techniekpact 2020 — de tussenstand in 2019 (20 mei 2019)"))
                .isEqualTo("Rapportage Nationaal Techniekpact 2020 — de tussenstand in 2019 (20 mei 2019)");
        assertThat(Sources.document("reporting round 2026")).isEqualTo("rapportageronde 2026");
        assertThat(Sources.document("Jaarverslag PTvT")).isEqualTo("Jaarverslag PTvT");
        assertThat(Sources.document(null)).isNull();
    }
}
