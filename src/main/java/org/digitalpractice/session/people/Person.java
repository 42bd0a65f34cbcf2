package org.digitalpractice.session.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/** Someone who has launched the tool in one council, known by the platform's sub. */
@Entity
@Table(name = "app_user")
public class Person extends NumberedEntity {

    @Column(name = "deployment_ref")
    private Long deploymentRef;
    private String subject;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    @Column(name = "first_seen")
    private Instant firstSeen;
    @Column(name = "last_seen")
    private Instant lastSeen;

    protected Person() {
    }

    Person(long deploymentRef, String subject, Instant now) {
        this.deploymentRef = deploymentRef;
        this.subject = subject;
        this.firstSeen = now;
        this.lastSeen = now;
    }

    public void seen(String displayName, String email, Instant now) {
        this.displayName = displayName;
        if (email != null) {
            this.email = email;
        }
        this.lastSeen = now;
    }

    /** Keeps the row, which the person's progress and answers point to, but nothing that says who it was. */
    void anonymise(String pseudonym) {
        this.subject = pseudonym;
        this.displayName = null;
        this.email = null;
    }

    public Long deploymentRef() {
        return deploymentRef;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    public java.util.Optional<String> email() {
        return java.util.Optional.ofNullable(email);
    }
}
