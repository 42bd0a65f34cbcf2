package org.digitalpractice.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for something the tool does in the background, such as delivering scores, failing after a deadline. */
public final class Eventually {

    private Eventually() {
    }

    public static void within(Duration deadline, BooleanSupplier condition, Supplier<String> whatWasExpected) {
        var end = Instant.now().plus(deadline);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + whatWasExpected.get());
            }
        }
        throw new AssertionError("not within " + deadline.toSeconds() + " s: " + whatWasExpected.get());
    }
}
