package org.digitalpractice.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One launch's session, stored so that every node sees it. The id is the SHA-256 of the secret that the browser
 * holds, so a copy of this table opens nobody's session.
 */
@Entity
@Table(name = "launch_session")
public class LaunchSession {

    @Id
    private String id;
    @Column(name = "user_ref")
    private Long userRef;
    @Column(name = "course_ref")
    private Long courseRef;
    @Column(name = "placement_ref")
    private Long placementRef;
    @Enumerated(EnumType.STRING)
    private ToolRole role;
    @Column(name = "message_type")
    private String messageType;
    private String target;
    @Column(name = "launch_claims")
    private String launchClaims;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "awaiting_handover")
    private boolean awaitingHandover;

    protected LaunchSession() {
    }

    LaunchSession(String id, Long userRef, Long courseRef, Long placementRef, ToolRole role, String messageType,
                  String target, String launchClaims, Instant createdAt, Instant expiresAt, boolean awaitingHandover) {
        this.id = id;
        this.userRef = userRef;
        this.courseRef = courseRef;
        this.placementRef = placementRef;
        this.role = role;
        this.messageType = messageType;
        this.target = target;
        this.launchClaims = launchClaims;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.awaitingHandover = awaitingHandover;
    }

    public String id() {
        return id;
    }

    public Long userRef() {
        return userRef;
    }

    public Long courseRef() {
        return courseRef;
    }

    public Long placementRef() {
        return placementRef;
    }

    public ToolRole role() {
        return role;
    }

    public String messageType() {
        return messageType;
    }

    public String target() {
        return target;
    }

    /** The few claims of the id_token kept for later (the Deep Linking settings); never the whole token. */
    public String launchClaims() {
        return launchClaims;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Opened in an iframe that could keep no cookie: nobody may use it until a new window confirms it. */
    public boolean awaitingHandover() {
        return awaitingHandover;
    }
}
