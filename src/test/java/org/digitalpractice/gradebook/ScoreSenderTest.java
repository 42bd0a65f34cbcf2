package org.digitalpractice.gradebook;

import org.digitalpractice.lti.services.PlatformCall;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the sender recognises a refusal for being older, and the timestamp it sends instead. */
class ScoreSenderTest {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00.400Z");

    @Test
    void moodlesConflictIsARefusalAsOlder() {
        assertTrue(ScoreSender.refusedAsOlder(new PlatformCall.Refused(409,
                "HTTP 409 Refusing score with an earlier timestamp for item 5 and user 7")));
    }

    @Test
    void canvassBadRequestAboutTheTimestampIsARefusalAsOlder() {
        assertTrue(ScoreSender.refusedAsOlder(new PlatformCall.Refused(400,
                "HTTP 400 Provided timestamp of 2026-12-01T10:00:00Z before last updated timestamp of ...")));
    }

    @Test
    void otherRefusalsAreNot() {
        assertFalse(ScoreSender.refusedAsOlder(new PlatformCall.Refused(400, "HTTP 400 userId is required")));
        assertFalse(ScoreSender.refusedAsOlder(new PlatformCall.Refused(422, "HTTP 422 not a student")));
        assertFalse(ScoreSender.refusedAsOlder(new PlatformCall.TryLater("HTTP 503", Optional.empty())));
    }

    @Test
    void aRestampIsAWholeSecondAfterNow() {
        assertEquals(Instant.parse("2026-12-02T10:00:01Z"), ScoreSender.restamp(NOW, Optional.empty()));
    }

    @Test
    void aRestampIsAfterWhatThePlatformHoldsWhenItsClockIsAhead() {
        assertEquals(Instant.parse("2026-12-02T10:05:02Z"),
                ScoreSender.restamp(NOW, Optional.of(Instant.parse("2026-12-02T10:05:00.900Z"))));
    }

    @Test
    void aRestampIgnoresAnOlderHeldTimestamp() {
        assertEquals(Instant.parse("2026-12-02T10:00:01Z"),
                ScoreSender.restamp(NOW, Optional.of(Instant.parse("2026-12-02T09:00:00Z"))));
    }

    @Test
    void aScoreFinishedInTheSecondThePreviousArrivedIsStampedTheSecondAfter() {
        assertEquals(Optional.of(Instant.parse("2026-12-02T10:00:01Z")), ScoreSender.afterLastDelivery(
                Instant.parse("2026-12-02T10:00:00.200Z"), Optional.of(Instant.parse("2026-12-02T10:00:00.700Z"))));
    }

    @Test
    void aScoreFinishedBeforeThePreviousArrivedIsStampedAfterTheArrival() {
        assertEquals(Optional.of(Instant.parse("2026-12-02T10:00:06Z")), ScoreSender.afterLastDelivery(
                Instant.parse("2026-12-02T10:00:03Z"), Optional.of(Instant.parse("2026-12-02T10:00:05.100Z"))));
    }

    @Test
    void aScoreFinishedAfterThePreviousArrivedKeepsItsTimestamp() {
        assertEquals(Optional.empty(), ScoreSender.afterLastDelivery(Instant.parse("2026-12-02T10:00:01Z"),
                Optional.of(Instant.parse("2026-12-02T10:00:00.900Z"))));
        assertEquals(Optional.empty(), ScoreSender.afterLastDelivery(Instant.parse("2026-12-02T10:00:01Z"),
                Optional.empty()), "the first score of a stream");
    }

    @Test
    void aTokenServiceNotFoundIsTriedAgainAFewTimesBeforeTheScoreFails() {
        var notFound = new PlatformCall.Refused(404, "HTTP 404 Not Found");
        assertTrue(ScoreSender.notGranted(notFound, 0) instanceof ScoreSender.Outcome.Retry, "a platform restarting");
        assertTrue(ScoreSender.notGranted(notFound, ScoreSender.TOKEN_NOT_FOUND_RETRIES)
                instanceof ScoreSender.Outcome.Failed, "then it is a wrong address, for an administrator to fix");
    }

    @Test
    void aRefusedTokenRequestFailsAtOnce() {
        assertTrue(ScoreSender.notGranted(new PlatformCall.Refused(400, "HTTP 400 invalid_client"), 0)
                instanceof ScoreSender.Outcome.Failed);
    }
}
