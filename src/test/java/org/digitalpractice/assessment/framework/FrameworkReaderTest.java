package org.digitalpractice.assessment.framework;

import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.PcfDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.digitalpractice.assessment.framework.SampleFrameworkFile.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The framework file is read into records, and every broken rule names the file, the line and the field. */
class FrameworkReaderTest {

    @TempDir
    Path modules;

    /** Reads a framework file as at start-up, with the sample's module folders in place. */
    Framework read(SampleFrameworkFile file) throws IOException {
        Files.createDirectories(modules.resolve("first-module"));
        Files.createDirectories(modules.resolve("second-module"));
        return FrameworkReader.checkingModulesIn(modules).read(file.text());
    }

    String problemIn(SampleFrameworkFile file) {
        return assertThrows(ModuleProblem.class, () -> read(file)).getMessage();
    }

    String problemAfter(String from, String to) {
        return problemIn(sample().replacing(from, to));
    }

    @Test
    void readsAValidFrameworkFully() throws IOException {
        var framework = read(sample());

        assertEquals("Sample self-assessment", framework.title());
        assertEquals("<p class=\"govuk-body\">Rate yourself. <strong>Be honest.</strong></p>",
                framework.introductionHtml());
        assertEquals(List.of("A", "B"), framework.domains().stream().map(Framework.Domain::code).toList());
        var first = framework.domains().get(0);
        assertEquals(List.of("first-module"), first.modules());
        assertEquals(new Framework.Statement("A2", "I do the second thing.", "swe",
                List.of(PcfDomain.SKILLS_AND_INTERVENTIONS)), first.statements().get(1));
        assertEquals(List.of(PcfDomain.PROFESSIONALISM, PcfDomain.VALUES_AND_ETHICS, PcfDomain.SKILLS_AND_INTERVENTIONS),
                first.pcfDomains(), "an area's PCF domains are its statements', each once, in the PCF's order");
        assertEquals(0, first.scenarios().get(0).correctOption());
        assertEquals(2, framework.domains().get(1).scenarios().get(0).correctOption());
        assertEquals("Not quite.", first.scenarios().get(0).options().get(1).feedback());
        var use = framework.yourPractice().get(0);
        assertEquals(List.of("video-calls", "email"), use.options().stream().map(Framework.PracticeOption::id).toList());
        assertEquals(Optional.of("Anything else (optional)"), use.otherPrompt());
        assertEquals(3, framework.statementCount());
        assertEquals(4, framework.scenarioCount());
    }

    static Framework shipped() throws IOException {
        var text = Files.readString(Path.of("modules", FrameworkReader.FILE));
        return FrameworkReader.checkingModulesIn(Path.of("modules")).read(text);
    }

