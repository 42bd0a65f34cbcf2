package org.digitalpractice.practice;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The practice platform's lti_message_hint: which council, course and link the launch is for, whether it is a
 * resource link launch or a trainer's Deep Linking request, and a random launch id, as Moodle's hint carries one
 * (a moodle-4 council accepts each launch id once).
 */
public record LaunchHint(String councilId, String courseId, String resourceLinkId, boolean deepLinking, String launchId) {

    public static final String DEEP_LINKING = "deep-linking";

    public LaunchHint(String councilId, String courseId, String resourceLinkId, boolean deepLinking) {
        this(councilId, courseId, resourceLinkId, deepLinking, java.util.UUID.randomUUID().toString());
    }

    public String encode() {
        var text = councilId + "\n" + courseId + "\n" + resourceLinkId + "\n" + (deepLinking ? DEEP_LINKING : "link")
                + "\n" + launchId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<LaunchHint> decode(String hint) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(hint), StandardCharsets.UTF_8).split("\n");
            return parts.length == 5
                    ? Optional.of(new LaunchHint(parts[0], parts[1], parts[2], DEEP_LINKING.equals(parts[3]), parts[4]))
                    : Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
