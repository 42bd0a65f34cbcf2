package org.digitalpractice.retention;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionTurnTest {

    static final Instant RUN = Instant.parse("2027-03-01T10:29:00Z");

    @Test
    void theFirstRunEverIsDue() {
        assertTrue(RetentionTurn.due(Optional.empty(), RUN));
    }

    @Test
    void aSecondNodeInTheSameHourSkips() {
        assertFalse(RetentionTurn.due(Optional.of(RUN), RUN));
        assertFalse(RetentionTurn.due(Optional.of(RUN), RUN.plusSeconds(2)));
        assertFalse(RetentionTurn.due(Optional.of(RUN), RUN.plusSeconds(54 * 60 + 59)));
    }

    @Test
    void nextHoursRunGoesAheadEvenFromANodeWhoseClockIsBehind() {
        assertTrue(RetentionTurn.due(Optional.of(RUN), RUN.plusSeconds(3600)));
        assertTrue(RetentionTurn.due(Optional.of(RUN), RUN.plusSeconds(3600 - 90)));
    }

    @Test
    void aRunStampedInTheFutureByAFastClockMakesThisNodeSkip() {
        assertFalse(RetentionTurn.due(Optional.of(RUN.plusSeconds(5)), RUN));
    }
}
