package org.digitalpractice.pulse.questions;

import org.digitalpractice.catalogue.ModuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The questions file is read into records, and every broken rule names the file, the line and the field. */
class QuestionsReaderTest {

    static final String SAMPLE = """
            title: Sample pulse
            minutes: 3
            introduction: |
              Why we ask. **Plainly.**
            questions:
              - id: devices
                type: multiple
                question: Which of these do you use?
                hint: Select all that apply.
                options:
                  - id: laptop
                    text: A laptop
                  - id: other
                    text: Something else
                    free_text: What else?
                  - id: none
                    text: None of these
                    exclusive: true
              - id: confidence
                type: single
                question: How confident are you?
                options:
                  - id: not
                    text: Not confident
                  - id: very
                    text: Very confident
              - id: support
                type: multiple
                support: true
                at_most: 2
                question: What would help?
                options:
                  - id: training
                    text: Training
                    modules: [first-module]
                  - id: kit
                    text: Better kit
                  - id: time
                    text: Time
            """;

    @TempDir
    Path modules;

    QuestionsReader reader() throws IOException {
        Files.createDirectories(modules.resolve("first-module"));
        Files.createDirectories(modules.resolve("self-assessment"));
        return QuestionsReader.checkingModulesIn(modules);
    }

    PulseQuestions read(String text) throws IOException {
        return reader().read(text);
    }

    /** The problem with the sample after one replacement, which must change it. */
    String problem(String from, String to) throws IOException {
        assertTrue(SAMPLE.contains(from), "the sample contains " + from);
        var reader = reader();
        return assertThrows(ModuleProblem.class, () -> reader.read(SAMPLE.replace(from, to))).getMessage();
    }

    @Test
    void readsTheQuestionsInOrderWithTheirOptions() throws IOException {
        var questions = read(SAMPLE);
        assertEquals("Sample pulse", questions.title());
        assertEquals(3, questions.minutes());
        assertTrue(questions.introductionHtml().contains("<strong>Plainly.</strong>"), questions.introductionHtml());
        assertEquals(List.of("devices", "confidence", "support"),
                questions.questions().stream().map(PulseQuestions.Question::id).toList());
        var devices = questions.questions().get(0);
        assertTrue(devices.multiple());
        assertEquals(Optional.of("Select all that apply."), devices.hint());
        assertEquals(Optional.of("What else?"), devices.option("other").orElseThrow().freeText());
        assertTrue(devices.option("none").orElseThrow().exclusive());
        assertEquals(PulseQuestions.Type.SINGLE, questions.questions().get(1).type());
        assertEquals("support", questions.support().id());
        assertEquals(OptionalInt.of(2), questions.support().atMost());
        assertEquals(List.of("first-module"), questions.support().option("training").orElseThrow().modules());
    }

    @Test
    void rejectsAnUnknownField() throws IOException {
        assertEquals("pulse/questions.yaml line 9: field 'questions[0].hnit' is not a known field; expected one of: "
                        + "id, type, question, hint, at_most, support, options",
                problem("    hint: Select all", "    hnit: Select all"));
    }

    @Test
    void rejectsAMissingTitle() throws IOException {
        assertTrue(problem("title: Sample pulse\n", "").contains("field 'title' is missing"));
    }

    @Test
    void rejectsMoreThanFiveMinutes() throws IOException {
        assertEquals("pulse/questions.yaml line 2: field 'minutes' must be from 1 to 5, not 6; the pulse is offered "
                + "as a survey of under five minutes", problem("minutes: 3", "minutes: 6"));
    }

    @Test
    void rejectsATypeThatIsNotSingleOrMultiple() throws IOException {
        assertEquals("pulse/questions.yaml line 20: field 'questions[1].type' must be single or multiple, not 'scale'",
                problem("type: single", "type: scale"));
    }

    @Test
    void rejectsAnIdThatIsNotKebabCase() throws IOException {
        assertTrue(problem("- id: confidence", "- id: Confidence").endsWith(
                "field 'questions[1].id' must be lower-case letters, digits and hyphens, up to 40 characters, "
                        + "not 'Confidence'"));
    }

    @Test
    void rejectsARepeatedQuestionId() throws IOException {
        assertTrue(problem("- id: confidence", "- id: devices").endsWith("repeats question id 'devices'"));
    }

    @Test
    void rejectsARepeatedOptionIdInAQuestion() throws IOException {
        assertTrue(problem("- id: very", "- id: not").endsWith("repeats option id 'not' in this question"));
    }

    @Test
    void rejectsAQuestionWithOneOption() throws IOException {
        var message = problem("""
                      - id: very
                        text: Very confident
                """, "");
        assertTrue(message.endsWith("field 'questions[1].options' has 1 option; a question needs 2 to 15"), message);
    }

