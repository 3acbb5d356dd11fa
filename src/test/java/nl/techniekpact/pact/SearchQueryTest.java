package nl.techniekpact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A word also finds its other number; nothing but letters and digits reaches the query. */
class SearchQueryTest {

    @Test
    void wordsFindTheirOtherNumber() {
        assertThat(SearchQuery.of("stage")).isEqualTo("('stage' | 'stages')");
        assertThat(SearchQuery.of("Stages")).isEqualTo("('stages' | 'stage')");
        assertThat(SearchQuery.of("collega's")).isEqualTo("('collegas' | 'collega')");
        assertThat(SearchQuery.of("stage techniek")).isEqualTo("('stage' | 'stages') & 'techniek'");
        assertThat(SearchQuery.of("mbo")).isEqualTo("'mbo'");
        assertThat(SearchQuery.of("stage OR mbo")).isEqualTo("(('stage' | 'stages')) | ('mbo')");
    }

    @Test
    void operatorsAndQuotesNeverReachTheQuery() {
        assertThat(SearchQuery.of("a' | b & !c")).isEqualTo("'a' & 'b' & 'c'");
        assertThat(SearchQuery.of("::: ()")).isNull();
        assertThat(SearchQuery.of("w ".repeat(50)).split("&")).hasSize(SearchQuery.MAX_WORDS);
    }
}
