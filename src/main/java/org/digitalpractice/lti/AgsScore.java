package org.digitalpractice.lti;

import java.time.Instant;
import java.util.Optional;

/**
 * A score for the platform's gradebook (AGS 2.0 score service). {@code timestamp} is when the learner did the work,
 * not when it is sent: Canvas marks late work by it, and platforms ignore a score older than one they have.
 */
public record AgsScore(String userId, Optional<Double> scoreGiven, Optional<Double> scoreMaximum,
                       String activityProgress, String gradingProgress, Instant timestamp,
                       Optional<String> comment) {
}
