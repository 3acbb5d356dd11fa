package nl.techniekpact.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Which JVM owns an embedded PostgreSQL data directory: the one holding an operating-system lock on the file
 * {@code <directory>.owner} beside it. The lock is released by the kernel when its process ends in any way,
 * {@code kill -9} included, so a lock that can be taken means no living platform uses the directory — and a
 * server still running on it is an orphan that may be stopped.
 */
final class DataDirectoryOwnership {

    private static final Map<Path, FileLock> HELD = new HashMap<>();

    private DataDirectoryOwnership() {
    }

    /** Takes the lock for {@code dataDirectory} for the life of this JVM; refuses when another process holds it. */
    static synchronized void claim(Path dataDirectory) throws IOException {
        if (HELD.containsKey(dataDirectory)) {
            return;
        }
        Path file = lockFile(dataDirectory);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String owner = Files.readString(file, StandardCharsets.UTF_8).strip();
            channel.close();
            throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDirectory
                    + " is in use by another running platform" + (owner.isEmpty() ? "" : " (process " + owner + ")")
                    + "; stop it first, or give this one another techniekpact.embedded-db.data-directory");
        }
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                .getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
        HELD.put(dataDirectory, lock);
    }

    static Path lockFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".owner");
    }
}
