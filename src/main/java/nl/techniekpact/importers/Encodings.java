package nl.techniekpact.importers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** How the importers tell a file's encoding when the publisher does not say it. */
public final class Encodings {

    /** The encoding DUO serves its files in. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Encodings() {
    }

    /**
     * UTF-8 when the file starts with a byte-order mark or is valid UTF-8 (a BOM file with other bytes is then
     * reported as badly encoded by the reader); otherwise Windows-1252, the encoding DUO serves its files in.
     */
    public static Charset utf8OrWindows1252(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }
}
