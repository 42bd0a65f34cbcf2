package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.catalogue.AnswerOption;
import org.digitalpractice.catalogue.Audience;
import org.digitalpractice.catalogue.KnowledgeCheck;
import org.digitalpractice.catalogue.Question;
import org.digitalpractice.catalogue.Scenario;
import org.digitalpractice.catalogue.ScenarioChoice;
import org.digitalpractice.catalogue.ScenarioStep;
import org.digitalpractice.catalogue.TrainingModule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionQualityTest {

    static Question single(String id, String right, String... wrong) {
        var options = new java.util.ArrayList<AnswerOption>();
        options.add(new AnswerOption(right, true, "Yes."));
        for (var text : wrong) {
            options.add(new AnswerOption(text, false, "No."));
        }
        return new Question(id, Question.Type.SINGLE, "What do you do?", List.copyOf(options));
    }

    static TrainingModule module(List<Question> questions) {
        var step = new ScenarioStep("s1", "<p>Now.</p>", List.of(new ScenarioChoice("Ask", true, "Good.", "Fine.", "end"),
                new ScenarioChoice("Wait and see", false, "No.", "Worse.", "end")));
        return new TrainingModule("sample", "Sample", "A sample.", 20, Audience.ALL, List.of(1), 80, List.of("Do it"),
                "Reflect.", List.of(), List.of(), new Scenario("A case", "<p>Intro.</p>", "s1", List.of(step),
                "<p>End.</p>"), new KnowledgeCheck(questions), java.util.Optional.empty(), "hash");
    }

    @Test
    void theRightAnswerBeingTheLongestMostOfTheTimeIsFound() {
        var findings = QuestionQuality.of(module(List.of(
                single("q1", "Tell your manager today and record it", "Ignore it", "Reply"),
                single("q2", "Record what you saw, with the date", "Do nothing", "Share it"),
                single("q3", "Ask", "Tell the family's neighbour", "Post about it online"))));
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).advice().startsWith("The right answer is the longest in 2 of 4 single-answer "
                + "questions and scenario steps (question q1, question q2)"), findings.get(0).advice());
    }

    @Test
    void aTieIsNotTheLongest() {
        assertEquals(List.of(), QuestionQuality.of(module(List.of(
                single("q1", "abcd", "wxyz", "ab"), single("q2", "ab", "abcd"), single("q3", "a", "abc")))));
    }

    @Test
    void aMultipleAnswerQuestionWithEveryOptionButOneRightIsFound() {
        var question = new Question("q4", Question.Type.MULTIPLE, "Which?", List.of(
                new AnswerOption("A", true, "Yes."), new AnswerOption("B", true, "Yes."),
                new AnswerOption("C", true, "Yes."), new AnswerOption("D", false, "No.")));
        var findings = QuestionQuality.of(module(List.of(question)));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).advice().startsWith("Knowledge check question q4: every option but one is right"));
    }
}
