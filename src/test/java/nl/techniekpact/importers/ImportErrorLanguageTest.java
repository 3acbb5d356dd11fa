package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Every error reads in Dutch by default and in English when chosen, from the same key and arguments. */
class ImportErrorLanguageTest {

    @Test
    void rendersInBothLanguages() {
        ImportError error = ImportError.of("a.csv", 3, 2, ImportError.Code.MISSING_HEADER, "GESLACHT");
        assertThat(error.message()).isEqualTo("Kolom 'GESLACHT' ontbreekt in de kopregel.");
        assertThat(error.message(Locale.ENGLISH)).contains("GESLACHT").doesNotContain("ontbreekt");
        assertThat(error.message(Locale.forLanguageTag("nl"))).isEqualTo(error.message());
    }

    @Test
    void everyCodeHasBothMessages() {
        for (ImportError.Code code : ImportError.Code.values()) {
            ImportError error = ImportError.of("f", 1, 1, code, "a", "b", "c");
            assertThat(error.message()).as(code.name()).isNotBlank();
            assertThat(error.message(Locale.ENGLISH)).as(code.name()).isNotBlank().isNotEqualTo(error.message());
        }
    }
}
