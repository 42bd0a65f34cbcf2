package org.digitalpractice.learning;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The completion rules, the resume point and time spent, without a database. */
class ModuleProgressTest {

    static final Instant START = Instant.parse("2026-11-26T09:00:00Z");

    static ModuleProgress progress() {
        return new ModuleProgress(1, 2, 3, 4, null, START);
    }

    @Test
    void completesOnlyWithAllLessonsTheScenarioAndAPassedCheck() {
        var p = progress();
        p.sawLesson(1, 3);
        p.sawLesson(2, 3);
        p.choose("start", 0, "end", true);
        p.recordAttempt(90, true);
        assertFalse(p.completeIfDone(3, START), "lesson 3 is unread");
        p.sawLesson(3, 3);
        assertTrue(p.completeIfDone(3, START.plusSeconds(60)));
        assertEquals(90, p.completionScore().orElseThrow());
        assertEquals("complete", p.resumeAt());
    }

    @Test
    void aFailedCheckDoesNotComplete() {
        var p = progress();
        p.sawLesson(1, 1);
        p.choose("start", 0, "end", true);
        p.recordAttempt(40, false);
        assertFalse(p.completeIfDone(1, START));
        p.recordAttempt(100, true);
        assertTrue(p.completeIfDone(1, START));
    }

    @Test
    void completesOnce() {
        var p = progress();
        p.sawLesson(1, 1);
        p.choose("start", 0, "end", true);
        p.recordAttempt(80, true);
        assertTrue(p.completeIfDone(1, START));
        assertFalse(p.completeIfDone(1, START.plusSeconds(5)), "a second call is not a second completion");
    }

    @Test
    void resumesAtTheNextUnreadStep() {
        var p = progress();
        assertEquals("lesson-1", p.resumeAt());
        p.sawLesson(1, 3);
        assertEquals("lesson-2", p.resumeAt());
        p.sawLesson(3, 3);
        assertEquals("scenario", p.resumeAt());
        p.choose("start", 1, "end", true);
        assertEquals("check", p.resumeAt());
        p.recordAttempt(100, true);
        assertEquals("reflection", p.resumeAt());
    }

    @Test
    void theScenarioTrailKeepsEveryChoiceInOrder() {
        var p = progress();
        p.startScenario("start");
        p.choose("start", 2, "middle", false);
        p.choose("middle", 0, "end", true);
        assertEquals(List.of(new ModuleProgress.Choice("start", 2), new ModuleProgress.Choice("middle", 0)),
                p.scenarioTrail());
        assertTrue(p.scenarioFinished());
    }

    @Test
    void breaksDoNotCountAsTimeSpent() {
        var p = progress();
        p.touch(START.plus(Duration.ofMinutes(5)));
        p.touch(START.plus(Duration.ofMinutes(5)).plus(Duration.ofHours(3)));
        p.touch(START.plus(Duration.ofMinutes(7)).plus(Duration.ofHours(3)));
        assertEquals(Duration.ofMinutes(7).toSeconds(), p.secondsSpent());
    }

    @Test
    void theBestScoreIsKept() {
        var p = progress();
        p.recordAttempt(90, true);
        p.recordAttempt(60, false);
        assertEquals(90, p.bestCheckScore().orElseThrow());
        assertEquals(2, p.checkAttempts());
        assertTrue(p.checkPassed());
    }
}
