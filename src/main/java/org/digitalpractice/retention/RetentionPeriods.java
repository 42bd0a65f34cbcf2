package org.digitalpractice.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the tool keeps what it no longer needs, as the council set it ({@code dp.retention.*}).
 *
 * @param deliveredScores how long a score stays once it was sent or superseded
 * @param leftCourse      how long someone stays identifiable after leaving the last course of their council
 */
public record RetentionPeriods(Duration deliveredScores, Duration leftCourse) {

    /**
     * A roster can wrongly show people gone for a while (a platform's fault, a course reset and re-enrolment), and
     * de-identifying cannot be undone: a shorter period is refused rather than trusted.
     */
    static final long LEAST_LEFT_COURSE_DAYS = 30;

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
    }

    public static RetentionPeriods ofDays(long deliveredScoresDays, long leftCourseDays) {
        return new RetentionPeriods(Duration.ofDays(deliveredScoresDays), Duration.ofDays(leftCourseDays));
    }

    /** Scores sent or superseded before this may go. */
    public Instant deliveredScoresBefore(Instant now) {
        return now.minus(deliveredScores);
    }

    /** People whose last course ended before this, and who have not opened the tool since, are de-identified. */
    public Instant leftCourseBefore(Instant now) {
        return now.minus(leftCourse);
    }
}
