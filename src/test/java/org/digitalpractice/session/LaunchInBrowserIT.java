package org.digitalpractice.session;

import org.digitalpractice.testing.InChromium;
import org.digitalpractice.testing.Browser;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Launches in real headless Chromium with third-party cookies blocked, inside the practice platform's iframe, as a
 * council's social worker, trainer and learning lead would; and checks every page with axe-core.
 */
class LaunchInBrowserIT extends InChromium {


    static void launchInFrame(String council, String course, String person) {
        browser.launchInPracticeFrame(council, course, person);
    }

    @Test
    void aSocialWorkerLandsOnTheirHomeInsideThePlatformsFrame() {
        launchInFrame("northmoor", "northmoor-children", "northmoor-learner-01");
        assertEquals("Amara Okafor", browser.textOf(By.className("dp-viewer__name")));
        assertEquals("Social worker", browser.textOf(By.className("dp-viewer__role")));
        assertTrue(browser.textOf(By.className("dp-viewer__course")).contains("Children's social care"));
        assertTrue(browser.textOf(By.className("dp-viewer__council")).contains("Northmoor Council"));
        assertEquals("Welcome, Amara", browser.textOf(By.tagName("h1")));
        accessible("the learner's home");
    }

    @Test
    void aTrainerLandsOnTheTrainersHome() {
        launchInFrame("northmoor", "northmoor-adults", "northmoor-trainer");
        assertEquals("Trainer", browser.textOf(By.className("dp-viewer__role")));
        assertEquals("Training content", browser.textOf(By.tagName("h1")));
        assertTrue(browser.textOf(By.className("dp-viewer__course")).contains("Adult social care"));
        accessible("the trainer's home");
    }

    @Test
    void aLearningLeadLandsOnTheLeadsHome() {
        launchInFrame("eastbrook", "eastbrook-children", "eastbrook-lead");
        assertEquals("Learning lead", browser.textOf(By.className("dp-viewer__role")));
        assertEquals("Team overview", browser.textOf(By.tagName("h1")));
        assertTrue(browser.textOf(By.className("dp-viewer__council")).contains("Eastbrook Borough Council"));
        accessible("the lead's home");
    }

    @Test
    void aCanvasLaunchInABrowserBlockingEveryCookieStaysInTheFrameThroughPlatformStorage() {
        try (var strict = Browser.keeping(Browser.FrameCookies.NONE)) {
            strict.launchInPracticeFrame("eastbrook", "eastbrook-adults", "eastbrook-learner-12");
            assertEquals("Social worker", strict.textOf(By.className("dp-viewer__role")));
            var toolCookies = strict.allCookies().stream()
                    .filter(c -> "localhost".equals(c.get("domain")))
                    .map(c -> c.get("name") + (c.containsKey("partitionKey") ? " (partitioned)" : ""))
                    .toList();
            assertEquals(List.of(), toolCookies, "the tool's cookies were blocked, so platform storage carried it");
        }
    }

    @Test
    void aMoodleLaunchInABrowserBlockingEveryCookieContinuesInANewWindow() {
        try (var strict = Browser.keeping(Browser.FrameCookies.NONE)) {
            strict.launchIntoNewWindow("northmoor", "northmoor-children", "northmoor-learner-03");
            assertEquals("Is this you?", strict.textOf(By.tagName("h1")));
            assertEquals("Chloe Adeyemi", strict.textOf(By.id("handover-name")));
            accessible(strict, "the new window's confirmation");
            strict.clickAndWait(By.id("confirm-handover"));
            assertEquals("Welcome, Chloe", strict.textOf(By.tagName("h1")));
            assertEquals("Social worker", strict.textOf(By.className("dp-viewer__role")));
            accessible(strict, "the learner's home in the new window");
        }
    }

    @Test
    void aMoodleLaunchInChromeKeepsItsPartitionedCookieAndStaysInTheFrame() {
        launchInFrame("northmoor", "northmoor-children", "northmoor-learner-04");
        assertEquals("Social worker", browser.textOf(By.className("dp-viewer__role")));
        assertTrue(browser.allCookies().stream().anyMatch(c -> "localhost".equals(c.get("domain"))
                && c.containsKey("partitionKey")), "the tool's cookie was kept, partitioned");
    }

    @Test
    void aCookieSetInsideTheFrameIsBlockedByTheStrictestBrowser() {
        try (var strict = Browser.keeping(Browser.FrameCookies.NONE)) {
            strict.launchInPracticeFrame("eastbrook", "eastbrook-children", "eastbrook-learner-02");
            var seen = (String) ((org.openqa.selenium.JavascriptExecutor) strict.driver()).executeScript(
                    "document.cookie = 'probe=1; SameSite=None; Secure; Path=/';"
                            + "document.cookie = 'partitionedProbe=1; SameSite=None; Secure; Path=/; Partitioned';"
                            + "return document.cookie;");
            assertFalse(seen.contains("probe"), "a third-party cookie must not stick inside the iframe: " + seen);
            assertFalse(seen.contains("partitionedProbe"), "nor a partitioned one: " + seen);
        }
    }

    @Test
    void practicePlatformPagesAreAccessible() {
        var driver = browser.driver();
        driver.switchTo().defaultContent();
        browser.open(ToolUnderTest.platformUrl("/practice"));
        accessible("the practice start page");
        browser.open(ToolUnderTest.platformUrl("/practice/councils/northmoor"));
        accessible("the practice council page");
        browser.open(ToolUnderTest.platformUrl("/practice/courses/northmoor-children"));
        accessible("the practice course page");
        browser.open(ToolUnderTest.platformUrl("/practice/courses/northmoor-children/gradebook"));
        accessible("the practice gradebook");
        browser.open(ToolUnderTest.platformUrl("/practice/courses/northmoor-children/roster"));
        accessible("the practice roster");
    }

    @Test
    void theFrontPageIsAccessibleAndOffersThePracticePlatform() {
        var driver = browser.driver();
        driver.switchTo().defaultContent();
        browser.open(ToolUnderTest.toolUrl("/"));
        assertTrue(driver.findElement(By.id("try-practice-platform")).isDisplayed());
        accessible("the front page");
    }

    @Test
    void errorPagesAreAccessible() {
        var driver = browser.driver();
        driver.switchTo().defaultContent();
        browser.open(ToolUnderTest.toolUrl("/learn"));
        assertEquals("Your session has ended", browser.textOf(By.tagName("h1")));
        accessible("the error page");
    }

    @Test
    void theTrainersHomeFitsAPhone() {
        try (var phone = Browser.phone()) {
            phone.open(ToolUnderTest.platformUrl("/practice/councils/northmoor"));
            phone.driver().findElement(By.id("launch")).click();
            phone.enterToolFrame();
            phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.className("dp-viewer__name")));
            var js = (org.openqa.selenium.JavascriptExecutor) phone.driver();
            var viewport = ((Number) js.executeScript("return window.innerWidth;")).intValue();
            var content = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).intValue();
            assertTrue(content <= viewport, "no sideways scrolling in the tool's frame on a phone: content "
                    + content + " px in a " + viewport + " px frame");
            phone.driver().switchTo().defaultContent();
            var page = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).intValue();
            assertTrue(page <= 320, "no sideways scrolling at 320 px, was " + page);
        }
    }
}
