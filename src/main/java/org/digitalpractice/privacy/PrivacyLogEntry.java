package org.digitalpractice.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/**
 * That an administrator exported or erased one person's data in a council, and when. It never says whom: an entry
 * that named the person would keep what the erasure removed.
 */
@Entity
@Table(name = "privacy_log")
public class PrivacyLogEntry extends NumberedEntity {

    public enum Action { SUBJECT_ACCESS, ERASURE }

    @Column(name = "happened_at")
    private Instant at;
    @Enumerated(EnumType.STRING)
    private Action action;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "deployment_ref")
    private Long deploymentRef;

    protected PrivacyLogEntry() {
    }

    PrivacyLogEntry(Instant at, Action action, String requestedBy, long deploymentRef) {
        this.at = at;
        this.action = action;
        this.requestedBy = requestedBy;
        this.deploymentRef = deploymentRef;
    }

    public Instant at() {
        return at;
    }

    public Action action() {
        return action;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Long deploymentRef() {
        return deploymentRef;
    }
}
