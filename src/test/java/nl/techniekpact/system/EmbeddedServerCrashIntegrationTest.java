package nl.techniekpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A platform killed with {@code kill -9} leaves its embedded PostgreSQL server running on the data directory; the
 * next start must stop that orphan and serve, never run two servers on one directory, and refuse — with a clear
 * message — to share the directory with a platform that is still alive. Each platform here is a JVM of its own
 * ({@link EmbeddedServerProcess}) killed for real.
 */
class EmbeddedServerCrashIntegrationTest {

    private final EmbeddedServerChildren children = new EmbeddedServerChildren();

    @AfterEach
    void stopChildren() throws Exception {
        children.close();
    }

    @Test
    void aStartAfterAKilledPlatformStopsTheOrphanedServerAndServes() throws Exception {
        Path requested = Path.of("target", "crash-test-" + UUID.randomUUID(), "postgres").toAbsolutePath();

        var first = children.start(requested);
        assertThat(first.line()).startsWith("READY ");
        Path data = Path.of(first.line().substring("READY ".length()));
        long orphan = OrphanedServer.pid(data.resolve("postmaster.pid"));
        first.process().destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the killed JVM")
                .contains(true);

        var second = children.start(requested);
        assertThat(second.line()).as("the next start recovers").startsWith("READY ");
        Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> ProcessHandle.of(orphan).map(h -> !h.isAlive()).orElse(true));
        long running = OrphanedServer.pid(data.resolve("postmaster.pid"));
        assertThat(running).isNotEqualTo(orphan);
        assertThat(OrphanedServer.isPostmasterOf(running, data)).isTrue();

        var third = children.start(requested);
        assertThat(third.line()).as("a second living platform on the same directory")
                .startsWith("FAILED ").contains("in use by another running platform");
        assertThat(third.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(third.process().exitValue()).isEqualTo(3);
        assertThat(OrphanedServer.pid(data.resolve("postmaster.pid"))).as("the living one is untouched")
                .isEqualTo(running);

        second.process().getOutputStream().close();
        assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(data.resolve("postmaster.pid")).as("a normal end stops the server").doesNotExist();

        // a postmaster.pid left behind whose process id now belongs to another program (here: this JVM) is stale
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");
        var fourth = children.start(requested);
        assertThat(fourth.line()).startsWith("READY ");
    }
}
