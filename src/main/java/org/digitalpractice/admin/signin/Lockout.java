package org.digitalpractice.admin.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * How many sign-ins in a row may fail before an account locks, and for how long. The lock ends by itself, so that
 * someone guessing cannot keep an administrator out for good; while it lasts, even the right password is refused.
 */
public record Lockout(int attempts, Duration duration) {

    public Lockout {
        if (attempts < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("dp.admin.lockout-attempts and dp.admin.lockout-minutes must be above 0");
        }
    }

    /** When a lock that starts now ends, if this failure is the one that locks; otherwise null. */
    Instant lockAfter(int failuresInARow, Instant now) {
        return failuresInARow >= attempts ? now.plus(duration) : null;
    }

    /** The hint every sign-in page shows, whatever happened: it must not tell a locked account from a wrong password. */
    public String hint() {
        return "After " + attempts + " tries that are not right, an account is locked for " + duration.toMinutes()
                + " minutes.";
    }
}
