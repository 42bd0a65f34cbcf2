package org.digitalpractice.catalogue.authoring;

import org.digitalpractice.testing.InChromium;
import org.digitalpractice.testing.Browser;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.UUID;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A council trainer's authoring pages in real Chromium, inside the practice platform's iframe with third-party
 * cookies blocked: copy a library module to adapt, a refused edit with its error summary, the preview, import and
 * the audit list. axe-core checks every page type, and the pages fit a 320 px phone. Nothing is published, so
 * Eastbrook's learners see no change.
 */
class AuthoringJourneyIT extends InChromium {

    static final String SLUG = "online-harm-adults";

    @Test
    void aTrainerCopiesALibraryModuleAndSeesTheirMistakeExplained() {
        browser.launchInPracticeFrame("eastbrook", "eastbrook-children", "eastbrook-trainer");
        browser.clickAndWait(By.id("to-modules"));
        assertEquals("Modules", browser.textOf(By.tagName("h1")));
        accessible(browser, "the module list");

        browser.clickAndWait(By.cssSelector("#module-" + SLUG + " a"));
        assertTrue(browser.textOf(By.id("owner")).startsWith("Shared library"));
        accessible(browser, "a library module");
        browser.clickAndWait(By.id("copy"));
        assertTrue(browser.textOf(By.id("notice")).contains("own copy"));
        assertTrue(browser.textOf(By.id("status")).startsWith("Draft"));
        accessible(browser, "the council's draft");

        browser.clickAndWait(By.linkText("Details, outcomes, reflection prompt and references"));
        accessible(browser, "the details form");
        browser.driver().findElement(By.id("pass_mark")).clear();
        browser.driver().findElement(By.id("pass_mark")).sendKeys("150");
        browser.driver().findElement(By.id("summary")).sendKeys("x".repeat(300));
        assertTrue(browser.textOf(By.cssSelector("#summary-info ~ .govuk-character-count__status")).contains("too many"),
                "the character count counts as one types");
        browser.clickAndWait(By.id("save"));
        assertTrue(browser.textOf(By.id("error-summary")).contains("The pass mark must be between 1 and 100"));
        assertTrue(browser.textOf(By.id("error-summary")).contains("Summary must be 300 characters or fewer"));
        assertEquals("150", browser.driver().findElement(By.id("pass_mark")).getAttribute("value"));
        accessible(browser, "the details form with errors");
        browser.driver().findElement(By.cssSelector("#error-summary a")).click();
        assertEquals("summary", browser.driver().switchTo().activeElement().getAttribute("id"));
        browser.clickAndWait(By.id("add-reference"));
        accessible(browser, "the details form with a reference added");

        browser.clickAndWait(By.linkText("Back to the module"));
        checkAndScenarioForms();
        browser.clickAndWait(By.cssSelector("#parts li:nth-child(2) a"));
        browser.clickAndWait(By.id("preview-lesson"));
        assertTrue(browser.textOf(By.id("lesson-preview")).contains("Preview, not saved"));
        accessible(browser, "a lesson being edited, with its preview");
        browser.driver().findElement(By.id("content")).sendKeys("\n\nOur council adds this sentence.");
        browser.clickAndWait(By.id("save"));
        assertTrue(browser.textOf(By.id("notice")).contains("Saved to the draft"));

        browser.clickAndWait(By.id("preview"));
        assertTrue(browser.textOf(By.id("preview-banner")).contains("Learners do not see it"));
        accessible(browser, "the draft preview");

        browser.clickAndWait(By.linkText("Back to the module"));
        browser.clickAndWait(By.id("publish"));
        assertTrue(browser.textOf(By.id("against")).contains("the shared library's module"));
        browser.driver().findElement(By.cssSelector("#changes details summary")).click();
        accessible(browser, "the check before publishing, a change opened");

        browser.clickAndWait(By.linkText("Back to the module"));
        browser.clickAndWait(By.linkText("Modules"));
        browser.clickAndWait(By.id("to-import"));
        accessible(browser, "the import form");
        browser.clickAndWait(By.linkText("Modules"));
        browser.clickAndWait(By.id("to-new"));
        accessible(browser, "the new module form");
        browser.clickAndWait(By.id("start"));
        assertTrue(browser.textOf(By.id("error-summary")).contains("Enter the title of the new module"));
        assertTrue(browser.textOf(By.id("error-summary")).contains("Select the library module to start from"));
        accessible(browser, "the new module form with errors");
        browser.clickAndWait(By.linkText("Modules"));
        browser.clickAndWait(By.id("to-audit"));
        assertTrue(browser.textOf(By.id("audit")).contains(SLUG));
        accessible(browser, "the audit list");
    }

