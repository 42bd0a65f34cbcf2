package org.digitalpractice.infrastructure;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterTurnTest {

    static final Instant RUN = Instant.parse("2027-03-01T10:29:00Z");

    @Test
    void theFirstRunEverIsDue() {
        assertTrue(ClusterTurn.due(Optional.empty(), ClusterTurn.HOURLY, RUN));
    }

    @Test
    void aSecondNodeInTheSameHourSkips() {
        assertFalse(ClusterTurn.due(Optional.of(RUN), ClusterTurn.HOURLY, RUN));
        assertFalse(ClusterTurn.due(Optional.of(RUN), ClusterTurn.HOURLY, RUN.plusSeconds(2)));
        assertFalse(ClusterTurn.due(Optional.of(RUN), ClusterTurn.HOURLY, RUN.plusSeconds(54 * 60 + 59)));
    }

    @Test
    void nextHoursRunGoesAheadEvenFromANodeWhoseClockIsBehind() {
        assertTrue(ClusterTurn.due(Optional.of(RUN), ClusterTurn.HOURLY, RUN.plusSeconds(3600)));
        assertTrue(ClusterTurn.due(Optional.of(RUN), ClusterTurn.HOURLY, RUN.plusSeconds(3600 - 90)));
    }

    @Test
    void aRunStampedInTheFutureByAFastClockMakesThisNodeSkip() {
        assertFalse(ClusterTurn.due(Optional.of(RUN.plusSeconds(5)), ClusterTurn.HOURLY, RUN));
    }
}
