package org.digitalpractice.session.people;

/**
 * A person's record no longer says who they were (retention, or an erasure on request). Fired inside that
 * transaction, so whatever else would still lead back to them, their sessions first, goes with it.
 */
public record PersonDeIdentified(long personRef) {
}
