package org.digitalpractice.admin.signin.throttle;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CeilingTest {

    static final Instant START = Instant.parse("2026-12-02T12:00:00Z");

    /** A clock the test moves on, as time passes between sign-ins. */
    static final class TestClock extends Clock {
        private Instant now = START;

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    final TestClock clock = new TestClock();
    final List<Instant> failures = new ArrayList<>();
    final Ceiling threePerTenMinutes = new Ceiling(3, Duration.ofMinutes(10));

    void failNow() {
        failures.add(clock.instant());
    }

    Optional<Instant> refusedUntil() {
        return threePerTenMinutes.refusedUntil(failures, clock.instant());
    }

    @Test
    void allowsSignInsWhileFewerFailuresThanTheCeilingCount() {
        failNow();
        clock.pass(Duration.ofMinutes(1));
        failNow();
        assertEquals(Optional.empty(), refusedUntil());
    }

    @Test
    void refusesOnceTheCeilingIsReachedUntilTheOldestFailureAges() {
        failNow();
        clock.pass(Duration.ofMinutes(2));
        failNow();
        failNow();
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(10))), refusedUntil());
    }

    @Test
    void signInsAreAllowedAgainOnceEnoughFailuresAreOlderThanTheWindow() {
        failNow();
        clock.pass(Duration.ofMinutes(2));
        failNow();
        failNow();
        clock.pass(Duration.ofMinutes(8).plusSeconds(1));
        assertEquals(Optional.empty(), refusedUntil());
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        failNow();
        failNow();
        clock.pass(Duration.ofMinutes(11));
        failNow();
        failNow();
        assertEquals(Optional.empty(), refusedUntil());
    }

    @Test
    void aBurstAboveTheCeilingWaitsForAsManyToAgeAsItWentOver() {
        for (int minute = 0; minute < 5; minute++) {
            failNow();
            clock.pass(Duration.ofMinutes(1));
        }
        // Five failures at 0..4 minutes: below three only once those at 0, 1 and 2 minutes have aged.
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(12))), refusedUntil());
    }

    @Test
    void countsFailuresInAnyOrder() {
        failures.add(START.plus(Duration.ofMinutes(3)));
        failures.add(START);
        failures.add(START.plus(Duration.ofMinutes(1)));
        clock.pass(Duration.ofMinutes(4));
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(10))), refusedUntil());
    }

    @Test
    void refusesACeilingThatAllowsNothingOrHasNoWindow() {
        assertThrows(IllegalArgumentException.class, () -> new Ceiling(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new Ceiling(5, Duration.ZERO));
    }
}
