package org.digitalpractice.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the tool keeps what it no longer needs, as the council set it ({@code dp.retention.*}).
 *
 * @param deliveredScores how long a score stays once it was sent or superseded
 * @param leftCourse      how long someone stays identifiable after leaving the last course of their council
 * @param unseen          how long someone on no course's roster stays identifiable after they last opened the tool
 *                        (their platform gives no roster, or it was never fetched)
 * @param logs            how long the console's audit log and the privacy log keep an entry (they name
 *                        administrators)
 */
public record RetentionPeriods(Duration deliveredScores, Duration leftCourse, Duration unseen, Duration logs) {

    /**
     * A roster can wrongly show people gone for a while (a platform's fault, a course reset and re-enrolment), and
     * de-identifying cannot be undone: a shorter period is refused rather than trusted.
     */
    static final long LEAST_LEFT_COURSE_DAYS = 30;

    /**
     * Someone on no roster may simply train once a year: de-identifying them between two annual refreshers would
     * take their CPD record and certificates from them.
     */
    static final long LEAST_UNSEEN_DAYS = 400;

    /**
     * The logs answer "who did this, and when": an investigation or a complaint can look back a year, so the
     * tool never keeps them for less.
     */
    static final long LEAST_LOG_DAYS = 365;

    public RetentionPeriods {
        if (deliveredScores.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("dp.retention.delivered-scores-days (DP_RETENTION_DELIVERED_SCORES_DAYS) "
                    + "is " + deliveredScores.toDays() + ": it must be at least 1, so that a learner can see where a "
                    + "result they just earned went");
        }
        if (leftCourse.compareTo(Duration.ofDays(LEAST_LEFT_COURSE_DAYS)) < 0) {
            throw new IllegalArgumentException("dp.retention.left-course-days (DP_RETENTION_LEFT_COURSE_DAYS) is "
                    + leftCourse.toDays() + ": it must be at least " + LEAST_LEFT_COURSE_DAYS + ", so that a roster "
                    + "that shows people gone by mistake for a few days never de-identifies them");
        }
        if (unseen.compareTo(Duration.ofDays(LEAST_UNSEEN_DAYS)) < 0) {
            throw new IllegalArgumentException("dp.retention.unseen-days (DP_RETENTION_UNSEEN_DAYS) is "
                    + unseen.toDays() + ": it must be at least " + LEAST_UNSEEN_DAYS + ", so that someone who trains "
                    + "once a year keeps their CPD record between two annual courses");
        }
        if (logs.compareTo(Duration.ofDays(LEAST_LOG_DAYS)) < 0) {
            throw new IllegalArgumentException("dp.retention.log-days (DP_RETENTION_LOG_DAYS) is " + logs.toDays()
                    + ": it must be at least " + LEAST_LOG_DAYS + ", so that a complaint or an investigation can "
                    + "still find who did what in the last year");
        }
    }

    public static RetentionPeriods ofDays(long deliveredScoresDays, long leftCourseDays, long unseenDays,
                                          long logDays) {
        return new RetentionPeriods(Duration.ofDays(deliveredScoresDays), Duration.ofDays(leftCourseDays),
                Duration.ofDays(unseenDays), Duration.ofDays(logDays));
    }

    /** Audit and privacy log entries made before this go. */
    public Instant logsBefore(Instant now) {
        return now.minus(logs);
    }

    /** Scores sent or superseded before this may go. */
    public Instant deliveredScoresBefore(Instant now) {
        return now.minus(deliveredScores);
    }

    /** People whose last course ended before this, and who have not opened the tool since, are de-identified. */
    public Instant leftCourseBefore(Instant now) {
        return now.minus(leftCourse);
    }

    /** People on no roster who last opened the tool before this are de-identified. */
    public Instant unseenBefore(Instant now) {
        return now.minus(unseen);
    }
}
