package nl.techniekpact;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Access to {@code ../shared/} (seed documents, external data), which is never copied into the project.
 * Tests that need it skip with a clear message where the folder is absent; CI always has it.
 */
public final class SharedFiles {

    private static final Path SHARED = Path.of(System.getProperty("techniekpact.shared", "../shared"));

    private SharedFiles() {
    }

    /** The text of the seed whose file name starts with {@code prefix} ("004"). */
    public static String seed(String prefix) {
        Path seeds = SHARED.resolve("seeds");
        Preconditions.require(Files.isDirectory(seeds),
                "Skipped: the seed documents are not at " + seeds.toAbsolutePath() + " (../shared is absent)");
        try (Stream<Path> files = Files.list(seeds)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No seed " + prefix + " in " + seeds));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
