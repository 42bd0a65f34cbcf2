package org.digitalpractice.placing;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a placed activity's gradebook column receives. The code travels to the tool in the link's custom parameter
 * {@code gradebook}; the gradebook feed and the self-assessment read it from there.
 */
public enum GradebookMode {
    COMPLETION("completion", 1, "Completion", "1 out of 1 when the learner completes it."),
    SCORE("score", 100, "Score", "The knowledge-check score as a percentage, out of 100.");

    private final String code;
    private final double scoreMaximum;
    private final String label;
    private final String hint;

    GradebookMode(String code, double scoreMaximum, String label, String hint) {
        this.code = code;
        this.scoreMaximum = scoreMaximum;
        this.label = label;
        this.hint = hint;
    }

    static Optional<GradebookMode> of(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    public double scoreMaximum() {
        return scoreMaximum;
    }

    public String label() {
        return label;
    }

    public String hint(Activity activity) {
        return activity.selfAssessment() && this == SCORE
                ? "The learner's mean self-rating as a percentage, out of 100. Their answers are never sent." : hint;
    }
}
