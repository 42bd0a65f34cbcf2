package org.digitalpractice.practice;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gradebook rules of each profile, as docs/platforms.md gives them with their sources. */
class PlatformProfileTest {

    static final Instant HELD = Instant.parse("2026-12-02T10:00:05Z");

    @Test
    void moodleRefusesAScoreInTheSameSecondAsItsGrade() {
        var refusal = PlatformProfile.MOODLE_4.refusal("5", "7", HELD, Instant.parse("2026-12-02T10:00:05.900Z"));
        assertEquals(409, refusal.orElseThrow().status());
        assertEquals("Refusing score with an earlier timestamp for item 5 and user 7", refusal.get().reason());
    }

    @Test
    void moodleTakesAScoreFromTheNextSecond() {
        assertTrue(PlatformProfile.MOODLE_4.refusal("5", "7", HELD, Instant.parse("2026-12-02T10:00:06Z")).isEmpty());
    }

    @Test
    void moodleStampsAnActivitysGradeWithItsArrival() {
        var arrived = Instant.parse("2026-12-02T11:00:00.300Z");
        assertEquals(Instant.parse("2026-12-02T11:00:00Z"),
                PlatformProfile.MOODLE_4.stampOf(HELD, arrived, true, false));
    }

    @Test
    void moodleStampsAToolMadeColumnsGradeWithTheScoresTimestamp() {
        assertEquals(HELD, PlatformProfile.MOODLE_4.stampOf(HELD, Instant.parse("2026-12-02T11:00:00Z"), true, true));
        assertEquals(Instant.parse("2026-12-02T11:00:00Z"),
                PlatformProfile.MOODLE_4.stampOf(HELD, Instant.parse("2026-12-02T11:00:00Z"), false, true),
                "without a score, the arrival");
    }

    @Test
    void canvasRefusesOnlyAnOlderTimestampWithA400() {
        assertEquals(400, PlatformProfile.CANVAS.refusal("5", "7", HELD, HELD.minusMillis(1)).orElseThrow().status());
        assertTrue(PlatformProfile.CANVAS.refusal("5", "7", HELD, HELD).isEmpty(), "an equal timestamp is taken");
    }

    @Test
    void canvasAnswers422ForSomeoneWhoIsNotAStudent() {
        assertEquals(422, PlatformProfile.CANVAS.notAStudentStatus());
        assertEquals(400, PlatformProfile.MOODLE_4.notAStudentStatus());
    }
}
