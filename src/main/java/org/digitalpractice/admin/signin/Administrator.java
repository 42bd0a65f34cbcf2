package org.digitalpractice.admin.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;
import java.util.Optional;

/** Someone who runs the tool and signs in to the console, with how their recent sign-ins went. */
@Entity
@Table(name = "administrator")
public class Administrator extends NumberedEntity {

    private String username;
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "failed_sign_ins")
    private int failedSignIns;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected Administrator() {
    }

    Administrator(String username, String fullName, String passwordHash, Instant createdAt, String createdBy) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> lastSignInAt() {
        return Optional.ofNullable(lastSignInAt);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure; true when it is the one that locks the account. */
    boolean failedSignIn(Instant now, Lockout lockout) {
        failedSignIns++;
        var until = lockout.lockAfter(failedSignIns, now);
        if (until == null) {
            return false;
        }
        lockedUntil = until;
        failedSignIns = 0;
        return true;
    }

    void signedIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }
}
