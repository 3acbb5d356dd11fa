package nl.techniekpact.importers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A named source a parser can open (once or more). {@code name} is what error reports call the file.
 */
public record SourceFile(String name, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
    }

    public static SourceFile of(Path path) {
        return new SourceFile(path.getFileName().toString(), () -> Files.newInputStream(path));
    }

    public static SourceFile of(String name, byte[] content) {
        byte[] copy = content.clone();
        return new SourceFile(name, () -> new ByteArrayInputStream(copy));
    }

    /** UTF-8 text, as the tests write their small files. */
    public static SourceFile of(String name, String content) {
        return of(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
