package org.digitalpractice.assessment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.digitalpractice.assessment.SampleFramework.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retakes: the history of submitted attempts, and change since the one before. */
class HistoryTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    static History.Entry entry(int number, String a) {
        return new History.Entry(number, MONDAY.plusSeconds(86_400L * number),
                answers().area("A", a, a, a).area("B", "2", "2", "2").area("C", "1", "1").area("D", "1", "1", "1")
                        .profile());
    }

    @Test
    void keepsEveryAttemptOldestFirst() {
        var history = new History(List.of(entry(3, "3"), entry(1, "1"), entry(2, "2")));
        assertEquals(List.of(1, 2, 3), history.entries().stream().map(History.Entry::attemptNumber).toList());
        assertEquals(3, history.latest().orElseThrow().attemptNumber());
    }

    @Test
    void theAttemptBeforeSkipsOneAbandonedPartWay() {
        // Attempt 2 was started and never submitted, so it is not in the history.
        var history = new History(List.of(entry(1, "1"), entry(3, "3")));
        assertEquals(1, history.before(3).orElseThrow().attemptNumber());
        assertEquals("Up 2.0", history.changeAt(3).get(0).describe());
    }

    @Test
    void aFirstAttemptHasNoChange() {
        var history = new History(List.of(entry(1, "1")));
        assertTrue(history.before(1).isEmpty());
        assertEquals(List.of(), history.changeAt(1));
    }

    @Test
    void anEarlierAttemptIsComparedWithTheOneBeforeItNotTheLatest() {
        var history = new History(List.of(entry(1, "0"), entry(2, "2"), entry(3, "1")));
        assertEquals("Up 2.0", history.changeAt(2).get(0).describe());
        assertEquals("Down 1.0", history.changeAt(3).get(0).describe());
    }

    @Test
    void noHistoryHasNoLatest() {
        assertTrue(new History(List.of()).latest().isEmpty());
    }
}
