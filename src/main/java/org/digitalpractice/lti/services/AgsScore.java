package org.digitalpractice.lti.services;

import java.time.Instant;
import java.util.Optional;

/**
 * A score for the platform's gradebook (AGS 2.0 score service). {@code timestamp} is when the learner did the work,
 * not when it is sent: Canvas marks late work by it, and platforms refuse or ignore a score older than one they
 * hold.
 */
public record AgsScore(String userId, Optional<Double> scoreGiven, Optional<Double> scoreMaximum,
                       Progress activityProgress, Grading gradingProgress, Instant timestamp,
                       Optional<String> comment) {

    /** AGS 2.0 activityProgress: how far the learner is with the activity. */
    public enum Progress {
        INITIALIZED("Initialized"), STARTED("Started"), IN_PROGRESS("InProgress"), SUBMITTED("Submitted"),
        COMPLETED("Completed");

        private final String json;

        Progress(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /** AGS 2.0 gradingProgress: whether the score is final. */
    public enum Grading {
        FULLY_GRADED("FullyGraded"), PENDING("Pending"), PENDING_MANUAL("PendingManual"), FAILED("Failed"),
        NOT_READY("NotReady");

        private final String json;

        Grading(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }
}
