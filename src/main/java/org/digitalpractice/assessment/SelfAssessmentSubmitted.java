package org.digitalpractice.assessment;

import java.time.Instant;
import java.util.Optional;

/**
 * A learner submitted a self-assessment. Fired inside the transaction that records the submission, so that whatever
 * observes it (the gradebook's outbox) is stored with it, or not at all. The score follows the placement's
 * {@link GradeMode}: 1 of 1 for completion, or the mean rating as a percentage of 100.
 */
public record SelfAssessmentSubmitted(long attemptRef, long deploymentRef, long userRef, Optional<Long> placementRef,
                                      GradeMode mode, int scoreGiven, int scoreMaximum, Instant submittedAt) {
}
