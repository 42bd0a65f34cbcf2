package org.digitalpractice.lti.dynamic;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.util.Optional;

/**
 * The platform's answer to the tool's registration request (LTI Dynamic Registration 1.0, section 3.6): the
 * client id it gave the tool and, when it made one (Moodle does, Canvas does not), the deployment id inside the
 * LTI tool configuration.
 */
record RegistrationAnswer(String clientId, Optional<String> deploymentId) {

    static final int LONGEST_ID = 255;

    static RegistrationAnswer read(String json) {
        var what = "The platform accepted the registration, but its answer";
        JsonObject root;
        try (var reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw RegistrationRefused.because(what + " is not a JSON object.");
        }
        var clientId = id(root, "client_id").orElseThrow(() ->
                RegistrationRefused.because(what + " has no client_id."));
        if (clientId.length() > LONGEST_ID) {
            throw RegistrationRefused.because(what + " has a client_id longer than " + LONGEST_ID + " characters.");
        }
        var deploymentId = root.get(ToolRegistrationRequest.TOOL_CONFIGURATION) instanceof JsonObject lti
                ? id(lti, "deployment_id") : Optional.<String>empty();
        if (deploymentId.isPresent() && deploymentId.get().length() > LONGEST_ID) {
            throw RegistrationRefused.because(what + " has a deployment_id longer than " + LONGEST_ID + " characters.");
        }
        return new RegistrationAnswer(clientId, deploymentId);
    }

    /** What a platform's refusal says, in a few words: its OAuth error and description, or the start of its body. */
    static String reason(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            var root = reader.readObject();
            var error = root.getString("error", "");
            var description = root.getString("error_description", root.getString("errorMessage", ""));
            var said = (error + (error.isEmpty() || description.isEmpty() ? "" : ": ") + description).trim();
            if (!said.isEmpty()) {
                return said;
            }
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            // Not JSON, or not the usual error shape: quote the start of it instead.
        }
        var text = body.strip();
        return text.isEmpty() ? "no reason given" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** Moodle sends its deployment id as a string; accept a number too, as some platforms do for ids. */
    private static Optional<String> id(JsonObject object, String key) {
        var value = object.get(key);
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return Optional.of(s.getString());
        }
        if (value instanceof JsonNumber n) {
            return Optional.of(n.toString());
        }
        return Optional.empty();
    }
}
