package org.digitalpractice.placing;

import org.digitalpractice.testing.InChromium;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In real Chromium, with third-party cookies blocked: a trainer adds a module to a practice course through Deep
 * Linking, inside the platform's iframe, and a learner then opens it from the course. axe-core checks each page.
 */
class DeepLinkingJourneyIT extends InChromium {

    static final String COURSE = "northmoor-children";
    static final String MODULE = "digital-evidence-and-law";
    static final String TITLE = "Digital footprint checks, evidence and the law";

    @Test
    void aTrainerPlacesAModuleAndALearnerLaunchesIt() throws Exception {
        var driver = browser.driver();
        browser.open(ToolUnderTest.platformUrl("/practice/courses/" + COURSE));
        driver.findElement(By.id("add-activities")).click();
        browser.enterToolFrame();
        assertEquals("Add activities to your course", browser.textOf(By.tagName("h1")));
        accessible("the activities to place");

        browser.clickAndWait(By.id("add"));
        assertTrue(browser.textOf(By.className("govuk-error-summary")).contains("Select at least one activity"));
        accessible("the activities to place, with an error");

        driver.findElement(By.cssSelector("label[for='activity__" + MODULE + "']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("label[for='mode__" + MODULE + "-score']"))).click();
        var due = LocalDate.now().plusMonths(2);
        driver.findElement(By.id("due__" + MODULE + "__day")).sendKeys(String.valueOf(due.getDayOfMonth()));
        driver.findElement(By.id("due__" + MODULE + "__month")).sendKeys(String.valueOf(due.getMonthValue()));
        driver.findElement(By.id("due__" + MODULE + "__year")).sendKeys(String.valueOf(due.getYear()));
        accessible("a chosen activity's gradebook and due date");
        driver.findElement(By.id("add")).click();

        // The tool's page submits itself to the platform, which shows what it added, still inside the frame.
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.className("govuk-panel__title"),
                "1 activity added"));
        assertTrue(browser.textOf(By.id("added-activities")).contains(TITLE + ", with a gradebook column"));

        driver.switchTo().defaultContent();
        browser.open(ToolUnderTest.platformUrl("/practice/courses/" + COURSE));
        var linkId = DeepLinkingIT.placedLink(TITLE, COURSE);
        new Select(driver.findElement(By.id("person-" + linkId))).selectByValue("northmoor-learner-27");
        driver.findElement(By.xpath("//select[@id='person-" + linkId + "']/ancestor::form//button")).click();
        browser.enterToolFrame();
        assertEquals(TITLE, browser.textOf(By.tagName("h1")));
        accessible("the placed module, opened by a learner");

        browser.clickAndWait(By.linkText("Your learning"));
        assertEquals("Due by " + org.digitalpractice.web.Dates.day(due), browser.textOf(By.id("due-" + MODULE)));
        accessible("the learner's home with a due date");
    }
}
