package nl.techniekpact.importers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A source read whole into memory with a size limit counted while reading (a stream's own length is not
 * trusted), and the encoding of a text that does not say: UTF-8 when it starts with a byte-order mark or is
 * valid UTF-8, else Windows-1252, the encoding DUO and KvK serve their files in — the rule the monitor's DUO
 * imports use. A UTF-8 byte-order mark followed by invalid bytes stays UTF-8, so those bytes are reported as
 * {@code BAD_ENCODING} instead of being read as Windows-1252.
 */
final class BoundedSource {

    static final Charset WINDOWS_1252 = Encodings.WINDOWS_1252;

    private BoundedSource() {
    }

    /** The bytes of {@code file}; {@link SourceTooLarge} when it holds more than {@code maxBytes}. */
    static byte[] read(SourceFile file, long maxBytes) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8));
        }
        try (InputStream in = file.open()) {
            byte[] content = in.readNBytes((int) maxBytes + 1);
            if (content.length > maxBytes) {
                throw new SourceTooLarge(file.name(), maxBytes);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        }
    }

    /** The same name over bytes already read, for {@link CsvLines#read}. */
    static SourceFile inMemory(String name, byte[] content) {
        return new SourceFile(name, () -> new ByteArrayInputStream(content));
    }

    static Charset charset(byte[] content) {
        return Encodings.utf8OrWindows1252(content);
    }
}
