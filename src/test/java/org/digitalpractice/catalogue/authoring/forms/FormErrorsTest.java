package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.catalogue.authoring.Limits;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The question, step, scenario and lesson forms: every limit and every error, all at once, in plain words. */
class FormErrorsTest {

    static final QuestionForm.Option RIGHT = new QuestionForm.Option("Ask", true, "Yes: asking first is right.");
    static final QuestionForm.Option WRONG = new QuestionForm.Option("Wait", false, "No: waiting leaves the risk.");
    static final StepForm.Choice BEST = new StepForm.Choice("Ask", true, "Good.", "She talks.", "end");
    static final StepForm.Choice OTHER = new StepForm.Choice("Leave", false, "Not yet.", "She is alone.", "end");

    static String on(FormErrors errors, String field) {
        return DraftCheck.FieldError.on(errors.list(), field);
    }

    static List<String> messages(FormErrors errors) {
        return errors.list().stream().map(DraftCheck.FieldError::message).toList();
    }

    @Test
    void aGoodQuestionHasNoErrors() {
        assertTrue(new QuestionForm("q1", "single", "What first?", List.of(RIGHT, WRONG)).errors().list().isEmpty());
    }

    @Test
    void anEmptyQuestionReportsEveryFieldAtOnce() {
        var empty = QuestionForm.empty("q1");
        assertEquals(List.of("Enter the question", "Tick the option that is correct", "Enter the text of option 1",
                "Enter the feedback for option 1", "Enter the text of option 2", "Enter the feedback for option 2"),
                messages(empty.errors()));
    }

    @Test
    void questionTextOptionAndFeedbackHaveTheirLimits() {
        var longOption = new QuestionForm.Option("o".repeat(Limits.OPTION + 1), true, "f".repeat(Limits.OPTION_FEEDBACK + 1));
        var errors = new QuestionForm("q1", "single", "q".repeat(Limits.QUESTION + 1), List.of(longOption, WRONG)).errors();
        assertEquals("The question must be 500 characters or fewer", on(errors, "text"));
        assertEquals("Option 1 must be 300 characters or fewer", on(errors, "option-0-text"));
        assertEquals("The feedback for option 1 must be 600 characters or fewer", on(errors, "option-0-feedback"));
    }

    @Test
    void aOneAnswerQuestionWithTwoRightAnswersSaysSoWithoutYaml() {
        var errors = new QuestionForm("q1", "single", "What first?", List.of(RIGHT, RIGHT)).errors();
        var message = on(errors, "options");
        assertTrue(message.startsWith("Only one option can be correct in a question with one answer"), message);
        assertFalse(message.contains("'"), message);
        assertEquals("Tick each option that is correct",
                on(new QuestionForm("q1", "multiple", "Which?", List.of(WRONG, WRONG)).errors(), "options"));
    }

    @Test
    void aQuestionNeedsTwoToEightOptions() {
        assertEquals("Give at least 2 options",
                on(new QuestionForm("q1", "single", "What?", List.of(RIGHT)).errors(), "options"));
        var nine = new java.util.ArrayList<>(List.of(RIGHT));
        for (int i = 0; i < QuestionForm.MAX_OPTIONS; i++) {
            nine.add(WRONG);
        }
        assertEquals("Give no more than 8 options", on(new QuestionForm("q1", "single", "What?", nine).errors(), "options"));
    }

    @Test
    void aGoodStepHasNoErrors() {
        assertTrue(new StepForm("visit", "You arrive.", List.of(BEST, OTHER)).errors(List.of("call")).list().isEmpty());
    }

    @Test
    void anEmptyStepReportsEveryFieldAtOnce() {
        assertEquals(List.of("Enter a step id", "Enter the situation", "Tick the choice that is best",
                "Enter what the learner could do in choice 1", "Enter the feedback for choice 1",
                "Enter the consequence of choice 1", "Choose where choice 1 leads",
                "Enter what the learner could do in choice 2", "Enter the feedback for choice 2",
                "Enter the consequence of choice 2", "Choose where choice 2 leads"),
                messages(StepForm.EMPTY.errors(List.of())));
    }

    @Test
    void stepFieldsHaveTheirLimits() {
        var wordy = new StepForm.Choice("t".repeat(Limits.CHOICE + 1), true, "f".repeat(Limits.CHOICE_FEEDBACK + 1),
                "c".repeat(Limits.CONSEQUENCE + 1), "end");
        var errors = new StepForm("s".repeat(Limits.STEP_ID + 1), "x".repeat(Limits.SITUATION + 1),
                List.of(wordy, OTHER)).errors(List.of());
        assertEquals("The step id must be 40 characters or fewer", on(errors, "id"));
        assertEquals("The situation must be 1,500 characters or fewer", on(errors, "situation"));
        assertEquals("Choice 1 must be 300 characters or fewer", on(errors, "choice-0-text"));
        assertEquals("The feedback for choice 1 must be 800 characters or fewer", on(errors, "choice-0-feedback"));
        assertEquals("The consequence of choice 1 must be 600 characters or fewer", on(errors, "choice-0-consequence"));
    }

