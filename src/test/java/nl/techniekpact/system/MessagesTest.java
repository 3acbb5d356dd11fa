package nl.techniekpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** UI text exists in Dutch and English for every key, and every key a template uses exists. */
class MessagesTest {

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Properties dutch = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        assertThat(dutch.stringPropertyNames()).hasSizeGreaterThan(100);
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Properties dutch = load("messages.properties");
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(dutch.stringPropertyNames()).containsAll(used);
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