    @Test
    void readsTheShippedFramework() throws IOException {
        var framework = shipped();

        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I"),
                framework.domains().stream().map(Framework.Domain::code).toList());
        assertEquals(49, framework.statementCount());
        assertEquals(18, framework.scenarioCount());
        assertEquals(List.of("use", "challenges", "support"),
                framework.yourPractice().stream().map(Framework.PracticeQuestion::id).toList());
    }

    @Test
    void theShippedIntroductionGivesTheFrameworksOwnCounts() throws IOException {
        var framework = shipped();
        var introduction = framework.introductionHtml();

        assertTrue(introduction.contains("It takes about " + framework.minutes() + " minutes."), introduction);
        assertTrue(introduction.contains("There are 49 statements in 9 areas."), introduction);
        assertTrue(introduction.contains("18 in all"), introduction);
        assertTrue(introduction.contains("Trainers and learning leads never see your individual answers."),
                "the privacy wording is kept");
    }

    @Test
    void theShippedStatementsCoverEveryPcfDomain() throws IOException {
        var covered = shipped().domains().stream().flatMap(d -> d.pcfDomains().stream()).distinct().count();
        assertEquals(PcfDomain.values().length, covered);
    }

    @Test
    void inTheShippedScenariosTheBestOptionIsRarelyTheLongest() throws IOException {
        var scenarios = shipped().domains().stream().flatMap(d -> d.scenarios().stream()).toList();
        var longest = scenarios.stream().filter(scenario -> {
            var options = scenario.options();
            var best = options.get(scenario.correctOption()).text().length();
            return IntStream.range(0, options.size()).filter(i -> i != scenario.correctOption())
                    .allMatch(i -> options.get(i).text().length() < best);
        }).map(Framework.Scenario::id).toList();
        assertTrue(longest.size() * 3 <= scenarios.size(),
                "a learner should not find the best option by its length; longest in " + longest);
    }

    @Test
    void theTimeIsAboutAMinuteAStatementAndTwoAScenarioRoundedUpToFive() {
        assertEquals(85, Framework.minutes(49, 18), "49 + 36 = 85");
        assertEquals(50, Framework.minutes(27, 10), "27 + 20 = 47, rounded up");
        assertEquals(10, Framework.minutes(3, 2), "never under 10");
    }

    @Test
    void theIntroductionsCountsAreFilledInFromTheFramework() throws IOException {
        var framework = read(sample().replacing("Rate yourself. **Be honest.**",
                "{statements} statements in {areas} areas and {scenarios} scenarios, about {minutes} minutes."));
        assertEquals("<p class=\"govuk-body\">3 statements in 2 areas and 4 scenarios, about 15 minutes.</p>",
                framework.introductionHtml());
    }

    @Test
    void rejectsACountTheToolDoesNotFillIn() throws IOException {
        assertEquals("self-assessment/framework.yaml line 2: field 'introduction' uses '{minute}', which is not a "
                        + "count the tool fills in; use {statements}, {areas}, {scenarios} or {minutes}",
                problemAfter("Rate yourself.", "About {minute} minutes. Rate yourself."));
    }

    @Test
    void rejectsAStatementWithoutPcfDomains() throws IOException {
        assertEquals("self-assessment/framework.yaml line 30: field 'domains[0].statements[1].pcf' is missing",
                problemAfter("        pcf: [7]\n", ""));
    }

    @Test
    void rejectsAnEmptyListOfPcfDomains() throws IOException {
        assertEquals("self-assessment/framework.yaml line 33: field 'domains[0].statements[1].pcf' is empty; name at "
                + "least one PCF domain, from 1 to 9", problemAfter("pcf: [7]", "pcf: []"));
    }

    @Test
    void rejectsAPcfDomainOutsideOneToNine() throws IOException {
        assertEquals("self-assessment/framework.yaml line 33: field 'domains[0].statements[1].pcf[0]' must be a PCF "
                + "domain from 1 to 9, not 10", problemAfter("pcf: [7]", "pcf: [10]"));
    }

    @Test
    void rejectsARepeatedPcfDomain() throws IOException {
        assertEquals("self-assessment/framework.yaml line 29: field 'domains[0].statements[0].pcf[1]' repeats PCF "
                + "domain 1", problemAfter("pcf: [1, 2]", "pcf: [1, 1]"));
    }

    @Test
    void rejectsAnAreaWithOneScenario() throws IOException {
        assertEquals("self-assessment/framework.yaml line 66: field 'domains[1].scenarios' has 1 scenario; an area "
                + "needs at least 2", problemIn(sample().withoutFrom("      - id: B-s2", "your_practice:")));
    }

    @Test
    void theYourPracticeSectionIsOptional() throws IOException {
        assertEquals(List.of(), read(sample().withoutFrom("your_practice:", "references:")).yourPractice());
    }

    @Test
    void rejectsAnUnknownField() throws IOException {
        assertEquals("self-assessment/framework.yaml line 2: field 'introdution' is not a known field; expected one "
                        + "of: title, introduction, scale, domains, your_practice, references",
                problemAfter("introduction: |", "introdution: |"));
    }

    @Test
    void rejectsAChangedScale() throws IOException {
        assertEquals("self-assessment/framework.yaml line 5: field 'scale' must list the values 0, 1, 2, 3 and na, "
                + "in that order; the rating scale is fixed by the tool", problemAfter("value: 3", "value: 4"));
    }

    @Test
    void rejectsAnAreaCodeThatIsNotOneCapitalLetter() throws IOException {
        assertEquals("self-assessment/framework.yaml line 21: field 'domains[0].code' must be a single capital "
                + "letter, not 'a'", problemAfter("- code: A\n", "- code: a\n"));
    }

    @Test
    void rejectsARepeatedAreaCode() throws IOException {
        assertEquals("self-assessment/framework.yaml line 56: field 'domains[1].code' repeats area code 'A'",
                problemAfter("- code: B\n", "- code: A\n"));
    }

    @Test
    void rejectsAModuleThatIsNotAFolder() throws IOException {
        assertEquals("self-assessment/framework.yaml line 24: field 'domains[0].modules[0]' names no module folder "
                + "'no-such-module' in modules/", problemAfter("[first-module]", "[no-such-module]"));
    }

    @Test
    void rejectsAnAreaWithoutModules() throws IOException {
        assertEquals("self-assessment/framework.yaml line 24: field 'domains[0].modules' is empty; name at least one "
                + "module that builds this area", problemAfter("[first-module]", "[]"));
    }

    @Test
    void rejectsAStatementCodeOfAnotherArea() throws IOException {
        assertEquals("self-assessment/framework.yaml line 26: field 'domains[0].statements[0].code' must be the "
                + "area's letter and a number, such as A1, not 'B7'", problemAfter("- code: A1", "- code: B7"));
    }

    @Test
    void rejectsARepeatedStatementCode() throws IOException {
        assertEquals("self-assessment/framework.yaml line 30: field 'domains[0].statements[1].code' repeats "
                + "statement code 'A1'", problemAfter("- code: A2", "- code: A1"));
    }

    @Test
    void rejectsAStatementCitingNoReference() throws IOException {
        assertEquals("self-assessment/framework.yaml line 28: field 'domains[0].statements[0].source' names no "
                        + "reference 'hcpc'; use an id from references",
                problemAfter("text: I do the first thing.\n        source: swe", "text: I do the first thing.\n        source: hcpc"));
    }

    @Test
    void rejectsAScenarioIdOfAnotherForm() throws IOException {
        assertEquals("self-assessment/framework.yaml line 35: field 'domains[0].scenarios[0].id' must be the area's "
                + "letter, '-s' and a number, such as A-s1, not 'A1-s'", problemAfter("id: A-s1", "id: A1-s"));
    }

    @Test
    void rejectsAnAreaWithoutScenarios() throws IOException {
        assertEquals("self-assessment/framework.yaml line 65: field 'domains[1].scenarios' has 0 scenarios; an area "
                + "needs at least 2", problemIn(sample().replacingFrom("    scenarios:\n      - id: B-s1",
                "your_practice:", "    scenarios: []\n")));
    }

    @Test
    void rejectsAScenarioWithTwoOptions() throws IOException {
        assertEquals("self-assessment/framework.yaml line 38: field 'domains[0].scenarios[0].options' has 2 options; "
                        + "a scenario needs 3 or 4",
                problemAfter("          - text: Another wrong thing.\n            correct: false\n            feedback: No.\n", ""));
    }

    @Test
    void rejectsAScenarioWithTwoCorrectOptions() throws IOException {
        assertEquals("self-assessment/framework.yaml line 38: field 'domains[0].scenarios[0].options' has 2 correct "
                + "options; a scenario needs exactly one", problemAfter("correct: false", "correct: true"));
    }

    @Test
    void rejectsAScenarioWithNoCorrectOption() throws IOException {
        assertEquals("self-assessment/framework.yaml line 38: field 'domains[0].scenarios[0].options' has no correct "
                + "option; mark one with 'correct: true'", problemAfter("            correct: true\n            feedback: Right.",
                "            feedback: Right."));
    }

    @Test
    void rejectsAnOptionWithoutFeedback() throws IOException {
        assertEquals("self-assessment/framework.yaml line 41: field 'domains[0].scenarios[0].options[1].feedback' is "
                + "missing", problemAfter("            feedback: Not quite.\n", ""));
    }

    @Test
    void rejectsAPracticeOptionIdThatIsNotKebabCase() throws IOException {
        assertEquals("self-assessment/framework.yaml line 91: field 'your_practice[0].options[0].id' must be lower-case "
                + "letters, digits and hyphens, not 'Video Calls'", problemAfter("id: video-calls", "id: Video Calls"));
    }

    @Test
    void rejectsARepeatedPracticeOptionId() throws IOException {
        assertEquals("self-assessment/framework.yaml line 93: field 'your_practice[0].options[1].id' repeats option "
                + "id 'video-calls' in this question", problemAfter("id: email", "id: video-calls"));
    }

    @Test
    void rejectsAReferenceWithoutAnHttpsUrl() throws IOException {
        assertEquals("self-assessment/framework.yaml line 100: field 'references[0].url' must be an https URL, not "
                        + "'http://www.socialworkengland.org.uk/standards/'",
                problemAfter("url: https://www", "url: http://www"));
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() throws IOException {
        var problem = problemAfter("summary: The first area.", "summary: The first: area.");
        assertEquals("self-assessment/framework.yaml line 23: YAML syntax error: mapping values are not allowed here",
                problem.lines().findFirst().orElseThrow().strip());
    }

    @Test
    void aMissingFileIsAProblemNotAFailure() {
        assertEquals("self-assessment/framework.yaml: the file is missing",
                assertThrows(ModuleProblem.class, () -> FrameworkReader.text(modules)).getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsAProblem() throws IOException {
        Files.createDirectories(modules.resolve("self-assessment"));
        Files.write(modules.resolve(FrameworkReader.FILE), new byte[]{'t', 'i', (byte) 0xff, 'e'});
        assertEquals("self-assessment/framework.yaml: the file cannot be read as UTF-8 text",
                assertThrows(ModuleProblem.class, () -> FrameworkReader.text(modules)).getMessage());
    }

    @Test
    void aStoredVersionFromBeforePcfDomainsAndTwoScenariosStillReads() {
        var older = sample().without("        pcf: [1, 2]\n").without("        pcf: [7]\n")
                .without("        pcf: [3]\n").withoutFrom("      - id: B-s2", "your_practice:");
        var framework = FrameworkReader.forStoredVersion().read(older.text());
        assertEquals(List.of(), framework.domains().get(0).statements().get(0).pcf());
        assertEquals(List.of(), framework.domains().get(0).pcfDomains());
        assertEquals(1, framework.domains().get(1).scenarios().size());
    }

    @Test
    void aStoredVersionReadsEvenWhenItsModulesHaveGone() {
        var framework = FrameworkReader.forStoredVersion().read(sample().text());
        assertEquals(List.of("first-module"), framework.domains().get(0).modules());
    }
}
