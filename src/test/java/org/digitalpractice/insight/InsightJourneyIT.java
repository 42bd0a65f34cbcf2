package org.digitalpractice.insight;

import org.digitalpractice.testing.InChromium;
import org.digitalpractice.testing.Browser;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learning lead in headless Chromium, inside the practice platform's iframe with third-party cookies blocked,
 * tracks a course where one learner has finished, one is part-way and one has not started: sets a due date (getting
 * it wrong first), filters, and looks at the council and capability pages. axe-core checks every page.
 */
class InsightJourneyIT extends InChromium {

    static final String COURSE = "northmoor-children";
    static long placement;

    static String status(String user) {
        return browser.driver().findElement(By.cssSelector("tr[data-user='" + user + "'] td[data-placement='"
                + placement + "']")).getAttribute("data-status");
    }

    /** Learners 06 (finished), 09 (part-way) and 08 (never opened the tool) on a module placed in the course. */
    static void someFinishedSomeNot() {
        if (placement != 0) {
            return;
        }
        TestLaunch.fromPractice("northmoor", COURSE, "northmoor-learner-06");
        TestLaunch.fromPractice("northmoor", COURSE, "northmoor-learner-09");
        long course = InsightData.course(COURSE);
        long deployment = InsightData.deploymentOf(course);
        placement = InsightData.addPlacement(course, "Online harm to children (" + InsightData.run() + ")",
                "online-harm-children", null);
        var module = InsightData.module("online-harm-children");
        var start = Instant.now().minusSeconds(7 * 86_400);
        InsightData.addProgress(deployment, InsightData.person("northmoor-learner-06", deployment), module, start,
                start.plusSeconds(3600), start.plusSeconds(3600), 100);
        InsightData.addProgress(deployment, InsightData.person("northmoor-learner-09", deployment), module, start,
                start.plusSeconds(600), null, null);
    }

    @Test
    void aLeadTracksACourseWhereSomeHaveFinishedAndOthersHaveNot() {
        someFinishedSomeNot();
        browser.launchInPracticeFrame("northmoor", COURSE, "northmoor-lead");
        accessible("lead home");
        browser.clickAndWait(By.id("link-course"));
        assertEquals("completed", status("northmoor-learner-06"));
        assertEquals("in-progress", status("northmoor-learner-09"));
        assertEquals("not-started", status("northmoor-learner-08"));
        accessible("course view");

        browser.clickAndWait(By.cssSelector("a[href*='/due-dates/" + placement + "']"));
        accessible("due date form");
        browser.driver().findElement(By.id("due-day")).sendKeys("31");
        browser.driver().findElement(By.id("due-month")).sendKeys("2");
        browser.driver().findElement(By.id("due-year")).sendKeys("2026");
        browser.clickAndWait(By.id("save-due"));
        assertTrue(browser.textOf(By.id("error-summary")).contains("The due date must be a real date"));
        accessible("due date form with an error");
        browser.driver().findElement(By.id("due-day")).clear();
        browser.driver().findElement(By.id("due-day")).sendKeys("1");
        browser.driver().findElement(By.id("due-month")).clear();
        browser.driver().findElement(By.id("due-month")).sendKeys("1");
        browser.clickAndWait(By.id("save-due"));
        var warning = browser.textOf(By.id("past-date-warning"));
        assertTrue(warning.contains("1 January 2026 has passed") && warning.contains("will show as overdue at once"),
                warning);
        accessible("due date form asking to confirm a past date");
        browser.clickAndWait(By.id("save-past-due"));
        var emails = browser.driver().findElement(By.id("overdue-emails")).getAttribute("value").split("; ");
        var overdueRows = browser.driver().findElements(By.cssSelector("#matrix tbody tr")).stream()
                .filter(row -> !row.findElements(By.cssSelector("td[data-status='overdue']")).isEmpty()).count();
        assertEquals(overdueRows, emails.length, "an address for each person overdue: " + String.join("; ", emails));
        browser.driver().findElement(By.id("copy-emails")).click();
        browser.waiting().until(d -> !d.findElement(By.id("overdue-emails-status")).getText().isEmpty());
        assertTrue(List.of("Copied.", "Select the text and copy it.")
                .contains(browser.textOf(By.id("overdue-emails-status"))), "the copy button says what happened");
        accessible("course view with people to remind");
        assertEquals("completed", status("northmoor-learner-06"));
        assertEquals("overdue", status("northmoor-learner-09"));
        assertEquals("overdue", status("northmoor-learner-08"));

        new Select(browser.driver().findElement(By.id("module"))).selectByValue(String.valueOf(placement));
        new Select(browser.driver().findElement(By.id("status"))).selectByValue("completed");
        browser.clickAndWait(By.cssSelector("#filters button[type='submit']"));
        assertFalse(browser.driver().findElements(By.cssSelector("tr[data-user='northmoor-learner-06']")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector("tr[data-user='northmoor-learner-08']")).isEmpty());
        accessible("filtered course view");

        browser.clickAndWait(By.cssSelector(".govuk-back-link"));
        browser.clickAndWait(By.id("link-organisation"));
        assertTrue(browser.textOf(By.tagName("h1")).contains("Completion across the council"));
        accessible("council view");
        browser.clickAndWait(By.cssSelector(".govuk-back-link"));
        browser.clickAndWait(By.id("link-course-capability"));
        assertTrue(browser.textOf(By.tagName("h1")).contains("Capability picture"));
        accessible("capability picture");
    }

