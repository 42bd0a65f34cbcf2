package org.digitalpractice.lti.launch;

import org.digitalpractice.infrastructure.Hashes;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state parameter: checked without a cookie, bound to one browser. */
class LoginStatesTest {

    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    final byte[] key = "0123456789abcdef0123456789abcdef".getBytes();
    final LoginStates states = new LoginStates(key, Clock.fixed(NOW, ZoneOffset.UTC));

    LoginState state(String binding, Instant expires) {
        return new LoginState("0123456789abcdef0123", "https://lms.example", "client", "nonce-1",
                Optional.of("dep-1"), "https://tool.example/learn", "user-1", Optional.of("hint"),
                Optional.of("_parent"), Hashes.sha256(binding), expires);
    }

    @Test
    void opensWhatItSealed() {
        var sealed = states.seal(state("binding-1", NOW.plusSeconds(600)));
        var opened = states.open(sealed);
        assertEquals("nonce-1", opened.nonce());
        assertEquals(Optional.of("dep-1"), opened.loginDeploymentId());
        assertEquals(Optional.of("_parent"), opened.storageTarget());
        assertEquals("https://tool.example/learn", opened.targetLinkUri());
    }

    @Test
    void rejectsStateFromAnotherBrowser() {
        var opened = states.open(states.seal(state("binding-of-browser-a", NOW.plusSeconds(600))));
        var problem = assertThrows(LaunchRejected.class,
                () -> LoginStates.checkBinding(opened, "binding-of-browser-b"));
        assertEquals("the state was issued to another browser: this browser did not start the login", problem.detail());
    }

    @Test
    void rejectsStateWithoutBindingProof() {
        var opened = states.open(states.seal(state("binding-1", NOW.plusSeconds(600))));
        assertThrows(LaunchRejected.class, () -> LoginStates.checkBinding(opened, null));
    }

    @Test
    void acceptsTheBrowserThatStartedTheLogin() {
        var opened = states.open(states.seal(state("binding-1", NOW.plusSeconds(600))));
        assertDoesNotThrow(() -> LoginStates.checkBinding(opened, "binding-1"));
    }

    @Test
    void rejectsStateSignedWithAnotherKey() {
        var other = new LoginStates("another-key-another-key-another-k".getBytes(), Clock.fixed(NOW, ZoneOffset.UTC));
        var sealed = other.seal(state("b", NOW.plusSeconds(600)));
        var problem = assertThrows(LaunchRejected.class, () -> states.open(sealed));
        assertEquals("the state parameter was not issued by this tool (its signature does not verify)", problem.detail());
    }

    @Test
    void rejectsExpiredState() {
        var sealed = states.seal(state("b", NOW.minusSeconds(1)));
        var problem = assertThrows(LaunchRejected.class, () -> states.open(sealed));
        assertTrue(problem.detail().startsWith("the state parameter expired at"));
    }

    @Test
    void rejectsMissingState() {
        var problem = assertThrows(LaunchRejected.class, () -> states.open(""));
        assertEquals("the launch has no state parameter: it did not come from a login that this tool started",
                problem.detail());
    }

    @Test
    void rejectsGarbageState() {
        assertThrows(LaunchRejected.class, () -> states.open("garbage"));
    }
}
