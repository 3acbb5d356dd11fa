package nl.techniekpact;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (Chromium, {@code ../shared}). On a developer's machine without it the
 * test is skipped with the reason; where {@code TECHNIEKPACT_TESTS_REQUIRE_ALL} is set — as {@code .ci/run} does,
 * since CI has both — a missing precondition fails the test, so nothing skips in CI.
 */
public final class Preconditions {

    static final boolean REQUIRE_ALL = System.getenv("TECHNIEKPACT_TESTS_REQUIRE_ALL") != null;

    private Preconditions() {
    }

    public static void require(boolean met, String reason) {
        if (REQUIRE_ALL) {
            Assertions.assertTrue(met, reason + " (TECHNIEKPACT_TESTS_REQUIRE_ALL is set: nothing may skip)");
        } else {
            Assumptions.assumeTrue(met, reason);
        }
    }
}
