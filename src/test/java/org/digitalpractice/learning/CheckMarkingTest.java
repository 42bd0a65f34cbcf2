package org.digitalpractice.learning;

import org.digitalpractice.catalogue.AnswerOption;
import org.digitalpractice.catalogue.KnowledgeCheck;
import org.digitalpractice.catalogue.Question;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a knowledge check is marked. */
class CheckMarkingTest {

    static final KnowledgeCheck CHECK = new KnowledgeCheck(List.of(
            new Question("q1", Question.Type.SINGLE, "One right", List.of(
                    new AnswerOption("a", true, "yes"), new AnswerOption("b", false, "no"))),
            new Question("q2", Question.Type.MULTIPLE, "Two right", List.of(
                    new AnswerOption("a", true, "yes"), new AnswerOption("b", true, "yes"),
                    new AnswerOption("c", false, "no"))),
            new Question("q3", Question.Type.SINGLE, "Another", List.of(
                    new AnswerOption("a", false, "no"), new AnswerOption("b", true, "yes"))),
            new Question("q4", Question.Type.SINGLE, "Last", List.of(
                    new AnswerOption("a", false, "no"), new AnswerOption("b", true, "yes")))));

    @Test
    void allRightScoresOneHundredAndPasses() {
        var marked = CheckMarking.mark(CHECK, 80, Map.of("q1", Set.of(0), "q2", Set.of(0, 1), "q3", Set.of(1),
                "q4", Set.of(1)));
        assertEquals(100, marked.score());
        assertTrue(marked.passed());
    }

    @Test
    void aMultipleChoiceQuestionNeedsExactlyItsRightOptions() {
        var partly = CheckMarking.mark(CHECK, 80, Map.of("q2", Set.of(0)));
        assertFalse(partly.right().get("q2"));
        var tooMany = CheckMarking.mark(CHECK, 80, Map.of("q2", Set.of(0, 1, 2)));
        assertFalse(tooMany.right().get("q2"));
    }

    @Test
    void theScoreIsThePercentageOfQuestionsRightAndThePassMarkDecides() {
        var threeOfFour = Map.of("q1", Set.of(0), "q2", Set.of(0, 1), "q3", Set.of(1), "q4", Set.of(0));
        assertEquals(75, CheckMarking.mark(CHECK, 80, threeOfFour).score());
        assertFalse(CheckMarking.mark(CHECK, 80, threeOfFour).passed());
        assertTrue(CheckMarking.mark(CHECK, 75, threeOfFour).passed());
    }

    @Test
    void unansweredQuestionsAreNamedInOrder() {
        assertEquals(List.of("q2", "q4"), CheckMarking.unanswered(CHECK, Map.of("q1", Set.of(0), "q3", Set.of(1),
                "q4", Set.of())));
    }

    @Test
    void answersSurviveStorage() {
        var answers = Map.of("q1", Set.of(0), "q2", Set.of(1, 0));
        assertEquals("q1=0;q2=0,1", CheckMarking.encode(answers));
        assertEquals(Map.of("q1", Set.of(0), "q2", Set.of(0, 1)), CheckMarking.decode("q1=0;q2=0,1"));
    }
}
