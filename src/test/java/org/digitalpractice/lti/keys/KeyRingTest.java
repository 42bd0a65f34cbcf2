package org.digitalpractice.lti.keys;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key rotation: publish before signing, keep publishing after replacement, then forget. */
class KeyRingTest {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration LEAD = Duration.ofMinutes(60);
    static final Duration RETENTION = Duration.ofMinutes(120);

    static ToolKey key(String kid, Instant created, Instant signsFrom) throws Exception {
        return new ToolKey(new RSAKeyGenerator(2048).keyID(kid).generate(), created, signsFrom);
    }

    @Test
    void aNewKeyIsPublishedBeforeItSigns() throws Exception {
        var old = key("old", START, START);
        var rotatedAt = START.plus(Duration.ofDays(90));
        var fresh = key("new", rotatedAt, rotatedAt.plus(LEAD));
        var ring = new KeyRing(List.of(old, fresh));

        var duringLead = rotatedAt.plus(Duration.ofMinutes(30));
        assertEquals("old", ring.signing(duringLead).orElseThrow().kid());
        assertEquals(List.of("old", "new"), ring.published(duringLead).stream().map(ToolKey::kid).toList());

        var afterLead = rotatedAt.plus(LEAD).plusSeconds(1);
        assertEquals("new", ring.signing(afterLead).orElseThrow().kid());
    }

    @Test
    void theReplacedKeyStaysPublishedUntilWhatItSignedHasExpired() throws Exception {
        var old = key("old", START, START);
        var switchover = START.plus(Duration.ofDays(90));
        var fresh = key("new", switchover.minus(LEAD), switchover);
        var ring = new KeyRing(List.of(old, fresh));

        ring.retireReplaced(switchover.plusSeconds(1), RETENTION);

        assertTrue(ring.published(switchover.plus(RETENTION).minusSeconds(1)).contains(old));
        assertFalse(ring.published(switchover.plus(RETENTION).plusSeconds(1)).contains(old));
        assertEquals(List.of(old), ring.forgettable(switchover.plus(RETENTION).plusSeconds(1)));
        assertEquals(List.of(), ring.forgettable(switchover.plus(RETENTION).minusSeconds(1)));
    }

    @Test
    void rotationIsDueOnlyWhenTheSigningKeyIsOldAndNoSuccessorWaits() throws Exception {
        var period = Duration.ofDays(90);
        var old = key("old", START, START);
        assertFalse(new KeyRing(List.of(old)).rotationDue(START.plus(Duration.ofDays(89)), period));
        assertTrue(new KeyRing(List.of(old)).rotationDue(START.plus(Duration.ofDays(91)), period));

        var now = START.plus(Duration.ofDays(91));
        var waiting = key("next", now, now.plus(LEAD));
        assertFalse(new KeyRing(List.of(old, waiting)).rotationDue(now.plusSeconds(60), period));
    }

    @Test
    void withNoKeyAtAllRotationIsDue() {
        assertTrue(new KeyRing(List.of()).rotationDue(START, Duration.ofDays(90)));
    }
}
