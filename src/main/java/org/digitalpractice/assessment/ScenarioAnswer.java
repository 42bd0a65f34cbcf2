package org.digitalpractice.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

/** The option a learner chose in one scenario question, by its position in the attempt's framework version. */
@Entity
@Table(name = "assessment_scenario_answer")
public class ScenarioAnswer extends NumberedEntity {

    @Column(name = "attempt_ref")
    private Long attemptRef;
    @Column(name = "scenario_id")
    private String scenarioId;
    @Column(name = "option_index")
    private int optionIndex;

    protected ScenarioAnswer() {
    }

    ScenarioAnswer(long attemptRef, String scenarioId, int optionIndex) {
        this.attemptRef = attemptRef;
        this.scenarioId = scenarioId;
        this.optionIndex = optionIndex;
    }

    void change(int optionIndex) {
        this.optionIndex = optionIndex;
    }

    String scenarioId() {
        return scenarioId;
    }

    int optionIndex() {
        return optionIndex;
    }
}
