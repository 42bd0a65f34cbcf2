package org.digitalpractice.pulse;

import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.pulse.questions.PulseQuestions;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pulse form: what a learner must answer, and what only a changed page could send. */
class AnswerFormTest {

    static Map<String, List<String>> complete() {
        var fields = new HashMap<String, List<String>>();
        fields.put("csrf", List.of("token"));
        fields.put("answer-devices", List.of("phone", "laptop"));
        fields.put("answer-confidence", List.of("fairly"));
        fields.put("answer-support", List.of("kit"));
        return fields;
    }

    static AnswerForm read(Map<String, List<String>> fields) {
        return AnswerForm.read(SamplePulse.QUESTIONS, fields);
    }

    static List<String> errors(Map<String, List<String>> fields) {
        return read(fields).errors(SamplePulse.QUESTIONS).stream().map(AnswerForm.AnswerError::message).toList();
    }

    @Test
    void aCompleteFormHasNoErrorsAndKeepsTheQuestionsOrder() {
        var form = read(complete());
        assertEquals(List.of(), form.errors(SamplePulse.QUESTIONS));
        assertEquals(List.of("laptop", "phone"), form.answers(SamplePulse.QUESTIONS).chosen("devices"));
    }

    @Test
    void everyQuestionMustBeAnswered() {
        var fields = complete();
        fields.remove("answer-confidence");
        fields.remove("answer-devices");
        assertEquals(List.of("Select at least one answer to ‘Which do you use?’",
                "Select an answer to ‘How confident are you?’"), errors(fields));
        assertEquals("#answer-devices", read(fields).errors(SamplePulse.QUESTIONS).get(0).href());
    }

    @Test
    void anExclusiveAnswerCannotBeChosenWithAnother() {
        var fields = complete();
        fields.put("answer-devices", List.of("laptop", "none"));
        assertEquals(List.of("Select ‘None of these’ or other answers, not both, for ‘Which do you use?’"),
                errors(fields));
    }

    @Test
    void noMoreAnswersThanTheQuestionAllows() {
        var fields = complete();
        fields.put("answer-support", List.of("kit", "time", "training"));
        assertEquals(List.of("Select up to 2 answers to ‘What would help?’"), errors(fields));
    }

    @Test
    void ownWordsAreFiveHundredCharactersAtMostCountingALineBreakAsOne() {
        var fields = complete();
        fields.put("answer-devices", List.of("other"));
        fields.put("text-devices", List.of("a\r\n".repeat(166) + "ab"));
        assertEquals(List.of(), errors(fields), "498 characters and 166 line breaks counted once: 500");
        fields.put("text-devices", List.of("x".repeat(501)));
        assertEquals(List.of("Your own words for ‘Which do you use?’ must be 500 characters or fewer"), errors(fields));
        assertEquals("#text-devices", read(fields).errors(SamplePulse.QUESTIONS).get(0).href());
    }

    @Test
    void ownWordsAreKeptOnlyWithTheirOption() {
        var fields = complete();
        fields.put("text-devices", List.of("A pager"));
        assertEquals(Optional.empty(), read(fields).answers(SamplePulse.QUESTIONS).freeText("devices"),
                "typed with JavaScript off, but 'Something else' not chosen");
        fields.put("answer-devices", List.of("laptop", "other"));
        assertEquals(Optional.of("A pager"), read(fields).answers(SamplePulse.QUESTIONS).freeText("devices"));
    }

    @Test
    void anOptionTheQuestionDoesNotHaveIsABadRequest() {
        var fields = complete();
        fields.put("answer-devices", List.of("laptop", "typewriter"));
        var refused = assertThrows(Problem.class, () -> read(fields));
        assertEquals(400, refused.status());
        assertTrue(refused.detail().contains("'typewriter' is not an option of the question 'Which do you use?'"),
                refused.detail());
    }

    @Test
    void aQuestionThePulseDoesNotHaveIsABadRequest() {
        var fields = complete();
        fields.put("answer-salary", List.of("high"));
        assertEquals(400, assertThrows(Problem.class, () -> read(fields)).status());
        var words = complete();
        words.put("text-salary", List.of("high"));
        assertEquals(400, assertThrows(Problem.class, () -> read(words)).status());
    }

    @Test
    void twoAnswersToAOneAnswerQuestionAreABadRequest() {
        var fields = complete();
        fields.put("answer-confidence", List.of("not", "very"));
        assertEquals(400, assertThrows(Problem.class, () -> read(fields)).status());
    }

    @Test
    void wordsForAQuestionWithoutABoxAreABadRequest() {
        var fields = complete();
        fields.put("text-confidence", List.of("Quite"));
        assertEquals(400, assertThrows(Problem.class, () -> read(fields)).status());
    }

    @Test
    void theStoredRowsPutTheWordsOnTheOptionThatTakesThem() {
        var fields = complete();
        fields.put("answer-devices", List.of("laptop", "other"));
        fields.put("text-devices", List.of("A pager"));
        var rows = PulseResponses.rows(7, SamplePulse.QUESTIONS, read(fields).answers(SamplePulse.QUESTIONS));
        assertEquals(List.of("devices laptop -", "devices other A pager", "confidence fairly -", "support kit -"),
                rows.stream().map(r -> r.questionId() + " " + r.optionId() + " " + r.freeText().orElse("-")).toList());
    }

    @Test
    void theFormShowsTheLearnersOwnEarlierAnswers() {
        var form = AnswerForm.of(new Answers(Map.of("devices", List.of("other")), Map.of("devices", "A pager")));
        assertTrue(form.chose("devices", "other"));
        assertEquals("A pager", form.text("devices"));
        assertEquals("", form.text("confidence"));
        assertEquals(PulseQuestions.FREE_TEXT_LIMIT, 500);
    }
}
