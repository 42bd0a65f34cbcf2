package org.digitalpractice.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.digitalpractice.catalogue.SampleModule.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A module folder is read into records, and every broken rule names the file, the line and the field. */
class ModuleReaderTest {

    @TempDir
    Path modules;

    TrainingModule read(Map<String, String> files) {
        return new ModuleReader().read(SampleModule.write(modules, "sample", files));
    }

    String problemIn(Map<String, String> files) {
        var folder = SampleModule.write(modules, "sample", files);
        return assertThrows(ModuleProblem.class, () -> new ModuleReader().read(folder)).getMessage();
    }

    String problemAfter(String file, UnaryOperator<String> change) {
        var files = SampleModule.files();
        files.put(file, change.apply(files.get(file)));
        return problemIn(files);
    }

    @Test
    void refusesATitleLongerThanAPageCanShow() {
        var title = "A".repeat(ModuleReader.TITLE_LIMIT + 1);
        assertEquals("sample/module.yaml line 1: field 'title' is 101 characters long; keep it to 100 at most",
                problemAfter("module.yaml", text -> text.replace("title: Sample module", "title: " + title)));
    }

    @Test
    void refusesASummaryLongerThanACardCanShow() {
        var summary = "word ".repeat(70).strip();
        var problem = problemAfter("module.yaml", text -> text.replaceFirst("summary: .*", "summary: " + summary));
        assertTrue(problem.contains("field 'summary' is 349 characters long; keep it to 300 at most"), problem);
    }

    @Test
    void readsAValidModuleFully() {
        var module = read(SampleModule.files());

        assertEquals("sample", module.slug());
        assertEquals("Sample module", module.title());
        assertEquals(30, module.minutes());
        assertEquals(Audience.ALL, module.audience());
        assertEquals(List.of(1, 2), module.pcfDomains());
        assertEquals(80, module.passMark());
        assertEquals(3, module.outcomes().size());
        assertEquals("What will you do differently?", module.reflectionPrompt());
        var reference = module.references().get(0);
        assertEquals("https://www.socialworkengland.org.uk/standards/", reference.url().toString());
        assertEquals(Optional.of(2019), reference.year());
        assertEquals(List.of("First steps", "Second lesson", "Third lesson"),
                module.lessons().stream().map(Lesson::title).toList());
        assertEquals(List.of(1, 2, 3), module.lessons().stream().map(Lesson::number).toList());
        assertEquals(List.of("request", "supervision", "visit"),
                module.scenario().bestPath().stream().map(ScenarioStep::id).toList());
        assertEquals("<p class=\"govuk-body\">You are <strong>Sam</strong>, a social worker.</p>",
                module.scenario().introductionHtml());
        var first = module.check().questions().get(0);
        assertEquals(Question.Type.SINGLE, first.type());
        assertEquals("Yes, because it is.", first.options().get(0).feedback());
        assertEquals(6, module.check().questions().size());
        assertEquals(64, module.contentHash().length());
    }

    @Test
    void rendersALessonWithoutItsTitleAndWithGovukClasses() {
        var lesson = read(SampleModule.files()).lessons().get(0);

        assertEquals("""
                <p class="govuk-body">Read <a href="#ref-swe" class="govuk-link">the standards</a> first.</p>
                <h2 class="govuk-heading-m">What to do</h2>
                <ul class="govuk-list govuk-list--bullet">
                <li>decline</li>
                <li>tell your manager</li>
                </ul>""", lesson.html());
        assertEquals("01-first-steps.md", lesson.fileName());
        assertEquals(11, lesson.wordCount());
    }

    @Test
    void sanitisingStripsScriptsAndEventHandlers() {
        var files = SampleModule.files();
        files.put("lessons/02-second.md", """
                # Second lesson

                <script>alert('stolen')</script>

                Read <a href="#ref-swe" onclick="steal()">this</a> <b onmouseover="steal()">now</b>, not
                <a href="javascript:steal()">that</a>.
                <iframe src="https://evil.example"></iframe><style>p { display: none }</style>
                """);

        assertEquals("<p class=\"govuk-body\">Read <a href=\"#ref-swe\" class=\"govuk-link\">this</a> <b>now</b>, not\n<a class=\"govuk-link\">that</a>.</p>",
                read(files).lessons().get(1).html());
    }

