package org.digitalpractice.practice;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The practice platform's lti_message_hint: which council, course and link the launch is for. */
record LaunchHint(String deploymentId, String courseId, String resourceLinkId) {

    String encode() {
        var text = deploymentId + "\n" + courseId + "\n" + resourceLinkId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<LaunchHint> decode(String hint) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(hint), StandardCharsets.UTF_8).split("\n");
            return parts.length == 3 ? Optional.of(new LaunchHint(parts[0], parts[1], parts[2])) : Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
