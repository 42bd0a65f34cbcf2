package org.digitalpractice.lti.launch;

import java.util.Optional;

/** The parameters of a third-party initiated login (LTI 1.3 core, section 5.1.1), by GET or POST. */
public record LoginRequest(String issuer, String loginHint, String targetLinkUri, Optional<String> messageHint,
                           Optional<String> clientId, Optional<String> deploymentId, Optional<String> storageTarget) {

    public static LoginRequest of(String iss, String loginHint, String targetLinkUri, String messageHint,
                                  String clientId, String deploymentId, String storageTarget) {
        return new LoginRequest(require(iss, "iss"), require(loginHint, "login_hint"),
                require(targetLinkUri, "target_link_uri"), optional(messageHint), optional(clientId),
                optional(deploymentId), optional(storageTarget));
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new LaunchRejected("the login request has no " + name + " parameter");
        }
        return value;
    }

    private static Optional<String> optional(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
