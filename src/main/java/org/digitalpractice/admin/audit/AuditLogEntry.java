package org.digitalpractice.admin.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/** One thing an administrator did: who, what, when. */
@Entity
@Table(name = "audit_log")
public class AuditLogEntry extends NumberedEntity {

    static final int LONGEST_ACTOR = 200;
    static final int LONGEST_ACTION = 500;

    @Column(name = "happened_at")
    private Instant at;
    private String actor;
    private String action;

    protected AuditLogEntry() {
    }

    AuditLogEntry(Instant at, String actor, String action) {
        this.at = at;
        this.actor = cut(actor, LONGEST_ACTOR);
        this.action = cut(action, LONGEST_ACTION);
    }

    private static String cut(String value, int longest) {
        return value.length() <= longest ? value : value.substring(0, longest - 1) + "…";
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }
}
