package org.digitalpractice.session;

/**
 * A learner launched a link that opens one module. Fired inside the launch's transaction, so that whatever the
 * link's gradebook column should already hold (a result earned through another link) is queued with it.
 */
public record LinkOpened(long deploymentRef, long userRef, long placementRef, String moduleSlug) {
}
