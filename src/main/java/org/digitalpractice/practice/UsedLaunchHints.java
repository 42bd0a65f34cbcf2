package org.digitalpractice.practice;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The launch ids of message hints already used, for councils whose platform accepts each hint once (Moodle). The
 * practice platform runs on one node, so this is in memory; a hint older than a day is forgotten.
 */
@ApplicationScoped
public class UsedLaunchHints {

    private static final Duration KEPT = Duration.ofDays(1);

    private final Map<String, Instant> used = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** True the first time a launch id is used, false ever after. */
    public boolean use(String launchId) {
        var now = clock.instant();
        used.values().removeIf(at -> at.isBefore(now.minus(KEPT)));
        return used.putIfAbsent(launchId, now) == null;
    }
}