    @Test
    void headingsInsideALessonRenderAsH2ToH4() {
        var files = SampleModule.files();
        files.put("lessons/02-second.md", "# Second lesson\n\n# Part one\n\n##### Detail\n");

        assertEquals("<h2 class=\"govuk-heading-m\">Part one</h2>\n<h4 class=\"govuk-heading-s\">Detail</h4>",
                read(files).lessons().get(1).html());
    }

    @Test
    void contentHashChangesWhenALessonChanges() {
        var files = SampleModule.files();
        var before = read(files).contentHash();
        assertEquals(before, read(files).contentHash());

        files.put("lessons/02-second.md", "# Second lesson\n\nMore text, changed.\n");
        assertNotEquals(before, read(files).contentHash());
    }

    @Test
    void namesAMissingField() {
        assertEquals("sample/module.yaml line 1: field 'summary' is missing",
                problemAfter("module.yaml", replacing("summary: Handle a friend request from a parent.\n", "")));
    }

    @Test
    void readsTheReviewDatesAndWhenAReferenceWasChecked() {
        var files = SampleModule.files();
        files.put("module.yaml", files.get("module.yaml").replace("year: 2019", "year: 2019\n    checked: 2026-12-02")
                + "reviewed: 2026-12-02\nreview_due: 2027-12-02\n");
        var module = read(files);
        assertEquals(Optional.of(new ModuleReview(java.time.LocalDate.of(2026, 12, 2), java.time.LocalDate.of(2027, 12, 2))),
                module.review());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 12, 2)), module.references().get(0).checked());
        assertTrue(module.review().get().overdue(java.time.LocalDate.of(2027, 12, 3)));
        assertFalse(module.review().get().dueSoon(java.time.LocalDate.of(2027, 9, 1)));
        assertTrue(module.review().get().dueSoon(java.time.LocalDate.of(2027, 11, 1)));
    }

    @Test
    void aReviewDateNeedsItsPartner() {
        assertEquals("sample/module.yaml line 18: field 'reviewed' needs its partner: give both 'reviewed' (when the "
                        + "module was last checked) and 'review_due' (when it must be checked again)",
                problemAfter("module.yaml", text -> text + "reviewed: 2026-12-02\n"));
    }

    @Test
    void theNextReviewComesAfterTheLast() {
        assertEquals("sample/module.yaml line 19: field 'review_due' must be after 'reviewed' (2026-12-02)",
                problemAfter("module.yaml", text -> text + "reviewed: 2026-12-02\nreview_due: 2026-01-01\n"));
    }

    @Test
    void aReviewDateIsWrittenAsYearMonthDay() {
        assertEquals("sample/module.yaml line 19: field 'review_due' must be a date written as YYYY-MM-DD, such as "
                        + "2026-12-02, not '2 December 2027'",
                problemAfter("module.yaml", text -> text + "reviewed: 2026-12-02\nreview_due: 2 December 2027\n"));
    }

    @Test
    void rejectsTextWhereAWholeNumberBelongs() {
        assertEquals("sample/module.yaml line 3: field 'minutes' must be a whole number, not 'forty'",
                problemAfter("module.yaml", replacing("minutes: 30", "minutes: forty")));
    }

    @Test
    void rejectsAValueWhereAListBelongs() {
        assertEquals("sample/module.yaml line 5: field 'pcf_domains' must be a list",
                problemAfter("module.yaml", replacing("pcf_domains: [1, 2]", "pcf_domains: 1")));
    }

    @Test
    void rejectsAnUnknownField() {
        assertEquals("sample/module.yaml line 6: field 'passmark' is not a known field; expected one of: title, "
                        + "summary, minutes, audience, pcf_domains, pass_mark, outcomes, reflection, references, reviewed, review_due",
                problemAfter("module.yaml", replacing("pass_mark: 80", "passmark: 80")));
    }

    @Test
    void rejectsAFieldGivenTwice() {
        assertEquals("sample/module.yaml line 4: field 'title' appears more than once",
                problemAfter("module.yaml", replacing("minutes: 30", "minutes: 30\ntitle: Again")));
    }

    @Test
    void rejectsAnUnknownAudience() {
        assertEquals("sample/module.yaml line 4: field 'audience' must be children, adults or all, not 'teens'",
                problemAfter("module.yaml", replacing("audience: all", "audience: teens")));
    }

    @Test
    void rejectsAPcfDomainOutOfRange() {
        assertEquals("sample/module.yaml line 5: field 'pcf_domains[1]' must be a PCF domain from 1 to 9, not 12",
                problemAfter("module.yaml", replacing("[1, 2]", "[1, 12]")));
    }

    @Test
    void rejectsTooFewOutcomes() {
        assertEquals("sample/module.yaml line 8: field 'outcomes' has 2 outcomes; a module needs 3 to 5",
                problemAfter("module.yaml", replacing("  - know where to get advice\n", "")));
    }

    @Test
    void rejectsAReferenceWithoutHttps() {
        assertEquals("sample/module.yaml line 16: field 'references[0].url' must be an https URL, "
                        + "not 'http://www.socialworkengland.org.uk/standards/'",
                problemAfter("module.yaml", replacing("url: https://", "url: http://")));
    }

    @Test
    void rejectsAMissingFile() {
        var files = SampleModule.files();
        files.remove("check.yaml");
        assertEquals("sample/check.yaml: the file is missing", problemIn(files));
    }

    @Test
    void rejectsTooFewLessons() {
        var files = SampleModule.files();
        files.remove("lessons/03-third.md");
        assertEquals("sample/lessons: the folder has 2 lessons; a module needs 3 to 6", problemIn(files));
    }

    @Test
    void rejectsALessonWithoutATitle() {
        assertEquals("sample/lessons/02-second.md line 1: the lesson must start with its title as a level-1 "
                        + "heading, like '# Why it matters'",
                problemAfter("lessons/02-second.md", replacing("# Second lesson", "Second lesson")));
    }

    @Test
    void rejectsAnImageWithoutAltTextAtItsLine() {
        assertEquals("sample/lessons/01-first-steps.md line 10: has an image with no alt text ('chart.png')",
                problemAfter("lessons/01-first-steps.md", text -> text + "\n![](chart.png)\n"));
    }

    @Test
    void rejectsALinkToAnUnknownReference() {
        assertEquals("sample/lessons/01-first-steps.md line 3: has a link to '#ref-sve', which names no reference "
                        + "in module.yaml",
                problemAfter("lessons/01-first-steps.md", replacing("#ref-swe", "#ref-sve")));
    }

    @Test
    void rejectsALinkThatSanitisingWouldDrop() {
        assertEquals("sample/lessons/01-first-steps.md line 3: has a link to '02-second.md', which goes nowhere: "
                        + "link to an http(s) address, or to a reference as '#ref-<id>'",
                problemAfter("lessons/01-first-steps.md", replacing("#ref-swe", "02-second.md")));
    }

    @Test
    void rejectsAnImageWithoutAltTextInAScenarioAtItsLine() {
        assertEquals("sample/scenario.yaml line 9: field 'steps[0].situation' has an image with no alt text ('x.png')",
                problemAfter("scenario.yaml", replacing("a friend request.\n", "a friend request.\n      ![](x.png)\n")));
    }

    @Test
    void rejectsAChoiceLeadingToAMissingStep() {
        assertEquals("sample/scenario.yaml line 14: field 'steps[0].choices[0].next' names step 'supervisoin', "
                        + "which does not exist; use a step id or 'end'",
                problemAfter("scenario.yaml", replacing("next: supervision", "next: supervisoin")));
    }

    @Test
    void rejectsAStepThatCannotBeReached() {
        assertEquals("sample/scenario.yaml line 31: field 'steps[2].id' names step 'visit', which no choice leads "
                        + "to from the start step 'request'",
                problemAfter("scenario.yaml", text -> text.replace("next: visit", "next: end")));
    }

    @Test
    void rejectsALoop() {
        assertEquals("sample/scenario.yaml line 42: field 'steps[2].choices[1].next' leads back to step 'request', "
                        + "which makes a loop",
                problemAfter("scenario.yaml", replacing("The parent is hurt.\n        next: end",
                        "The parent is hurt.\n        next: request")));
    }

    @Test
    void rejectsAStepWithoutABestChoice() {
        assertEquals("sample/scenario.yaml line 10: field 'steps[0].choices' has no best choice; mark exactly one "
                        + "with 'best: true'",
                problemAfter("scenario.yaml", replacing("        best: true\n", "")));
    }

    @Test
    void rejectsAStepWithTwoBestChoices() {
        assertEquals("sample/scenario.yaml line 10: field 'steps[0].choices' has 2 best choices; mark exactly one "
                        + "with 'best: true'",
                problemAfter("scenario.yaml", replacing("- text: Accept it.", "- text: Accept it.\n        best: true")));
    }

    @Test
    void rejectsABestPathShorterThanThreeSteps() {
        assertEquals("sample/scenario.yaml: the path of best choices passes 2 steps; a scenario needs at least 3",
                problemAfter("scenario.yaml", replacing("You have a plan.\n        next: visit",
                        "You have a plan.\n        next: end")));
    }

    @Test
    void rejectsASingleQuestionWithTwoCorrectOptions() {
        assertEquals("sample/check.yaml line 6: field 'questions[0].options' has 2 correct options; a single "
                        + "question needs exactly one (or make it type 'multiple')",
                problemAfter("check.yaml", replacing("correct: false", "correct: true")));
    }

    @Test
    void rejectsAQuestionWithoutACorrectOption() {
        assertEquals("sample/check.yaml line 6: field 'questions[0].options' has no correct option; mark at least "
                        + "one with 'correct: true'",
                problemAfter("check.yaml", replacing("correct: true", "correct: false")));
    }

    @Test
    void rejectsAnOptionWithoutFeedback() {
        assertEquals("sample/check.yaml line 9: field 'questions[0].options[1].feedback' is missing",
                problemAfter("check.yaml", replacing("\n        feedback: No, because it is not.", "")));
    }

    @Test
    void rejectsDuplicateQuestionIds() {
        assertEquals("sample/check.yaml line 22: field 'questions[2].id' repeats question id 'q2'",
                problemAfter("check.yaml", replacing("id: q3", "id: q2")));
    }

    @Test
    void rejectsTooFewQuestions() {
        var fiveQuestions = "questions:\n" + String.join("", SampleModule.question("q1"), SampleModule.question("q2"),
                SampleModule.question("q3"), SampleModule.question("q4"), SampleModule.question("q5"));
        assertEquals("sample/check.yaml line 2: field 'questions' has 5 questions; a knowledge check needs 6 to 10",
                problemAfter("check.yaml", text -> fiveQuestions));
    }

    @Test
    void rejectsAFlagThatIsNotTrueOrFalse() {
        assertEquals("sample/check.yaml line 7: field 'questions[0].options[0].correct' must be true or false, "
                        + "not 'maybe'",
                problemAfter("check.yaml", replacing("correct: true", "correct: maybe")));
    }

    @Test
    void namesTheLineOfAYamlSyntaxError() {
        assertEquals("sample/check.yaml line 4: YAML syntax error: mapping values are not allowed here",
                problemAfter("check.yaml", replacing("text: Which is right?", "text: Which: is right?")));
    }

    @Test
    void rejectsAFolderNameThatIsNotASlug() {
        var folder = SampleModule.write(modules, "Sample Module", SampleModule.files());
        assertEquals("Sample Module: the folder name must be lower-case letters, digits and hyphens",
                assertThrows(ModuleProblem.class, () -> new ModuleReader().read(folder)).getMessage());
    }
}
