package nl.techniekpact.bench;

import static nl.techniekpact.bench.BenchSettings.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU accounting for the Loket benchmark on a shared machine, from {@code /proc}: the CPU time of this JVM and of
 * the PostgreSQL backend serving the benchmark, and what every other process used meanwhile ("other CPU", in % of
 * one core; the machine has {@code nproc} × 100 %). Clock ticks are taken as 100 per second (Linux's USER_HZ).
 */
final class LoketCpu {

    private static final double TICK_MS = 10;

    private final long backendPid;
    private long busy0;
    private long own0;
    private long backend0;
    private long wall0;

    LoketCpu(long backendPid) {
        this.backendPid = backendPid;
    }

    /** Starts a measurement. */
    void start() {
        busy0 = busyTicks();
        own0 = processTicks(ProcessHandle.current().pid());
        backend0 = processTicks(backendPid);
        wall0 = System.nanoTime();
    }

    /** CPU of the backend since {@link #start}, in ms. */
    double backendMs() {
        return (processTicks(backendPid) - backend0) * TICK_MS;
    }

    /** CPU of all other processes since {@link #start}, in % of one core. */
    double otherPercent() {
        long busy = busyTicks() - busy0;
        long mine = processTicks(ProcessHandle.current().pid()) - own0 + processTicks(backendPid) - backend0;
        double wallMs = (System.nanoTime() - wall0) / 1e6;
        return Math.max(0, (busy - mine) * TICK_MS / wallMs * 100);
    }

    /**
     * Waits until the other processes use less than {@code maxPercent} of one core over five seconds, at most
     * {@code maxSeconds}; returns the last reading.
     */
    double awaitQuiet(double maxPercent, int maxSeconds) throws InterruptedException {
        double[] other = {Double.MAX_VALUE};
        start();
        try {
            org.awaitility.Awaitility.await().pollDelay(java.time.Duration.ofSeconds(5))
                    .pollInterval(java.time.Duration.ofSeconds(5))
                    .atMost(java.time.Duration.ofSeconds(Math.max(6, maxSeconds)))
                    .until(() -> {
                        other[0] = otherPercent();
                        log("other CPU %.0f %% of one core", other[0]);
                        start();
                        return other[0] < maxPercent;
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            log("the machine stayed busy for %d s; measuring anyway", maxSeconds);
        }
        return other[0];
    }

    private static long busyTicks() {
        String[] f = read(Path.of("/proc/stat")).lines().findFirst().orElseThrow().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            total += Long.parseLong(f[i]);
        }
        return total - Long.parseLong(f[4]) - Long.parseLong(f[5]);
    }

    private static long processTicks(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
