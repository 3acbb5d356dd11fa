package nl.techniekpact.monitor.charts;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real CBS/PDOK boundary files in {@code ../shared/external-data/}; tests using them skip where absent. */
final class Boundaries {

    private static final Path FOLDER = Path.of(System.getProperty("techniekpact.shared", "../shared"))
            .resolve("external-data").resolve("cartomap-nl-boundaries-2023");

    private Boundaries() {
    }

    /** {@code provincie_2023.geojson} and the like; skips the test when the shared folder is absent. */
    static Path file(String name) {
        Path path = FOLDER.resolve(name);
        assumeTrue(Files.isRegularFile(path), "Skipped: ../shared/external-data absent (" + path.toAbsolutePath() + ")");
        return path;
    }
}