    @Test
    void theLeadsPagesFitA320PixelScreen() {
        someFinishedSomeNot();
        try (var phone = Browser.phone()) {
            var lead = TestLaunch.fromPractice("northmoor", COURSE, "northmoor-lead");
            var token = "s=" + TestLaunch.encode(org.digitalpractice.testing.LaunchClient.query(lead.landing()).get("s"));
            long course = InsightData.course(COURSE);
            for (var page : java.util.List.of("/insight/courses/" + course, "/insight/organisation",
                    "/insight/capability")) {
                phone.open(ToolUnderTest.toolUrl(page + "?" + token));
                phone.textOf(By.tagName("h1"));
                phone.assertFitsAPhone(page);
                accessible(phone, page + " at 320 px");
            }
            phone.open(ToolUnderTest.toolUrl("/insight/courses/" + course + "?" + token));
            assertFalse(phone.driver().findElements(By.cssSelector("#completion-chart .dp-chart__label")).isEmpty(),
                    "the course view has its chart");
            var js = (JavascriptExecutor) phone.driver();
            var shown = (String) js.executeScript("return getComputedStyle(document.querySelector("
                    + "'#summary-table tbody .dp-cell-label')).display;");
            assertEquals("inline", shown, "each count says which column it is when the table is stacked");
        }
    }

    /**
     * A lead of Southvale (Blackboard Learn, which gives the course's groups) narrows the course and the capability
     * picture to one team, in the frame and on a phone.
     */
    @Test
    void aLeadLooksAtOneTeam() {
        var course = "southvale-adults";
        var north = course + "-team-north";
        TestLaunch.fromPractice("southvale", course, "southvale-lead");
        TeamsIT.courseWithAModule(course);
        browser.launchInPracticeFrame("southvale", course, "southvale-lead");
        browser.clickAndWait(By.id("link-course"));
        new Select(browser.driver().findElement(By.id("team"))).selectByValue(north);
        browser.clickAndWait(By.cssSelector("#filters button[type='submit']"));
        assertFalse(browser.driver().findElements(By.cssSelector("tr[data-user='southvale-learner-01']")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector("tr[data-user='southvale-learner-02']")).isEmpty(),
                "another team's learner is not listed");
        assertTrue(browser.textOf(By.id("matching")).contains("Children's services \u2013 North"));
        accessible("course view of one team");

        browser.clickAndWait(By.cssSelector(".govuk-back-link"));
        browser.clickAndWait(By.id("link-course-capability"));
        new Select(browser.driver().findElement(By.id("team"))).selectByValue(north);
        browser.clickAndWait(By.cssSelector("#team-form button[type='submit']"));
        assertTrue(browser.textOf(By.tagName("body")).contains("Children's services \u2013 North"));
        accessible("capability picture of one team");

        try (var phone = Browser.phone()) {
            var lead = TestLaunch.fromPractice("southvale", course, "southvale-lead");
            var token = "s=" + TestLaunch.encode(org.digitalpractice.testing.LaunchClient.query(lead.landing())
                    .get("s"));
            long ref = InsightData.course(course);
            for (var page : List.of("/insight/courses/" + ref + "?team=" + north,
                    "/insight/capability?course=" + ref + "&team=" + north)) {
                phone.open(ToolUnderTest.toolUrl(page + "&" + token));
                phone.textOf(By.tagName("h1"));
                phone.assertFitsAPhone(page);
                accessible(phone, page + " at 320 px");
            }
        }
    }
}
