package nl.techniekpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * UI text exists in Dutch and English for every key, and every key a template uses exists. The text lives in
 * the bundles that {@code spring.messages.basename} lists: the shared one and one per module.
 */
class MessagesTest {

    private static final List<String> BUNDLES = List.of("messages", "i18n/schemes", "i18n/finder", "i18n/schemechanges", "i18n/skills");

    @Test
    void theBundlesTestedAreTheBundlesConfigured() throws IOException {
        String config = Files.readString(Path.of("src/main/resources/application.yml"));
        assertThat(config).contains("basename: " + String.join(",", BUNDLES));
    }

    @Test
    void dutchAndEnglishHaveTheSameKeysInEveryBundle() throws IOException {
        for (String bundle : BUNDLES) {
            Properties dutch = load(bundle + ".properties");
            Properties english = load(bundle + "_en.properties");
            assertThat(english.stringPropertyNames()).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        }
        assertThat(load("messages.properties").stringPropertyNames()).hasSizeGreaterThan(100);
    }

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : BUNDLES) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key)).as("%s is also in another bundle than %s", key, bundle).isTrue();
            }
        }
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Properties dutch = new Properties();
        for (String bundle : BUNDLES) {
            dutch.putAll(load(bundle + ".properties"));
        }
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
