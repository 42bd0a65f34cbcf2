package org.digitalpractice.gradebook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backoff for deliveries that may succeed later. */
class RetryScheduleTest {

    final RetrySchedule middle = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), () -> 0.5);

    @Test
    void doublesWithEachAttempt() {
        assertEquals(Duration.ofSeconds(30), middle.after(1, Optional.empty()));
        assertEquals(Duration.ofSeconds(60), middle.after(2, Optional.empty()));
        assertEquals(Duration.ofSeconds(120), middle.after(3, Optional.empty()));
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        assertEquals(Duration.ofHours(1), middle.after(30, Optional.empty()));
    }

    @Test
    void jitterSpreadsRetriesByAQuarterEitherWay() {
        var early = new RetrySchedule(Duration.ofSeconds(40), Duration.ofHours(1), () -> 0.0);
        var late = new RetrySchedule(Duration.ofSeconds(40), Duration.ofHours(1), () -> 0.999999);
        assertEquals(Duration.ofSeconds(30), early.after(1, Optional.empty()));
        assertTrue(late.after(1, Optional.empty()).toMillis() >= 49_999);
    }

    @Test
    void honoursALongerRetryAfter() {
        assertEquals(Duration.ofSeconds(120), middle.after(1, Optional.of(Duration.ofSeconds(120))));
        assertEquals(Duration.ofSeconds(30), middle.after(1, Optional.of(Duration.ofSeconds(5))),
                "a shorter Retry-After does not make it retry sooner than the backoff");
    }
}
