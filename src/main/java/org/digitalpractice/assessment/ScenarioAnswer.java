package org.digitalpractice.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The option a learner chose in one scenario question, by its position in the attempt's framework version. */
@Entity
@Table(name = "assessment_scenario_answer")
public class ScenarioAnswer {

    @Id
    @SequenceGenerator(name = "dp_id", sequenceName = "dp_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dp_id")
    private Long id;
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
