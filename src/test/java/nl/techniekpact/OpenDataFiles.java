package nl.techniekpact;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The real public source files for tests: from the project's own open-data bundle
 * ({@code src/main/resources/open-data/}, unchanged copies, large ones gzip-compressed), else from
 * {@code ../shared/external-data/} (files the bundle does not ship; CI always has that folder). Compressed bundle
 * files are unpacked once under {@code target/open-data/} so tests can read them as ordinary files.
 */
public final class OpenDataFiles {

    public static final Path BUNDLE = Path.of("src/main/resources/open-data");
    public static final Path EXTERNAL = Path.of(System.getProperty("techniekpact.shared", "../shared"))
            .resolve("external-data");
    private static final Path UNPACKED = Path.of("target/open-data");

    private OpenDataFiles() {
    }

    /** {@code folder/name}, e.g. {@code duo-hbo-eerstejaars-2019/hbo_inscriptions_2019.csv}. */
    public static Path path(String relative) {
        Path plain = BUNDLE.resolve(relative);
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        Path compressed = BUNDLE.resolve(relative + ".gz");
        if (Files.isRegularFile(compressed)) {
            return unpack(relative, compressed);
        }
        Path external = EXTERNAL.resolve(relative);
        Preconditions.require(Files.exists(external), "Skipped: " + relative + " is neither in the open-data bundle nor in "
                + EXTERNAL.toAbsolutePath() + " (../shared is absent)");
        return external;
    }

    public static byte[] read(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path unpack(String relative, Path compressed) {
        Path target = UNPACKED.resolve(relative);
        try {
            if (Files.isRegularFile(target)
                    && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(compressed)) >= 0) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(compressed))) {
                Files.copy(in, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
