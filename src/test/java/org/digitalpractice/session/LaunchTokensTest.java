package org.digitalpractice.session;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launch token carries a session where cookies cannot; it is signed and short-lived. */
class LaunchTokensTest {

    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    final byte[] key = "0123456789abcdef0123456789abcdef".getBytes();

    LaunchTokens at(Instant when) {
        return new LaunchTokens(key, Clock.fixed(when, ZoneOffset.UTC), Duration.ofMinutes(60));
    }

    @Test
    void opensAFreshToken() {
        var token = at(NOW).issue("secret-1");
        assertEquals(Optional.of("secret-1"), at(NOW.plusSeconds(60)).open(token));
    }

    @Test
    void rejectsAnExpiredToken() {
        var token = at(NOW).issue("secret-1");
        assertEquals(Optional.empty(), at(NOW.plus(Duration.ofMinutes(61))).open(token));
    }

    @Test
    void rejectsATokenWithAnotherSessionSwappedIn() {
        var token = at(NOW).issue("secret-1");
        var forged = "secret-2" + token.substring("secret-1".length());
        assertEquals(Optional.empty(), at(NOW).open(forged));
    }

    @Test
    void rejectsATokenWithItsExpiryExtended() {
        var parts = at(NOW).issue("secret-1").split("\\.");
        var forged = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];
        assertEquals(Optional.empty(), at(NOW.plus(Duration.ofHours(2))).open(forged));
    }

    @Test
    void csrfTokenMatchesOnlyItsOwnSession() {
        var tokens = at(NOW);
        assertTrue(tokens.csrfMatches("secret-1", tokens.csrfToken("secret-1")));
        assertFalse(tokens.csrfMatches("secret-2", tokens.csrfToken("secret-1")));
        assertFalse(tokens.csrfMatches("secret-1", null));
    }
}
