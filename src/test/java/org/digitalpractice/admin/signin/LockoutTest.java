package org.digitalpractice.admin.signin;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockoutTest {

    static final Lockout FIVE_FOR_15_MINUTES = new Lockout(5, Duration.ofMinutes(15));
    static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    static Administrator ann() {
        return new Administrator("ann", "Ann Smith", "hash", NOW, "setup token");
    }

    @Test
    void theFifthFailureInARowLocksTheAccount() {
        var ann = ann();
        for (int i = 0; i < 4; i++) {
            assertFalse(ann.failedSignIn(NOW, FIVE_FOR_15_MINUTES));
        }
        assertFalse(ann.lockedAt(NOW));
        assertTrue(ann.failedSignIn(NOW, FIVE_FOR_15_MINUTES));
        assertTrue(ann.lockedAt(NOW.plus(Duration.ofMinutes(14))));
    }

    @Test
    void theLockEndsByItself() {
        var ann = ann();
        for (int i = 0; i < 5; i++) {
            ann.failedSignIn(NOW, FIVE_FOR_15_MINUTES);
        }
        assertFalse(ann.lockedAt(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        var ann = ann();
        for (int i = 0; i < 4; i++) {
            ann.failedSignIn(NOW, FIVE_FOR_15_MINUTES);
        }
        ann.signedIn(NOW);
        for (int i = 0; i < 4; i++) {
            assertFalse(ann.failedSignIn(NOW, FIVE_FOR_15_MINUTES));
        }
    }

    @Test
    void refusesASettingOfNoAttemptsOrNoTime() {
        assertThrows(IllegalArgumentException.class, () -> new Lockout(0, Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> new Lockout(5, Duration.ZERO));
    }
}
