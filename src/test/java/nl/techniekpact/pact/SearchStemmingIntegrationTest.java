package nl.techniekpact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import nl.techniekpact.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The same results for a word in the singular and the plural, in the real pact's text. */
@PlatformIntegrationTest
class SearchStemmingIntegrationTest {

    @Autowired
    PactSearch search;

    @Test
    void stageAndStagesFindTheSameItems() {
        var singular = search.search("stage", 100).stream().map(h -> h.type() + ":" + h.id()).toList();
        var plural = search.search("stages", 100).stream().map(h -> h.type() + ":" + h.id()).toList();
        assertThat(singular).isNotEmpty().containsExactlyInAnyOrderElementsOf(plural);
        assertThat(search.search("stage techniek", 100)).isNotEmpty();
        assertThat(search.search("\"leerwerkplaats\"", 100)).as("quotes keep their meaning").isNotEmpty();
        assertThat(search.search("stage or garage", 100).size()).isGreaterThanOrEqualTo(singular.size());
    }
}
