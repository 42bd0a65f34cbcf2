package org.digitalpractice.assessment;

import org.digitalpractice.assessment.framework.Rating;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.digitalpractice.assessment.SampleFramework.FRAMEWORK;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What is still to answer, and how a page's answers are laid over those saved before. */
class AnswersTest {

    @Test
    void missingAnswersAreNamedInPageOrder() {
        var answers = new Answers(Map.of("B2", Rating.AWARE), Map.of("B-s2", 1), Map.of());
        assertEquals(List.of("B1", "B3", "B-s1"), answers.missingIn(FRAMEWORK.domain("B").orElseThrow()));
    }

    @Test
    void notApplicableIsAnAnswer() {
        var answers = new Answers(Map.of("C1", Rating.NOT_APPLICABLE, "C2", Rating.NOT_APPLICABLE),
                Map.of("C-s1", 0), Map.of());
        assertEquals(List.of(), answers.missingIn(FRAMEWORK.domain("C").orElseThrow()));
    }

    @Test
    void theFirstIncompleteAreaIsWhereToCarryOn() {
        var answers = SampleFramework.answers().area("A", "1", "1", "1").area("C", "2", "2").build();
        assertEquals("B", answers.firstIncompleteArea(FRAMEWORK).orElseThrow().code());
    }

    @Test
    void aLaterAnswerReplacesAnEarlierOneAndKeepsTheRest() {
        var saved = new Answers(Map.of("A1", Rating.AWARE, "A2", Rating.LEADING), Map.of("A-s1", 0), Map.of());
        var page = new Answers(Map.of("A1", Rating.PRACTISING), Map.of(), Map.of());
        var both = saved.and(page);
        assertEquals(Map.of("A1", Rating.PRACTISING, "A2", Rating.LEADING), both.ratings());
        assertEquals(Map.of("A-s1", 0), both.scenarioChoices());
    }
}
