package nl.techniekpact.monitor.importers;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real source files in {@code ../shared/external-data/}; tests using them skip where it is absent. */
final class ExternalData {

    private static final Path ROOT = Path.of(System.getProperty("techniekpact.shared", "../shared"))
            .resolve("external-data");

    private ExternalData() {
    }

    static SourceFile file(String folder, String name) {
        Path path = ROOT.resolve(folder).resolve(name);
        assumeTrue(Files.isRegularFile(path), "Skipped: ../shared/external-data absent (" + path.toAbsolutePath() + ")");
        return SourceFile.of(path);
    }
}
