package org.digitalpractice.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/** One go at a module's knowledge check, with the options chosen, so the learner can see their feedback again. */
@Entity
@Table(name = "check_attempt")
public class CheckAttempt extends NumberedEntity {

    @Column(name = "progress_ref")
    private Long progressRef;
    @Column(name = "attempt_number")
    private int attemptNumber;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    private int score;
    private boolean passed;
    private String answers;

    protected CheckAttempt() {
    }

    CheckAttempt(long progressRef, int attemptNumber, Instant submittedAt, CheckMarking.Marked marked) {
        this.progressRef = progressRef;
        this.attemptNumber = attemptNumber;
        this.submittedAt = submittedAt;
        this.score = marked.score();
        this.passed = marked.passed();
        this.answers = CheckMarking.encode(marked.answers());
    }

    public int attemptNumber() {
        return attemptNumber;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public int score() {
        return score;
    }

    public boolean passed() {
        return passed;
    }

    public String answers() {
        return answers;
    }
}
