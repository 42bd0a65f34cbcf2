package org.digitalpractice.gradebook;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: exponential backoff from {@code base}, capped, with jitter so that many
 * scores queued during an outage do not all return at the same moment; never sooner than the platform's
 * Retry-After.
 */
public record RetrySchedule(Duration base, Duration cap, DoubleSupplier random) {

    public Duration after(int attemptsSoFar, Optional<Duration> retryAfter) {
        var exponent = Math.min(Math.max(attemptsSoFar, 1) - 1, 20);
        var backoff = Math.min((double) cap.toMillis(), base.toMillis() * Math.pow(2, exponent));
        var jittered = Duration.ofMillis((long) (backoff * (0.75 + 0.5 * random.getAsDouble())));
        return retryAfter.filter(after -> after.compareTo(jittered) > 0).orElse(jittered);
    }
}
