package nl.techniekpact.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import nl.techniekpact.importers.ImportError.Code;

class ImportErrorTest {

    @Test
    void everyCodeHasADutchAndAnEnglishMessage() throws IOException {
        Properties dutch = load("messages.properties");
        Properties english = load("messages_en.properties");

        for (Code code : Code.values()) {
            assertThat(dutch.getProperty(code.messageKey())).as(code.messageKey()).isNotBlank();
            assertThat(english.getProperty(code.messageKey())).as(code.messageKey()).isNotBlank()
                    .isNotEqualTo(dutch.getProperty(code.messageKey()));
        }
    }

    @Test
    void rendersTheDutchMessageWithItsArgumentsVerbatim() {
        ImportError error = ImportError.of("f.csv", 12, 3, Code.WRONG_FIELD_COUNT, 1234, 15);

        assertThat(error.message()).isEqualTo("Deze regel heeft 1234 cellen en de kopregel 15: is de regel afgebroken "
                + "of het scheidingsteken verkeerd?");
        assertThat(error.toString()).startsWith("f.csv:12:3 WRONG_FIELD_COUNT ");
    }

    @Test
    void keepsApostrophesAroundArguments() {
        assertThat(ImportError.of("f.csv", 1, 0, Code.MISSING_HEADER, "GESLACHT").message())
                .isEqualTo("Kolom 'GESLACHT' ontbreekt in de kopregel.");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
