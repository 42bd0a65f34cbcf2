package org.digitalpractice.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;
import java.util.Optional;

/**
 * One go at the self-assessment by one person in one council, on the framework version it started with. Retakes
 * are new attempts with the next number; a submitted attempt never changes again.
 */
@Entity
@Table(name = "assessment_attempt")
public class AssessmentAttempt extends NumberedEntity {

    public enum Status { IN_PROGRESS, SUBMITTED }

    /** Where a learner who left part-way carries on: an area's page ("area-B"), "your-practice" or "check". */
    static final String CHECK = "check";
    static final String YOUR_PRACTICE = "your-practice";

    @Column(name = "deployment_ref")
    private Long deploymentRef;
    @Column(name = "user_ref")
    private Long userRef;
    @Column(name = "framework_ref")
    private Long frameworkRef;
    @Column(name = "placement_ref")
    private Long placementRef;
    @Column(name = "attempt_number")
    private int attemptNumber;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "resume_at")
    private String resumeAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "grade_mode")
    private String gradeMode;
    @Column(name = "score_given")
    private Integer scoreGiven;
    @Column(name = "score_maximum")
    private Integer scoreMaximum;

    protected AssessmentAttempt() {
    }

    AssessmentAttempt(long deploymentRef, long userRef, long frameworkRef, Long placementRef, int attemptNumber,
                      String firstPage, Instant now) {
        this.deploymentRef = deploymentRef;
        this.userRef = userRef;
        this.frameworkRef = frameworkRef;
        this.placementRef = placementRef;
        this.attemptNumber = attemptNumber;
        this.status = Status.IN_PROGRESS;
        this.resumeAt = firstPage;
        this.startedAt = now;
        this.updatedAt = now;
    }

    void saved(String resumeAt, Instant now) {
        this.resumeAt = resumeAt;
        this.updatedAt = now;
    }

    /** Records the submission and the grade the placement's gradebook is to receive. */
    void submit(GradeMode mode, GradeMode.Grade grade, Long placementRef, Instant now) {
        if (this.placementRef == null) {
            this.placementRef = placementRef;
        }
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
        this.resumeAt = CHECK;
        this.gradeMode = mode.code();
        this.scoreGiven = grade.given();
        this.scoreMaximum = grade.maximum();
    }

    public Long deploymentRef() {
        return deploymentRef;
    }

    public Long userRef() {
        return userRef;
    }

    public Long frameworkRef() {
        return frameworkRef;
    }

    public Optional<Long> placementRef() {
        return Optional.ofNullable(placementRef);
    }

    public int attemptNumber() {
        return attemptNumber;
    }

    public Status status() {
        return status;
    }

    public boolean submitted() {
        return status == Status.SUBMITTED;
    }

    public String resumeAt() {
        return resumeAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<GradeMode> gradeMode() {
        return Optional.ofNullable(gradeMode).flatMap(GradeMode::of);
    }

    public Optional<Integer> scoreGiven() {
        return Optional.ofNullable(scoreGiven);
    }

    public Optional<Integer> scoreMaximum() {
        return Optional.ofNullable(scoreMaximum);
    }
}
