package org.digitalpractice.admin.signin;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleSessionsTest {

    static final Instant SIGNED_IN = Instant.parse("2027-01-04T09:00:00Z");

    static ConsoleSessions thirtyMinutesIdleTwelveHoursInAll() {
        var sessions = new ConsoleSessions();
        sessions.idleMinutes = 30;
        sessions.sessionHours = 12;
        return sessions;
    }

    @Test
    void aSessionInUseLives() {
        var now = SIGNED_IN.plus(Duration.ofHours(3));
        assertFalse(thirtyMinutesIdleTwelveHoursInAll().ended(SIGNED_IN, now.minus(Duration.ofMinutes(29)), now));
    }

    @Test
    void aSessionEndsWhenIdleTooLong() {
        var now = SIGNED_IN.plus(Duration.ofHours(1));
        assertTrue(thirtyMinutesIdleTwelveHoursInAll().ended(SIGNED_IN, now.minus(Duration.ofMinutes(30)), now));
    }

    @Test
    void aSessionEndsAfterItsWholeLifeEvenInUse() {
        var now = SIGNED_IN.plus(Duration.ofHours(12));
        assertTrue(thirtyMinutesIdleTwelveHoursInAll().ended(SIGNED_IN, now.minusSeconds(5), now));
    }
}
