package org.digitalpractice.lti.registration;

/**
 * Whether a registration may launch the tool. A platform that registered itself (Dynamic Registration) waits for
 * the people who run the tool to approve it; they may switch any registration off again.
 */
public enum RegistrationStatus {
    /** Registered by the platform itself, waiting for approval: no launches yet. */
    PENDING,
    /** Launches and services work. Every registration loaded from a file starts here. */
    ACTIVE,
    /** Switched off by the people who run the tool: no launches. */
    DISABLED
}
