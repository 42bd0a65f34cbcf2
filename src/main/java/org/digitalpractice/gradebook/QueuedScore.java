package org.digitalpractice.gradebook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * A score waiting for, or done with, delivery to the platform's gradebook. Written in the same transaction as the
 * completion it reports, and kept after sending, so nothing is lost and the learner can see where it went.
 */
@Entity
@Table(name = "score_outbox")
public class QueuedScore {

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @SequenceGenerator(name = "dp_id", sequenceName = "dp_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dp_id")
    private Long id;
    @Column(name = "deployment_ref")
    private Long deploymentRef;
    @Column(name = "user_ref")
    private Long userRef;
    @Column(name = "placement_ref")
    private Long placementRef;
    private String source;
    @Column(name = "source_key")
    private String sourceKey;
    @Column(name = "source_ref")
    private Long sourceRef;
    private String label;
    @Column(name = "line_item_url")
    private String lineItemUrl;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "score_given")
    private Double scoreGiven;
    @Column(name = "score_maximum")
    private Double scoreMaximum;
    @Column(name = "activity_progress")
    private String activityProgress;
    @Column(name = "grading_progress")
    private String gradingProgress;
    @Column(name = "score_timestamp")
    private Instant scoreTimestamp;
    @Column(name = "score_comment")
    private String scoreComment;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "lease_owner")
    private String leaseOwner;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected QueuedScore() {
    }

    /** What a score says and where it goes. */
    public record Content(String source, String sourceKey, long sourceRef, String label, String lineItemUrl,
                          String userId, Double scoreGiven, Double scoreMaximum, String activityProgress,
                          String gradingProgress, Instant timestamp, String comment) {
    }

    QueuedScore(long deploymentRef, long userRef, long placementRef, Content content, Instant now) {
        this.deploymentRef = deploymentRef;
        this.userRef = userRef;
        this.placementRef = placementRef;
        this.source = content.source();
        this.sourceKey = content.sourceKey();
        this.sourceRef = content.sourceRef();
        this.label = content.label();
        this.lineItemUrl = content.lineItemUrl();
        this.userId = content.userId();
        this.scoreGiven = content.scoreGiven();
        this.scoreMaximum = content.scoreMaximum();
        this.activityProgress = content.activityProgress();
        this.gradingProgress = content.gradingProgress();
        this.scoreTimestamp = content.timestamp();
        this.scoreComment = content.comment();
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(String lineItemUrl, Instant now) {
        this.lineItemUrl = lineItemUrl;
        this.status = Status.SENT;
        this.sentAt = now;
        this.attempts++;
        this.lastError = null;
        release();
    }

    void retryAt(Instant when, String reason) {
        this.attempts++;
        this.nextAttemptAt = when;
        this.lastError = truncate(reason);
        release();
    }

    void failed(String reason) {
        this.attempts++;
        this.status = Status.FAILED;
        this.lastError = truncate(reason);
        release();
    }

    /** An administrator fixed the cause: try again now. */
    void requeue(Instant now) {
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        release();
    }

    private void release() {
        this.leaseOwner = null;
        this.leaseUntil = null;
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "...";
    }

    public Long id() {
        return id;
    }

    public Long deploymentRef() {
        return deploymentRef;
    }

    public Long userRef() {
        return userRef;
    }

    public Long placementRef() {
        return placementRef;
    }

    public String source() {
        return source;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public String label() {
        return label;
    }

    public Optional<String> lineItemUrl() {
        return Optional.ofNullable(lineItemUrl);
    }

    public String userId() {
        return userId;
    }

    public Optional<Double> scoreGiven() {
        return Optional.ofNullable(scoreGiven);
    }

    public Optional<Double> scoreMaximum() {
        return Optional.ofNullable(scoreMaximum);
    }

    public String activityProgress() {
        return activityProgress;
    }

    public String gradingProgress() {
        return gradingProgress;
    }

    public Instant scoreTimestamp() {
        return scoreTimestamp;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(scoreComment);
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}
