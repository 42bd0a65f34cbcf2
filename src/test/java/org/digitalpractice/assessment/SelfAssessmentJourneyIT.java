package org.digitalpractice.assessment;

import org.digitalpractice.testing.InChromium;
import org.digitalpractice.assessment.framework.Framework;
import org.digitalpractice.assessment.framework.Rating;
import org.digitalpractice.catalogue.ModuleReader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The self-assessment in real Chromium, inside the practice platform's iframe with third-party cookies blocked: a
 * whole attempt with a break part-way, then the profile, whose chart must draw the numbers its table gives.
 * axe-core checks every page type.
 */
class SelfAssessmentJourneyIT extends InChromium {

    static final Framework FRAMEWORK = SelfAssessmentIT.read(Path.of("modules"));
    static final List<String> LEVELS = List.of("0", "1", "2", "3");
    /** This area is answered Not applicable throughout, so the profile must show it as not assessed. */
    static final String NOT_ASSESSED = "D";

    static String text(By by) {
        return browser.textOf(by);
    }

    static void click(String css) {
        browser.driver().findElement(By.cssSelector(css)).click();
    }

    /**
     * The rating this test gives each statement: Practising where the scenarios go wrong (A, C, E), a spread over the
     * scale elsewhere, and one area all Not applicable.
     */
    static String ratingFor(Framework.Domain area, int statement) {
        if (area.code().equals(NOT_ASSESSED)) {
            return Rating.NOT_APPLICABLE.value();
        }
        var index = FRAMEWORK.domains().indexOf(area);
        if (index % 2 == 0) {
            // Confident (Practising, 2.5) where the scenarios go wrong: a second look for the profile to offer.
            return statement % 2 == 0 ? "3" : "2";
        }
        return LEVELS.get((index + statement) % LEVELS.size());
    }

    /** Odd areas get the best scenario answer, even ones (A, C, E) a wrong one. */
    static int choiceFor(Framework.Domain area, Framework.Scenario scenario) {
        var best = FRAMEWORK.domains().indexOf(area) % 2 == 1;
        return best ? scenario.correctOption() : (scenario.correctOption() + 1) % scenario.options().size();
    }

    static void answer(Framework.Domain area, Map<String, Rating> ratings, Map<String, Integer> choices) {
        for (int i = 0; i < area.statements().size(); i++) {
            var statement = area.statements().get(i);
            var value = ratingFor(area, i);
            click("input[name='rating-" + statement.code() + "'][value='" + value + "']");
            ratings.put(statement.code(), Rating.of(value).orElseThrow());
        }
        for (var scenario : area.scenarios()) {
            var option = choiceFor(area, scenario);
            click("input[name='scenario-" + scenario.id() + "'][value='" + option + "']");
            choices.put(scenario.id(), option);
        }
    }

    static Map<String, String> byArea(List<WebElement> elements) {
        return by("data-area", elements);
    }

    /** The chart names each row by its key (the area's code). */
    static Map<String, String> byKey(List<WebElement> elements) {
        return by("data-key", elements);
    }

    static Map<String, String> by(String attribute, List<WebElement> elements) {
        var values = new TreeMap<String, String>();
        elements.forEach(e -> values.put(e.getAttribute(attribute), e.getAttribute("textContent").strip()));
        return values;
    }

