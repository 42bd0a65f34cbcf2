package org.digitalpractice.pulse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.util.Optional;

/** One option chosen in one question of a response, with the person's own words if the option takes them. */
@Entity
@Table(name = "pulse_answer")
public class PulseAnswer extends NumberedEntity {

    @Column(name = "response_ref")
    private Long responseRef;
    @Column(name = "question_id")
    private String questionId;
    @Column(name = "option_id")
    private String optionId;
    @Column(name = "free_text")
    private String freeText;

    protected PulseAnswer() {
    }

    PulseAnswer(long responseRef, String questionId, String optionId, String freeText) {
        this.responseRef = responseRef;
        this.questionId = questionId;
        this.optionId = optionId;
        this.freeText = freeText;
    }

    String questionId() {
        return questionId;
    }

    String optionId() {
        return optionId;
    }

    Optional<String> freeText() {
        return Optional.ofNullable(freeText);
    }
}
