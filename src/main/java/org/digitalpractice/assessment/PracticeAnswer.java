package org.digitalpractice.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A learner's answer to one "your practice" question: the option ids ticked, and any words of their own. */
@Entity
@Table(name = "assessment_practice_answer")
public class PracticeAnswer extends NumberedEntity {

    @Column(name = "attempt_ref")
    private Long attemptRef;
    @Column(name = "question_id")
    private String questionId;
    @Column(name = "option_ids")
    private String optionIds;
    @Column(name = "other_text")
    private String otherText;

    protected PracticeAnswer() {
    }

    PracticeAnswer(long attemptRef, String questionId, Answers.PracticeChoice choice) {
        this.attemptRef = attemptRef;
        this.questionId = questionId;
        change(choice);
    }

    /** Option ids are kebab-case, so a comma cannot be part of one. */
    void change(Answers.PracticeChoice choice) {
        this.optionIds = String.join(",", choice.optionIds());
        this.otherText = choice.other().orElse(null);
    }

    String questionId() {
        return questionId;
    }

    Answers.PracticeChoice choice() {
        return new Answers.PracticeChoice(optionIds.isEmpty() ? List.of() : Arrays.asList(optionIds.split(",")),
                Optional.ofNullable(otherText));
    }
}
