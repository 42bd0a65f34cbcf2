package org.digitalpractice.pulse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;
import java.util.Optional;

/**
 * One person's response in one quarter, on one version of the questions. Kept per person only so that each answers
 * once a quarter and can change their answers; no page shows it to anyone else.
 */
@Entity
@Table(name = "pulse_response")
public class PulseResponse extends NumberedEntity {

    @Column(name = "deployment_ref")
    private Long deploymentRef;
    @Column(name = "user_ref")
    private Long userRef;
    @Column(name = "course_ref")
    private Long courseRef;
    @Column(name = "version_ref")
    private Long versionRef;
    private String quarter;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected PulseResponse() {
    }

    PulseResponse(long deploymentRef, long userRef, Long courseRef, long versionRef, Quarter quarter, Instant now) {
        this.deploymentRef = deploymentRef;
        this.userRef = userRef;
        this.courseRef = courseRef;
        this.versionRef = versionRef;
        this.quarter = quarter.code();
        this.answeredAt = now;
        this.changedAt = now;
    }

    /** New answers, on the version answered now; the course stays the first one's unless there is none yet. */
    void changed(long versionRef, Long courseRef, Instant now) {
        this.versionRef = versionRef;
        if (this.courseRef == null) {
            this.courseRef = courseRef;
        }
        this.changedAt = now;
    }

    public long versionRef() {
        return versionRef;
    }

    public Optional<Long> courseRef() {
        return Optional.ofNullable(courseRef);
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
