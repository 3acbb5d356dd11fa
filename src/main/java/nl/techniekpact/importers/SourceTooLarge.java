package nl.techniekpact.importers;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A source file larger than the reader reading it accepts; nothing of it was parsed. It is a read failure like
 * any other {@link UncheckedIOException} a parser throws, not an {@link ImportError}: the limit protects the
 * process, and the upload and download layers apply their own limits before a file gets here.
 */
public final class SourceTooLarge extends UncheckedIOException {

    private final String file;
    private final long limitBytes;

    SourceTooLarge(String file, long limitBytes) {
        super(file + " is larger than " + limitBytes + " bytes",
                new IOException(file + " is larger than " + limitBytes + " bytes"));
        this.file = file;
        this.limitBytes = limitBytes;
    }

    public String file() {
        return file;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
