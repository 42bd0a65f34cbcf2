package org.digitalpractice.catalogue.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/** One thing a trainer did to a council's module, kept so that the council can see who changed what. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends NumberedEntity {

    public enum Action { COPY, IMPORT, PUBLISH, ARCHIVE, RESTORE }

    @Column(name = "deployment_ref")
    private Long deploymentRef;
    @Column(name = "happened_at")
    private Instant at;
    private String person;
    @Enumerated(EnumType.STRING)
    private Action action;
    private String slug;
    @Column(name = "version_number")
    private Integer versionNumber;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(long deploymentRef, Instant at, String person, Action action, String slug, Integer versionNumber,
               String detail) {
        this.deploymentRef = deploymentRef;
        this.at = at;
        this.person = person;
        this.action = action;
        this.slug = slug;
        this.versionNumber = versionNumber;
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }

    public Instant at() {
        return at;
    }

    public String person() {
        return person;
    }

    public Action action() {
        return action;
    }

    public String slug() {
        return slug;
    }

    public Integer versionNumber() {
        return versionNumber;
    }

    public String detail() {
        return detail;
    }
}
