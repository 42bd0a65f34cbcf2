package org.digitalpractice.assessment;

import org.digitalpractice.assessment.framework.Rating;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a learner's CPD record holds of their latest submitted self-assessment: when they did it, each area's level
 * and mean, the overall band, and what the course's gradebook was to receive. It is the learner's own record, so it
 * names their levels; leads never see it.
 */
public record SelfAssessmentRecord(String title, int attemptNumber, Instant submittedAt, List<Area> areas,
                                   Optional<String> overallMean, Optional<Rating> overallLevel, String gradebook) {

    /** One area: its level and mean as the profile shows them, or empty when every answer was Not applicable. */
    public record Area(String code, String title, Optional<Rating> level, Optional<String> mean) {
        /** "Practising (mean 2.3 out of 3)", or "Not assessed". */
        public String described() {
            return level.map(l -> l.label() + " (mean " + mean.orElseThrow() + " out of " + Rating.MAXIMUM + ")")
                    .orElse("Not assessed");
        }
    }

    /** The overall band in words: "Aware (mean 1.8 out of 3)", or "Not assessed" when nothing was rated. */
    public String overall() {
        return overallLevel.map(l -> l.label() + " (mean " + overallMean.orElseThrow() + " out of " + Rating.MAXIMUM
                + ")").orElse("Not assessed");
    }

    static SelfAssessmentRecord of(String title, AssessmentAttempt attempt, Profile profile) {
        var areas = profile.areas().stream().map(a -> new Area(a.area().code(), a.area().title(), a.level(),
                a.meanShown())).toList();
        var mean = profile.mean();
        return new SelfAssessmentRecord(title, attempt.attemptNumber(), attempt.submittedAt().orElseThrow(), areas,
                profile.meanShown(), mean.isPresent() ? Optional.of(Rating.reached(mean.getAsDouble()))
                : Optional.empty(), gradebook(attempt));
    }

    /** What the attempt's gradebook was to receive, as it was decided when the learner submitted. */
    static String gradebook(AssessmentAttempt attempt) {
        if (attempt.placementRef().isEmpty() || attempt.gradeMode().isEmpty()) {
            return "Nothing: you did not open the self-assessment from a link in a course, so no gradebook was sent "
                    + "anything.";
        }
        return switch (attempt.gradeMode().get()) {
            case COMPLETION -> "That you completed it (1 out of 1). Nothing about your answers.";
            case SCORE -> "Your mean rating as a score: " + attempt.scoreGiven().orElse(0) + " out of "
                    + attempt.scoreMaximum().orElse(100) + ". Nothing else about your answers.";
        };
    }
}
