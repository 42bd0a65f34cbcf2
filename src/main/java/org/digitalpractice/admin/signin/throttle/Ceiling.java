package org.digitalpractice.admin.signin.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * At most {@code allowed} failed sign-ins within any {@code window}: once that many have failed in the window,
 * sign-ins are refused until enough of them are older than the window to let one more through.
 */
public record Ceiling(int allowed, Duration window) {

    public Ceiling {
        if (allowed < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a sign-in ceiling allows at least 1 failure in a window above 0");
        }
    }

    /** The earliest moment counted: failures before it no longer count. */
    public Instant countsFrom(Instant now) {
        return now.minus(window);
    }

    /**
     * Until when sign-ins are refused, given the failures at or after {@link #countsFrom}, oldest first; empty if
     * one may be tried now.
     */
    public Optional<Instant> refusedUntil(List<Instant> failures, Instant now) {
        var counted = failures.stream().filter(at -> at.isAfter(countsFrom(now))).sorted().toList();
        if (counted.size() < allowed) {
            return Optional.empty();
        }
        // The oldest failures must age out until fewer than `allowed` remain.
        return Optional.of(counted.get(counted.size() - allowed).plus(window));
    }
}
