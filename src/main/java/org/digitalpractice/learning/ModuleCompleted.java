package org.digitalpractice.learning;

import java.time.Instant;
import java.util.Optional;

/**
 * A learner completed a module. Fired inside the transaction that records the completion, so that whatever
 * observes it (the gradebook's outbox) is stored with it, or not at all.
 */
public record ModuleCompleted(long progressRef, long deploymentRef, long userRef, Optional<Long> placementRef,
                              String moduleSlug, String moduleTitle, int score, Instant completedAt) {
}
