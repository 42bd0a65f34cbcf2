package org.digitalpractice.learning;

import java.time.Instant;
import java.util.Optional;

/** A learner started a module. Fired inside the transaction that records the start. */
public record ModuleStarted(long progressRef, long deploymentRef, long userRef, Optional<Long> placementRef,
                            String moduleSlug, String moduleTitle, Instant startedAt) {
}
