package nl.techniekpact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The packaged platform, for tests that run it in JVMs of its own (crashes, outages, several instances). */
public final class PlatformJar {

    private PlatformJar() {
    }

    public static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("techniekpact-platform-.*\\.jar"))
                    .toList();
            assertThat(jars).as("the platform jar (mvn verify packages it before the integration tests)").hasSize(1);
            return jars.getFirst().toAbsolutePath();
        }
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
