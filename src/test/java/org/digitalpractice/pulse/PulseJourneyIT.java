package org.digitalpractice.pulse;

import org.digitalpractice.insight.InsightData;
import org.digitalpractice.testing.Browser;
import org.digitalpractice.testing.InChromium;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The practice pulse in real Chromium, inside the practice platform's iframe with third-party cookies blocked: a
 * learner answers (getting it wrong first), a lead reads the council's figures and says what the council is doing
 * about them, the learner reads that, and a trainer sees the support asked for. axe-core checks every page, at 1280 px,
 * and the learner's and the lead's at 320 px too.
 */
class PulseJourneyIT extends InChromium {

    static final String COURSE = "westfold-children";

    static void click(String css) {
        browser.driver().findElement(By.cssSelector(css)).click();
    }

    static long westfold;

    /** Five other people of Westfold have answered this quarter, so the lead's page has figures to show. */
    static synchronized void fiveHaveAnswered() {
        if (westfold == 0) {
            westfold = PulseData.council("westfold");
            PulseData.responses(westfold, PulseData.course(COURSE), PulseData.currentQuarter(), 5, PulseData.TYPICAL,
                    null);
        }
    }

    @Test
    void aLearnerAnswersALeadRespondsAndTheLearnerReadsWhatTheCouncilIsDoing() {
        fiveHaveAnswered();
        browser.launchInPracticeFrame("westfold", COURSE, "westfold-learner-07");
        assertTrue(browser.textOf(By.id("pulse")).contains("Practice pulse (5 minutes)"));
        browser.clickAndWait(By.id("to-pulse"));
        assertEquals("Practice pulse", browser.textOf(By.tagName("h1")));
        assertTrue(browser.textOf(By.id("privacy")).contains("Nobody sees your own answers"));
        accessible("the pulse's start page");

        browser.clickAndWait(By.id("start"));
        accessible("the pulse's questions");
        browser.clickAndWait(By.id("send"));
        assertTrue(browser.textOf(By.id("error-summary")).contains("Select at least one answer to"));
        accessible("the pulse's questions with errors");

        for (var question : List.of("devices", "devices-confidence", "contact", "contact-confidence",
                "recording-and-ai", "recording-confidence", "met-online", "helped", "support-wanted")) {
            click("#answer-" + question);
        }
        click("input[name='answer-devices'][value='other']");
        var words = browser.driver().findElement(By.id("text-devices"));
        assertTrue(words.isDisplayed(), "choosing 'Something else' reveals its box");
        words.sendKeys("A shared team laptop");
        accessible("the pulse's questions with a box revealed");
        browser.clickAndWait(By.id("send"));
        assertTrue(browser.textOf(By.id("saved")).contains("Your answers are saved"));
        assertTrue(browser.textOf(By.id("status")).contains("You answered on"));
        accessible("the start page after answering");

        browser.launchInPracticeFrame("westfold", COURSE, "westfold-lead");
        browser.clickAndWait(By.id("link-pulse"));
        assertEquals("Practice pulse", browser.textOf(By.tagName("h1")));
        assertEquals(String.valueOf(InsightData.one("select count(*) from pulse_response where deployment_ref = ? "
                + "and quarter = ?", westfold, PulseData.currentQuarter())), browser.textOf(By.id("respondents")),
                "five seeded and the learner");
        assertFalse(browser.driver().getPageSource().contains("A shared team laptop"), "own words are never shown");
        var chartValue = browser.driver().findElement(By.cssSelector("#chart-devices span.dp-chart__value"
                + "[data-key='work-computer']")).getAttribute("textContent").strip();
        var tableValue = browser.textOf(By.cssSelector("#figures-devices tr[data-option='work-computer'] .dp-share"));
        assertEquals(tableValue, chartValue, "the chart and its table give the same share");
        accessible("the lead's pulse page");

        browser.driver().findElement(By.id("action")).sendKeys("We are buying work phones for everyone.");
        browser.clickAndWait(By.id("save-action"));
        assertTrue(browser.textOf(By.id("saved")).contains("Learners see what you wrote"));
        accessible("the lead's pulse page after saving");

        browser.launchInPracticeFrame("westfold", COURSE, "westfold-learner-07");
        browser.clickAndWait(By.id("to-pulse"));
        assertEquals("We are buying work phones for everyone.", browser.textOf(By.id("last-round-text")));
        accessible("the start page with what the council is doing");

        browser.launchInPracticeFrame("westfold", COURSE, "westfold-trainer");
        browser.clickAndWait(By.id("to-pulse"));
        assertEquals("What learners asked for", browser.textOf(By.tagName("h1")));
        assertTrue(browser.textOf(By.id("needs-modules")).contains("Online harm to children"));
        accessible("the trainer's page of what learners asked for");
    }

    @Test
    void theLearnersAndTheLeadsPagesFitA320PixelScreen() {
        fiveHaveAnswered();
        var learner = TestLaunch.fromPractice("westfold", COURSE, "westfold-learner-08");
        var lead = TestLaunch.fromPractice("westfold", COURSE, "westfold-lead");
        try (var phone = Browser.phone()) {
            for (var page : Map.of("/pulse", learner, "/pulse/answers", learner, "/insight/pulse", lead).entrySet()) {
                phone.open(ToolUnderTest.toolUrl(page.getKey() + "?s=" + TestLaunch.encode(
                        LaunchClient.query(page.getValue().landing()).get("s"))));
                phone.textOf(By.tagName("h1"));
                phone.assertNoSidewaysScroll(page.getKey());
                accessible(phone, page.getKey() + " at 320 px");
            }
        }
    }
}
