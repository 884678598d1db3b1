package io.onex.plugin.provision;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for a broker to show a change made outside the code under test (brokers learn of new
 * topics and configs a moment after the controller accepts them). Fails, never passes, on timeout.
 */
final class Eventually {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private Eventually() {
    }

    static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the broker did not show " + what + " within " + LIMIT.toSeconds() + " s", last);
    }
}
