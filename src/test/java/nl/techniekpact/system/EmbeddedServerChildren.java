package nl.techniekpact.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Platforms with an embedded PostgreSQL server in JVMs of their own ({@link EmbeddedServerProcess}), for tests that
 * kill, stop and start them for real. {@link #close()} ends every one still running the normal way.
 */
final class EmbeddedServerChildren implements AutoCloseable {

    record Child(Process process, String line) {

        /** The data directory the child's server runs on (after {@code READY }). */
        Path dataDirectory() {
            return Path.of(line.substring("READY ".length()));
        }

        /** Ends the child normally (its shutdown hook stops the server) and waits for it. */
        void stop() throws IOException, InterruptedException {
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private final List<Process> children = new ArrayList<>();

    /** Starts a platform JVM on {@code dataDirectory} and waits for its first READY or FAILED line. */
    Child start(Path dataDirectory) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedServerProcess.class.getName(), dataDirectory.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        children.add(process);
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> firstResult(output)).orTimeout(180, TimeUnit.SECONDS)
                .join();
        return new Child(process, line);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (Process child : children) {
            new Child(child, "").stop();
        }
    }

    /** The first line that says READY or FAILED (the server's own log lines come before it). */
    private static String firstResult(BufferedReader output) {
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith("READY ") || line.startsWith("FAILED ")) {
                    return line;
                }
            }
            return "ENDED without a result";
        } catch (IOException e) {
            return "ENDED " + e.getMessage();
        }
    }
}
