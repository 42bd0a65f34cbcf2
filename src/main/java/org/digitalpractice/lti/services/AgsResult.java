package org.digitalpractice.lti.services;

import java.time.Instant;
import java.util.Optional;

/**
 * What a platform's gradebook holds for one person in one line item (AGS 2.0 result service). Platforms leave out
 * what they do not hold: Moodle gives a timestamp only for a graded result.
 */
public record AgsResult(String userId, Optional<Double> resultScore, Optional<Double> resultMaximum,
                        Optional<Instant> timestamp) {

    /** Whether this result already says {@code given} out of {@code maximum}, allowing for platforms that rescale. */
    public boolean holds(double given, double maximum) {
        if (resultScore.isEmpty()) {
            return false;
        }
        var held = resultScore.get() / resultMaximum.filter(m -> m > 0).orElse(maximum);
        return Math.abs(held - given / maximum) < 1e-6;
    }
}