    @Test
    void aLearnerTakesTheWholeSelfAssessmentThenReadsTheirProfile() {
        browser.launchInPracticeFrame("northmoor", "northmoor-adults", "northmoor-learner-07");
        browser.clickAndWait(By.id("to-self-assessment"));
        assertEquals(FRAMEWORK.title(), text(By.tagName("h1")));
        assertTrue(text(By.id("introduction")).contains(
                "Trainers and learning leads never see your individual answers."));
        assertTrue(text(By.id("introduction")).contains("Learning leads only see totals for groups of 5 or more people."));
        accessible("the introduction");

        browser.clickAndWait(By.id("start"));
        var areas = FRAMEWORK.domains();
        assertEquals("Area 1 of " + areas.size(), text(By.id("area-progress")));
        accessible("an area page");
        browser.clickAndWait(By.id("continue"));
        assertTrue(text(By.className("govuk-error-summary")).contains(
                "Select a level for statement " + areas.get(0).statements().get(0).code()));
        accessible("an area page with errors");

        var ratings = new HashMap<String, Rating>();
        var choices = new HashMap<String, Integer>();
        answer(areas.get(0), ratings, choices);
        browser.clickAndWait(By.id("continue"));

        // A break after the second area's first statement: saved, and shown as in progress.
        var second = areas.get(1);
        click("input[name='rating-" + second.statements().get(0).code() + "'][value='"
                + ratingFor(second, 0) + "']");
        browser.clickAndWait(By.id("save-later"));
        assertTrue(text(By.id("saved")).contains("Your answers have been saved."));
        assertEquals("Completed", text(By.id("area-" + areas.get(0).code() + "-status")));
        assertEquals("In progress", text(By.id("area-" + second.code() + "-status")));
        accessible("the introduction part-way, with its task list");

        browser.clickAndWait(By.linkText("Check your answers and submit"));
        browser.clickAndWait(By.id("submit"));
        assertTrue(text(By.className("govuk-error-summary")).contains(
                "Select a level for statement " + second.statements().get(1).code()));
        accessible("check your answers, refused with answers missing");

        browser.clickAndWait(By.linkText("Self-assessment"));
        browser.clickAndWait(By.id("continue"));
        assertEquals(second.code() + ". " + second.title(), text(By.id("area-title")));
        for (var area : areas.subList(1, areas.size())) {
            answer(area, ratings, choices);
            browser.clickAndWait(By.id("continue"));
        }

        assertEquals("Your practice", text(By.tagName("h1")));
        accessible("your practice");
        click("input[name='practice-use'][value='video-calls']");
        browser.driver().findElement(By.id("other-support")).sendKeys("Clear policy on messaging apps.");
        browser.clickAndWait(By.id("continue"));

        assertEquals("Check your answers", text(By.tagName("h1")));
        var firstStatement = areas.get(0).statements().get(0).code();
        assertEquals(ratings.get(firstStatement).label(), text(By.id("answer-" + firstStatement)));
        assertTrue(text(By.id("answer-support")).contains("Clear policy on messaging apps."));
        accessible("check your answers");
        browser.clickAndWait(By.id("submit"));

        assertEquals("Your digital capability profile", text(By.tagName("h1")));
        accessible("the profile");
        var expected = Profile.of(FRAMEWORK, new Answers(ratings, choices, Map.of()));
        var table = byArea(browser.driver().findElements(By.cssSelector("#profile-table .dp-profile-mean")));
        var chart = byKey(browser.driver().findElements(By.cssSelector("#profile-chart span.dp-chart__value")));
        assertEquals(areas.size(), table.size());
        assertEquals(table, chart, "the chart's labels and its table give the same numbers");
        var shown = new LinkedHashMap<String, String>();
        expected.areas().forEach(a -> shown.put(a.area().code(), a.meanShown().orElse("Not assessed")));
        assertEquals(new TreeMap<>(shown), table, "and they are the learner's means, Not applicable left out");
        assertEquals("Not assessed", table.get(NOT_ASSESSED));
        for (var bar : browser.driver().findElements(By.cssSelector("#profile-chart rect.dp-chart__bar"))) {
            var width = bar.getAttribute("width");
            assertTrue(width.endsWith("%"), "a share of the chart's width: " + width);
            var drawn = Double.parseDouble(width.substring(0, width.length() - 1)) / 100 * Rating.MAXIMUM;
            var value = Double.parseDouble(table.get(bar.getAttribute("data-key")));
            assertEquals(value, drawn, 0.01, "bar " + bar.getAttribute("data-key") + " is as long as its number");
        }
        assertFalse(browser.driver().findElements(By.cssSelector("#profile-chart rect[data-key='" + NOT_ASSESSED
                + "']")).iterator().hasNext(), "an area not assessed has no bar");
        var leading = areas.get(0);
        assertTrue(text(By.id("self-check-table")).contains(expected.area(leading.code()).orElseThrow().selfCheck()));
        assertFalse(expected.secondLooks().isEmpty(), "some areas are rated Practising with their scenarios missed");
        for (var look : expected.secondLooks()) {
            assertTrue(text(By.id("second-look")).contains(look.secondLook().orElseThrow()), look.area().code());
        }
        assertTrue(browser.driver().findElement(By.cssSelector("[data-print]")).isDisplayed(), "a print button");

        browser.clickAndWait(By.id("to-history"));
        assertEquals("Your self-assessments", text(By.tagName("h1")));
        assertTrue(text(By.id("attempts")).contains(expected.meanShown().orElseThrow() + " out of 3"));
        accessible("the history");
        browser.clickAndWait(By.partialLinkText("View profile"));

        try (var phone = org.digitalpractice.testing.Browser.phone()) {
            var again = org.digitalpractice.testing.TestLaunch.fromPractice("northmoor", "northmoor-adults",
                    "northmoor-learner-07");
            var token = "?s=" + org.digitalpractice.testing.TestLaunch.encode(
                    org.digitalpractice.testing.LaunchClient.query(again.landing()).get("s"));
            for (var page : List.of("/assess/report", "/learn/record")) {
                phone.open(org.digitalpractice.testing.ToolUnderTest.toolUrl(page + token));
                phone.textOf(By.tagName("h1"));
                phone.assertFitsAPhone(page);
                accessible(phone, page + " at 320 px");
            }
            var overall = Rating.reached(expected.mean().getAsDouble()).label() + " (mean "
                    + expected.meanShown().orElseThrow() + " out of 3)";
            assertEquals(overall, phone.textOf(By.id("self-assessment-overall")), "the CPD record's summary band");
            var areasRated = phone.textOf(By.id("self-assessment-areas"));
            for (var area : expected.areas()) {
                assertTrue(areasRated.contains(area.area().code() + ". " + area.area().title()), area.area().code());
                assertTrue(areasRated.contains(area.level().map(l -> l.label() + " (mean " + area.meanShown().get())
                        .orElse("Not assessed")), area.area().code());
            }
            var gradebook = phone.textOf(By.id("self-assessment-gradebook"));
            assertTrue(gradebook.matches("That you completed it \\(1 out of 1\\)\\. Nothing about your answers\\."
                    + "|Your mean rating as a score: \\d+ out of 100\\. Nothing else about your answers\\."
                    + "|Nothing: you did not open the self-assessment from a link in a course.*"), gradebook);
        }

        var priority = expected.priorities().get(0);
        var module = new ModuleReader().read(Path.of("modules", priority.area().modules().get(0)));
        browser.clickAndWait(By.cssSelector("#priority-" + priority.area().code() + " a"));
        assertEquals(module.title(), text(By.tagName("h1")), "a priority's module link opens the module");
    }

    @Test
    void aTrainerSeesTheFrameworkAndTheGradebookSetting() {
        browser.launchInPracticeFrame("eastbrook", "eastbrook-adults", "eastbrook-trainer");
        browser.clickAndWait(By.id("to-self-assessment"));
        assertEquals("Self-assessment", text(By.tagName("h1")));
        assertTrue(text(By.id("framework-version")).contains(FRAMEWORK.statementCount() + " statements in "
                + FRAMEWORK.domains().size() + " areas"));
        accessible("the trainer's self-assessment page");
    }
}