    @Test
    void rejectsAnOptionTooLongForAChartLabel() throws IOException {
        var message = problem("text: A laptop", "text: " + "A laptop ".repeat(9));
        assertTrue(message.endsWith("field 'questions[0].options[0].text' is 80 characters long; keep it to 70 at "
                + "most"), message);
    }

    @Test
    void rejectsAModuleThatIsNotAFolderOfModules() throws IOException {
        assertTrue(problem("modules: [first-module]", "modules: [no-such-module]")
                .endsWith("names no module folder 'no-such-module' in modules/"));
    }

    @Test
    void rejectsTheSelfAssessmentFolderAsAModule() throws IOException {
        assertTrue(problem("modules: [first-module]", "modules: [self-assessment]")
                .endsWith("names no module folder 'self-assessment' in modules/"));
    }

    @Test
    void rejectsExclusiveOnASingleQuestion() throws IOException {
        assertTrue(problem("""
                      - id: very
                        text: Very confident
                """, """
                      - id: very
                        text: Very confident
                        exclusive: true
                """).endsWith("field 'questions[1].options[1].exclusive' is only for multiple questions; the options "
                + "of a single question already exclude each other"));
    }

    @Test
    void rejectsAtMostOnASingleQuestion() throws IOException {
        assertTrue(problem("    type: single\n", "    type: single\n    at_most: 1\n")
                .endsWith("field 'questions[1].at_most' is only for multiple questions; a single question takes one "
                        + "option anyway"));
    }

    @Test
    void rejectsAtMostOfAllTheOptions() throws IOException {
        assertTrue(problem("at_most: 2", "at_most: 3").endsWith(
                "field 'questions[2].at_most' must be from 1 to 2 (fewer than the question's 3 options), not 3"));
    }

    @Test
    void rejectsTwoBoxesForOwnWordsInOneQuestion() throws IOException {
        var message = problem("""
                        text: None of these
                """, """
                        text: None of these
                        free_text: Why none?
                """);
        assertTrue(message.contains("field 'questions[0].options[2].free_text' is on a second option of this "
                + "question; at most one option of a question has a box for the learner's own words"), message);
    }

    @Test
    void rejectsAQuestionOfOnlyExclusiveOptions() throws IOException {
        var message = problem("""
                      - id: laptop
                        text: A laptop
                      - id: other
                        text: Something else
                        free_text: What else?
                """, """
                      - id: laptop
                        text: A laptop
                        exclusive: true
                """);
        assertTrue(message.endsWith("has only exclusive options; at least one option must be one that can be chosen "
                + "with others"), message);
    }

    @Test
    void rejectsAFileWithoutASupportQuestion() throws IOException {
        assertTrue(problem("    support: true\n", "").endsWith("field 'questions' has no question with "
                + "'support: true'; mark the question that asks what support people want, which leads and trainers "
                + "see as the support most asked for"));
    }

    @Test
    void rejectsASecondSupportQuestion() throws IOException {
        var message = problem("    type: single\n", "    type: single\n    support: true\n");
        assertTrue(message.contains("field 'questions[2].support' is true on a second question; exactly one question "
                + "asks what support people want (the first is at line"), message);
    }

    @Test
    void rejectsMoreThanTwelveQuestions() throws IOException {
        var many = new StringBuilder(SAMPLE);
        for (int i = 0; i < 10; i++) {
            many.append("  - id: extra-").append(i).append("""

                        type: single
                        question: Another?
                        options:
                          - id: yes
                            text: "Yes"
                          - id: no
                            text: "No"
                    """);
        }
        var reader = reader();
        var message = assertThrows(ModuleProblem.class, () -> reader.read(many.toString())).getMessage();
        assertTrue(message.endsWith("field 'questions' has 13 questions; keep it to 12 at most, so that it takes "
                + "under five minutes"), message);
    }

    @Test
    void aStoredVersionStillReadsAfterItsModuleIsGone() {
        var questions = QuestionsReader.forStoredVersion().read(SAMPLE.replace("first-module", "removed-since"));
        assertEquals(List.of("removed-since"), questions.support().option("training").orElseThrow().modules());
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        var message = assertThrows(ModuleProblem.class, () -> QuestionsReader.text(modules)).getMessage();
        assertEquals("pulse/questions.yaml: the file is missing", message);
    }

    @Test
    void theShippedQuestionsReadWithoutProblemsAndTakeUnderFiveMinutes() throws IOException {
        var shipped = Path.of("modules");
        var questions = QuestionsReader.checkingModulesIn(shipped).read(QuestionsReader.text(shipped));
        assertTrue(questions.minutes() <= 5);
        assertTrue(questions.questions().size() >= 8 && questions.questions().size() <= 10,
                "about 8 to 10 questions: " + questions.questions().size());
        assertFalse(questions.support().options().stream().allMatch(o -> o.modules().isEmpty()),
                "the training the support question offers points to modules");
        for (var question : questions.questions()) {
            assertTrue(question.options().stream().filter(o -> o.freeText().isPresent()).count() <= 1);
        }
    }
}
