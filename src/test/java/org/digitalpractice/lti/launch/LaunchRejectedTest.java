package org.digitalpractice.lti.launch;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rule of a refusal is counted, so it must never carry the values (ids, times, keys) that vary. */
class LaunchRejectedTest {

    @Test
    void theRuleStopsBeforeTheFirstValue() {
        assertEquals("id_token aud", LaunchRejected.rule("id_token aud [x] does not contain client_id 'abc'"));
        assertEquals("id_token iss", LaunchRejected.rule("id_token iss 'https://a' is not the registered issuer 'b'"));
        assertEquals("id_token expired at", LaunchRejected.rule("id_token expired at 2026-12-02T10:00:00Z (now x)"));
        assertEquals("id_token is not a JWT", LaunchRejected.rule("id_token is not a JWT: Invalid serialization"));
        assertEquals("the state parameter expired at", LaunchRejected.rule("the state parameter expired at 2026-12-02"));
        assertEquals("no platform is registered with issuer",
                LaunchRejected.rule("no platform is registered with issuer 'https://x' and client_id 'y'"));
    }

    @Test
    void aRuleWithNoValueIsTheWholeDetailAndNeverLong() {
        assertEquals("id_token has no nonce", LaunchRejected.rule("id_token has no nonce"));
        assertEquals(60, LaunchRejected.rule("x".repeat(200)).length());
    }
}
