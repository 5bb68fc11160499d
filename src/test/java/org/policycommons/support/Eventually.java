package org.policycommons.support;

import java.time.Duration;
import java.time.Instant;

/** For what the portal does in the background: an assertion retried until it holds, or until a deadline. */
public final class Eventually {

    private Eventually() {
    }

    /** Runs the assertion until it passes; after ten seconds its last failure is the test's. */
    public static void holds(Runnable assertion) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", interrupted);
            }
        }
    }
}
