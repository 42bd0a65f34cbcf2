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
        browser.clickAndWait(By.id("save"));
        assertTrue(browser.textOf(By.id("error-summary")).contains("Pass mark"));
        assertEquals("150", browser.driver().findElement(By.id("pass_mark")).getAttribute("value"));
        accessible(browser, "the details form with an error");
        browser.driver().findElement(By.cssSelector("#error-summary a")).click();
        assertEquals("pass_mark", browser.driver().switchTo().activeElement().getAttribute("id"));

        browser.clickAndWait(By.linkText("Back to the module"));
        checkAndScenarioForms();
        browser.clickAndWait(By.cssSelector("#parts li:nth-child(2) a"));
        browser.clickAndWait(By.id("preview-lesson"));
        assertTrue(browser.textOf(By.id("lesson-preview")).contains("Preview, not saved"));
        accessible(browser, "a lesson being edited, with its preview");

        browser.clickAndWait(By.linkText("Back to the module"));
        browser.clickAndWait(By.id("preview"));
        assertTrue(browser.textOf(By.id("preview-banner")).contains("Learners do not see it"));
        accessible(browser, "the draft preview");

        browser.clickAndWait(By.linkText("Back to the module"));
        browser.clickAndWait(By.linkText("Modules"));
        browser.clickAndWait(By.id("to-import"));
        accessible(browser, "the import form");
        browser.clickAndWait(By.linkText("Modules"));
        browser.clickAndWait(By.id("to-new"));
        browser.clickAndWait(By.id("start"));
        assertTrue(browser.textOf(By.id("error-summary")).contains("Enter a name"));
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
        assertTrue(browser.textOf(By.id("error-summary")).contains("correct options"));
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
        assertTrue(browser.textOf(By.id("error-summary")).contains("Choice 1 text is empty"));
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
            phone.clickAndWait(By.id("to-modules"));
            phone.assertNoSidewaysScroll("the module list");
            phone.clickAndWait(By.cssSelector("#module-digital-evidence-and-law a"));
            phone.assertNoSidewaysScroll("a module");
            phone.clickAndWait(By.linkText("Modules"));
            phone.clickAndWait(By.id("to-import"));
            phone.assertNoSidewaysScroll("the import form");
            // A module of this test's own, so that the forms are open to it whichever test runs first.
            phone.clickAndWait(By.linkText("Modules"));
            phone.clickAndWait(By.id("to-new"));
            phone.driver().findElement(By.id("slug")).sendKeys("phone-forms-" + UUID.randomUUID().toString().substring(0, 8));
            ((JavascriptExecutor) phone.driver()).executeScript("arguments[0].click();",
                    phone.driver().findElement(By.id("from-" + SLUG)));
            phone.clickAndWait(By.id("start"));
            phone.clickAndWait(By.linkText("Knowledge check: questions, options and feedback"));
            phone.assertNoSidewaysScroll("the knowledge check's questions");
            phone.clickAndWait(By.id("change-question-1"));
            phone.assertNoSidewaysScroll("a question form");
            phone.clickAndWait(By.id("save"));
            phone.assertNoSidewaysScroll("the knowledge check after a save");
            phone.clickAndWait(By.linkText("Back to the module"));
            phone.clickAndWait(By.linkText("Practice scenario: steps, choices and feedback"));
            phone.assertNoSidewaysScroll("the scenario");
            phone.clickAndWait(By.id("change-step-1"));
            phone.driver().findElement(By.id("id")).clear();
            phone.clickAndWait(By.id("save"));
            phone.assertNoSidewaysScroll("a step form with an error");
            phone.open(ToolUnderTest.toolUrl("/"));
        }
    }
}
