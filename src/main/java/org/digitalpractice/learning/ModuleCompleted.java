package org.digitalpractice.learning;

import java.time.Instant;
import java.util.Optional;

/**
 * A learner completed a module. Fired inside the transaction that records the completion, so that whatever
 * observes it (the gradebook's outbox) is stored with it, or not at all. {@code carried}: completed earlier, and
 * now opened through another link, whose gradebook column should hold the result too.
 */
public record ModuleCompleted(long progressRef, long deploymentRef, long userRef, Optional<Long> placementRef,
                              String moduleSlug, String moduleTitle, int score, Instant completedAt,
                              boolean carried) {
}
