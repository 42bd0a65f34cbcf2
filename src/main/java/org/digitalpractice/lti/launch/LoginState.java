package org.digitalpractice.lti.launch;

import java.time.Instant;
import java.util.Optional;

/**
 * What the tool remembers between login and launch, carried inside the signed {@code state} parameter so that no
 * cookie is needed. {@code bindingHash} ties it to the browser that started the login: the browser proves it with
 * a cookie or through the platform's storage.
 */
public record LoginState(
        String id,
        String issuer,
        String clientId,
        String nonce,
        Optional<String> loginDeploymentId,
        String targetLinkUri,
        String loginHint,
        Optional<String> messageHint,
        Optional<String> storageTarget,
        String bindingHash,
        Instant expiresAt) {

    /** The cookie that proves this browser started the login; one per login, so parallel launches do not clash. */
    public String bindingCookieName() {
        return "dp_lti_" + id.substring(0, 16);
    }

    /** The key under which the binding is kept in the platform's storage. */
    public String storageKey() {
        return "dp_state_" + id.substring(0, 16);
    }
}