    /** From the module page: the structured forms, each also with an error, and back. */
    private static void checkAndScenarioForms() {
        browser.clickAndWait(By.linkText("Knowledge check: questions, options and feedback"));
        accessible(browser, "the knowledge check's questions");
        browser.clickAndWait(By.id("change-question-1"));
        accessible(browser, "a question form");
        // Question 1 wants one answer: ticking every option is the mistake.
        for (var box : browser.driver().findElements(By.cssSelector("input[id$='-correct']"))) {
            if (!box.isSelected()) {
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", box);
            }
        }
        browser.clickAndWait(By.id("save"));
        assertTrue(browser.textOf(By.id("error-summary")).contains("Only one option can be correct"));
        accessible(browser, "a question form with an error");
        browser.clickAndWait(By.id("add-option"));
        assertTrue(browser.driver().findElements(By.id("option-3-text")).size() == 1, "one more option");
        browser.clickAndWait(By.linkText("Back to the knowledge check"));
        browser.clickAndWait(By.linkText("Back to the module"));

        browser.clickAndWait(By.linkText("Practice scenario: steps, choices and feedback"));
        accessible(browser, "the scenario");
        browser.clickAndWait(By.id("change-step-1"));
        accessible(browser, "a step form");
        browser.driver().findElement(By.id("choice-0-text")).clear();
        browser.clickAndWait(By.id("save"));
        assertTrue(browser.textOf(By.id("error-summary")).contains("Enter what the learner could do in choice 1"));
        accessible(browser, "a step form with an error");
        browser.driver().findElement(By.cssSelector("#error-summary a")).click();
        assertEquals("choice-0-text", browser.driver().switchTo().activeElement().getAttribute("id"));
        browser.clickAndWait(By.linkText("Back to the scenario"));
        browser.clickAndWait(By.id("add-step"));
        accessible(browser, "the new step form");
        browser.clickAndWait(By.linkText("Back to the scenario"));
        browser.clickAndWait(By.linkText("Back to the module"));
    }

    @Test
    void authoringPagesFitAPhone() {
        try (var phone = Browser.phone()) {
            phone.launchInPracticeFrame("eastbrook", "eastbrook-children", "eastbrook-trainer");
            phone.assertNoSidewaysScroll("the trainer's home");
            accessible(phone, "the trainer's home at 320 px");
            phone.clickAndWait(By.id("to-modules"));
            phone.assertNoSidewaysScroll("the module list");
            accessible(phone, "the module list at 320 px");
            phone.clickAndWait(By.cssSelector("#module-digital-evidence-and-law a"));
            phone.assertNoSidewaysScroll("a module");
            accessible(phone, "a module at 320 px");
            phone.clickAndWait(By.linkText("Modules"));
            phone.clickAndWait(By.id("to-import"));
            phone.assertNoSidewaysScroll("the import form");
            accessible(phone, "the import form at 320 px");
            // A module of this test's own, so that the forms are open to it whichever test runs first.
            phone.clickAndWait(By.linkText("Modules"));
            phone.clickAndWait(By.id("to-new"));
            accessible(phone, "the new module form at 320 px");
            phone.driver().findElement(By.id("title")).sendKeys("Phone forms " + UUID.randomUUID().toString().substring(0, 8));
            ((JavascriptExecutor) phone.driver()).executeScript("arguments[0].click();",
                    phone.driver().findElement(By.id("from-" + SLUG)));
            phone.clickAndWait(By.id("start"));
            accessible(phone, "a new draft at 320 px");
            phone.clickAndWait(By.id("publish"));
            phone.assertNoSidewaysScroll("the check before publishing");
            accessible(phone, "the check before publishing at 320 px");
            phone.clickAndWait(By.linkText("Back to the module"));
            phone.clickAndWait(By.linkText("Details, outcomes, reflection prompt and references"));
            phone.driver().findElement(By.id("title")).clear();
            phone.clickAndWait(By.id("save"));
            phone.assertNoSidewaysScroll("the details form with an error");
            accessible(phone, "the details form with an error at 320 px");
            phone.clickAndWait(By.linkText("Back to the module"));
            phone.clickAndWait(By.cssSelector("#parts li:nth-child(2) a"));
            phone.assertNoSidewaysScroll("a lesson");
            accessible(phone, "a lesson at 320 px");
            phone.clickAndWait(By.linkText("Back to the module"));
            phone.clickAndWait(By.linkText("Knowledge check: questions, options and feedback"));
            phone.assertNoSidewaysScroll("the knowledge check's questions");
            accessible(phone, "the knowledge check at 320 px");
            phone.clickAndWait(By.id("change-question-1"));
            phone.assertNoSidewaysScroll("a question form");
            accessible(phone, "a question form at 320 px");
            phone.clickAndWait(By.id("save"));
            phone.assertNoSidewaysScroll("the knowledge check after a save");
            phone.clickAndWait(By.linkText("Back to the module"));
            phone.clickAndWait(By.linkText("Practice scenario: steps, choices and feedback"));
            phone.assertNoSidewaysScroll("the scenario");
            accessible(phone, "the scenario at 320 px");
            phone.clickAndWait(By.id("change-step-1"));
            phone.driver().findElement(By.id("id")).clear();
            phone.clickAndWait(By.id("save"));
            phone.assertNoSidewaysScroll("a step form with an error");
            accessible(phone, "a step form with an error at 320 px");
            phone.open(ToolUnderTest.toolUrl("/"));
        }
    }
}
