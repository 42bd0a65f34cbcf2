package org.digitalpractice.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a placement's gradebook receives when a learner submits the self-assessment. A self-rating is not a test, so
 * completion is the default; a trainer may choose the mean rating as a score instead.
 */
public enum GradeMode {
    COMPLETION("completion", "Completion only (recommended)",
            "The gradebook receives 1 out of 1 when a learner submits. Nothing about their answers is sent."),
    SCORE("score", "A score",
            "The gradebook receives the learner's mean rating as a percentage, from 0 to 100.");

    private final String code;
    private final String label;
    private final String hint;

    GradeMode(String code, String label, String hint) {
        this.code = code;
        this.label = label;
        this.hint = hint;
    }

    /** A score out of a maximum, as the gradebook will send it (AGS scoreGiven and scoreMaximum). */
    public record Grade(int given, int maximum) {
    }

    public Grade grade(Profile profile) {
        return this == COMPLETION ? new Grade(1, 1) : new Grade(profile.percent(), 100);
    }

    /** As stored and as forms send it: "completion" or "score". */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public static Optional<GradeMode> of(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
