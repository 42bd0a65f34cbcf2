package org.digitalpractice.learning;

import org.digitalpractice.testing.InChromium;
import org.digitalpractice.catalogue.ModuleReader;
import org.digitalpractice.catalogue.TrainingModule;
import org.digitalpractice.testing.Browser;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A social worker's journey in real Chromium, inside the practice platform's iframe with third-party cookies
 * blocked: a whole module from start to finish, and leaving part-way then resuming. axe-core checks every page type.
 */
class LearnerJourneyIT extends InChromium {

    static final TrainingModule MODULE = new ModuleReader().read(Path.of("modules", "boundaries-online"));

    static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static String text(By by) {
        return browser.textOf(by);
    }

    @Test
    void aLearnerCompletesAModuleFromStartToFinish() {
        browser.launchInPracticeFrame("northmoor", "northmoor-adults", "northmoor-learner-11");
        accessible("the learner's home");
        browser.clickAndWait(By.linkText(MODULE.title()));
        assertEquals(MODULE.title(), text(By.tagName("h1")));
        accessible("the module overview");

        browser.clickAndWait(By.id("continue"));
        for (int i = 0; i < MODULE.lessons().size(); i++) {
            var lesson = MODULE.lessons().get(i);
            assertEquals(lesson.title(), text(By.id("lesson-title")));
            assertEquals("Lesson " + (i + 1) + " of " + MODULE.lessons().size(), text(By.id("lesson-progress")));
            if (i == 0) {
                accessible("a lesson");
            }
            browser.clickAndWait(By.id("next"));
        }

        var scenario = MODULE.scenario();
        var step = scenario.step(scenario.start()).orElseThrow();
        int decisions = 0;
        while (true) {
            if (decisions == 0) {
                accessible("a scenario step");
                browser.clickAndWait(By.id("choose"));
                assertTrue(text(By.className("govuk-error-summary")).contains("Choose what you would do"));
                accessible("a scenario step with an error");
            }
            int best = step.choices().indexOf(step.bestChoice());
            browser.driver().findElement(By.cssSelector("input[name=choice][value='" + best + "']")).click();
            browser.clickAndWait(By.id("choose"));
            decisions++;
            assertEquals(words(step.bestChoice().feedback()), words(text(By.id("feedback"))));
            if (decisions == 1) {
                accessible("scenario feedback");
            }
            browser.clickAndWait(By.id("continue"));
            if (step.bestChoice().ends()) {
                break;
            }
            step = scenario.step(step.bestChoice().next()).orElseThrow();
        }
        assertTrue(decisions >= 3, "at least three decisions on the best path");
        assertEquals("What this scenario shows", text(By.tagName("h1")));
        accessible("the scenario's conclusion");

        browser.clickAndWait(By.id("to-check"));
        accessible("the knowledge check");
        browser.clickAndWait(By.id("submit-check"));
        assertTrue(text(By.className("govuk-error-summary")).contains("Answer question 1"));
        accessible("the knowledge check with errors");
        answerEverythingWrongOnce();
        assertEquals("Not passed yet", text(By.tagName("h1")));
        accessible("a failed check's result");

        browser.clickAndWait(By.id("try-again"));
        answerCorrectly();
        assertEquals("You passed", text(By.className("govuk-panel__title")));
        assertEquals("100%", text(By.id("score")));
        accessible("a passed check's result");

        browser.clickAndWait(By.id("to-reflection"));
        accessible("the reflection");
        browser.driver().findElement(By.id("reflection")).sendKeys(
                "I will check my privacy settings each month and talk about friend requests in supervision.");
        browser.clickAndWait(By.id("save-reflection"));
        assertEquals("Module complete", text(By.className("govuk-panel__title")));
        assertEquals("100%", text(By.id("completion-score")));
        accessible("the completion page");

        browser.clickAndWait(By.id("to-record"));
        assertTrue(text(By.className("dp-cpd-entry")).contains(MODULE.title()));
        assertTrue(text(By.className("dp-reflection")).contains("privacy settings each month"));
        accessible("the CPD record");
    }

    void answerEverythingWrongOnce() {
        for (var question : MODULE.check().questions()) {
            var wrong = question.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
            var index = question.options().indexOf(wrong);
            browser.driver().findElement(By.cssSelector("input[name='answer-" + question.id() + "'][value='" + index + "']"))
                    .click();
        }
        browser.clickAndWait(By.id("submit-check"));
    }

    void answerCorrectly() {
        for (var question : MODULE.check().questions()) {
            for (int i = 0; i < question.options().size(); i++) {
                var box = browser.driver().findElement(
                        By.cssSelector("input[name='answer-" + question.id() + "'][value='" + i + "']"));
                if (question.options().get(i).correct() != box.isSelected()) {
                    box.click();
                }
            }
        }
        browser.clickAndWait(By.id("submit-check"));
    }

    @Test
    void lessonsAndTheCheckFitAPhone() {
        try (var phone = Browser.phone()) {
            phone.launchInPracticeFrame("northmoor", "northmoor-children", "northmoor-learner-20");
            phone.clickAndWait(By.linkText(MODULE.title()));
            phone.clickAndWait(By.id("continue"));
            phone.assertNoSidewaysScroll("a lesson");
            phone.open(ToolUnderTest.toolUrl("/"));
        }
    }

    @Test
    void aLearnerWhoLeavesPartWayResumesWhereTheyLeftOff() {
        browser.launchInPracticeFrame("eastbrook", "eastbrook-children", "eastbrook-learner-17");
        browser.clickAndWait(By.linkText(MODULE.title()));
        browser.clickAndWait(By.id("continue"));
        browser.clickAndWait(By.id("next"));
        assertEquals(MODULE.lessons().get(1).title(), text(By.id("lesson-title")));

        // Another day, another device: a new browser and a new launch.
        try (var later = new Browser()) {
            later.launchInPracticeFrame("eastbrook", "eastbrook-children", "eastbrook-learner-17");
            assertTrue(later.textOf(By.id("module-" + MODULE.slug())).contains("In progress"));
            later.clickAndWait(By.linkText(MODULE.title()));
            assertEquals("Continue", later.textOf(By.id("continue")));
            // Lesson 1 was read ("Next" pressed); lesson 2 was open when they left, so they resume there.
            assertTrue(later.textOf(By.id("tasks")).contains("1 of " + MODULE.lessons().size() + " read"));
            later.clickAndWait(By.id("continue"));
            assertEquals(MODULE.lessons().get(1).title(), later.textOf(By.id("lesson-title")));
        }
    }
}