    @Test
    void aStepIdIsAShortNameOfItsOwn() {
        assertEquals("The step id must be lower-case letters, digits and hyphens, such as home-visit",
                on(new StepForm("Home visit", "x", List.of(BEST, OTHER)).errors(List.of()), "id"));
        assertEquals("Another step is already called call: give this step an id of its own",
                on(new StepForm("call", "x", List.of(BEST, OTHER)).errors(List.of("call")), "id"));
        assertTrue(on(new StepForm("end", "x", List.of(BEST, OTHER)).errors(List.of()), "id").startsWith("A step cannot be called end"));
    }

    @Test
    void aStepHasOneBestChoiceAndTwoToSixChoices() {
        assertEquals("Only one choice can be the best: untick all but one",
                on(new StepForm("visit", "x", List.of(BEST, BEST)).errors(List.of()), "choices"));
        assertEquals("Give at least 2 choices", on(new StepForm("visit", "x", List.of(BEST)).errors(List.of()), "choices"));
        var seven = new java.util.ArrayList<>(List.of(BEST));
        for (int i = 0; i < StepForm.MAX_CHOICES; i++) {
            seven.add(OTHER);
        }
        assertEquals("Give no more than 6 choices", on(new StepForm("visit", "x", seven).errors(List.of()), "choices"));
    }

    @Test
    void theScenarioOverviewHasItsLimitsAndAStartStep() {
        var step = new StepForm("visit", "x", List.of(BEST, OTHER));
        var errors = new ScenarioForm("t".repeat(Limits.SCENARIO_TITLE + 1), "i".repeat(Limits.INTRODUCTION + 1),
                "nowhere", "c".repeat(Limits.CONCLUSION + 1), List.of(step)).overviewErrors();
        assertEquals(List.of("The title must be 100 characters or fewer", "The introduction must be 2,000 characters or fewer",
                "Choose the step the learner sees first", "The conclusion must be 2,000 characters or fewer"),
                messages(errors));
        assertEquals(List.of("Enter the title of the scenario", "Enter the introduction",
                "Choose the step the learner sees first", "Enter the conclusion"),
                messages(new ScenarioForm("", "", "", "", List.of(step)).overviewErrors()));
    }

    @Test
    void aLessonHasAWordLimitATitleAndDescribedImages() {
        var words = "# Title\n\n" + "word ".repeat(Limits.LESSON_WORDS + 10);
        assertEquals("The lesson must be 1,000 words or fewer; it has 1,011. Split it into two lessons",
                on(FilePage.lessonErrors(words), "content"));
        var errors = messages(FilePage.lessonErrors("No heading\n\n<img src=\"https://example.org/a.png\">\n"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Start the lesson with its title as a heading"));
        assertEquals("Describe the image 'https://example.org/a.png' for people who cannot see it: write it as "
                + "![what it shows](its address)", errors.get(1));
        assertEquals("The lesson's title must be 100 characters or fewer",
                on(FilePage.lessonErrors("# " + "t".repeat(Limits.LESSON_TITLE + 1) + "\n\nText."), "content"));
        assertTrue(FilePage.lessonErrors("# Title\n\n<img src=\"https://example.org/a.png\" alt=\"A map\">").list().isEmpty());
    }

    @Test
    void theReadersStructuralProblemsAreSaidInPlainWords() {
        var loop = ModuleProblem.atField("m/scenario.yaml", "steps[2].choices[0].next",
                "leads back to step 'call', which makes a loop");
        assertEquals("A choice leads back to step call, which makes a loop: each choice must lead to a later step or "
                + "end the scenario", PlainWords.of("m", loop));
        var path = ModuleProblem.inFile("m/scenario.yaml",
                "the path of best choices passes 2 steps; a scenario needs at least 3");
        assertTrue(PlainWords.of("m", path).startsWith("Taking the best choice at every step passes only 2 steps"));
        var unreached = ModuleProblem.atField("m/scenario.yaml", "steps[3].id",
                "names step 'visit', which no choice leads to from the start step 'call'");
        assertTrue(PlainWords.of("m", unreached).startsWith("No choice leads to step visit"));
        var other = ModuleProblem.inFile("m/lessons/01-a.md", "the file is not UTF-8 text");
        assertEquals("This change makes lesson 01-a.md invalid: the file is not UTF-8 text", PlainWords.of("m", other));
    }
}
