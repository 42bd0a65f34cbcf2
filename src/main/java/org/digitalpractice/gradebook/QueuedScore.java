package org.digitalpractice.gradebook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;
import org.digitalpractice.lti.services.AgsScore;

import java.time.Instant;
import java.util.Optional;

/**
 * A score waiting for, or done with, delivery to the platform's gradebook. Written in the same transaction as the
 * completion it reports, and kept after sending, so nothing is lost and the learner can see where it went.
 * The scores of one learner in one gradebook column form a stream: they go out in order, and a score that a newer
 * one replaces before it was sent is superseded, never sent.
 */
@Entity
@Table(name = "score_outbox")
public class QueuedScore extends NumberedEntity {

    /** SUPERSEDED: a newer score of the same stream made this one pointless; it was never sent. */
    public enum Status { PENDING, SENT, FAILED, SUPERSEDED }

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
    @Column(name = "sent_timestamp")
    private Instant sentTimestamp;
    private String note;

    protected QueuedScore() {
    }

    /** What a score reports on and the gradebook column it goes to (null: the tool finds or makes one). */
    public record Activity(String source, String key, long ref, String label, String lineItemUrl) {
    }

    /** What a score says. Made by its factories, which hold the AGS rules for each kind of report. */
    public record Content(Activity activity, String userId, Double scoreGiven, Double scoreMaximum,
                          AgsScore.Progress progress, AgsScore.Grading grading, Instant timestamp, String comment) {

        /** The learner began: no score, so that a platform shows nothing yet rather than a zero. */
        public static Content started(Activity activity, String userId, Instant at, String comment) {
            return new Content(activity, userId, null, null, AgsScore.Progress.STARTED, AgsScore.Grading.PENDING,
                    at, comment);
        }

        /** A final result: Moodle keeps scoreGiven only when the grading is FullyGraded. */
        public static Content completed(Activity activity, String userId, double given, double maximum,
                                        Instant at, String comment) {
            return new Content(activity, userId, given, maximum, AgsScore.Progress.COMPLETED,
                    AgsScore.Grading.FULLY_GRADED, at, comment);
        }

        /** Part of the way through, with a score that is final for now (such as a share of modules completed). */
        public static Content partway(Activity activity, String userId, double given, double maximum,
                                      Instant at, String comment) {
            return new Content(activity, userId, given, maximum, AgsScore.Progress.IN_PROGRESS,
                    AgsScore.Grading.FULLY_GRADED, at, comment);
        }
    }

    QueuedScore(long deploymentRef, long userRef, long placementRef, Content content, Instant now) {
        this.deploymentRef = deploymentRef;
        this.userRef = userRef;
        this.placementRef = placementRef;
        this.source = content.activity().source();
        this.sourceKey = content.activity().key();
        this.sourceRef = content.activity().ref();
        this.label = content.activity().label();
        this.lineItemUrl = content.activity().lineItemUrl();
        this.userId = content.userId();
        this.scoreGiven = content.scoreGiven();
        this.scoreMaximum = content.scoreMaximum();
        this.activityProgress = content.progress().json();
        this.gradingProgress = content.grading().json();
        this.scoreTimestamp = content.timestamp();
        this.scoreComment = content.comment();
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(String lineItemUrl, Instant now, Instant stampedAs, String note) {
        this.lineItemUrl = lineItemUrl;
        this.status = Status.SENT;
        this.sentAt = now;
        this.sentTimestamp = stampedAs;
        this.note = truncate(note);
        this.attempts++;
        this.lastError = null;
        release();
    }

    void superseded(String why) {
        this.status = Status.SUPERSEDED;
        this.note = truncate(why);
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

    public AgsScore.Progress activityProgress() {
        return java.util.Arrays.stream(AgsScore.Progress.values()).filter(p -> p.json().equals(activityProgress))
                .findFirst().orElseThrow();
    }

    public AgsScore.Grading gradingProgress() {
        return java.util.Arrays.stream(AgsScore.Grading.values()).filter(g -> g.json().equals(gradingProgress))
                .findFirst().orElseThrow();
    }

    /** A final result, as opposed to a report of progress that a later score will replace anyway. */
    public boolean isResult() {
        return scoreGiven != null && AgsScore.Grading.FULLY_GRADED.json().equals(gradingProgress);
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

    /** The timestamp the platform was given, when the tool had to restamp the score for it to be accepted. */
    public Optional<Instant> sentTimestamp() {
        return Optional.ofNullable(sentTimestamp);
    }

    /** What the tool did besides a plain send: superseded, restamped, or found already held. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
