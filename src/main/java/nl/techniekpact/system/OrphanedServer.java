package nl.techniekpact.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a {@code postmaster.pid} and tells whether its process is still the PostgreSQL server of that directory. */
final class OrphanedServer {

    private OrphanedServer() {
    }

    /** The process id on the file's first line; -1 when the file is empty or unreadable as a number. */
    static long pid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d{1,10}")) {
            return -1;
        }
        return Long.parseLong(lines.getFirst().strip());
    }

    /**
     * Whether process {@code pid} is alive and is a {@code postgres} server started on {@code dataDirectory}
     * (its command line, from {@code /proc}, names both); a reused process id of another program is not.
     */
    static boolean isPostmasterOf(long pid, Path dataDirectory) {
        if (pid <= 0 || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
            return false;
        }
        try {
            String commandLine = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
            return commandLine.contains("postgres") && commandLine.contains(dataDirectory.toString());
        } catch (IOException e) {
            return false;
        }
    }
}
