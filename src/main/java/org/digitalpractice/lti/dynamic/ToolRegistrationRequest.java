package org.digitalpractice.lti.dynamic;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.digitalpractice.lti.launch.LtiClaims;

import java.net.URI;
import java.util.List;

/**
 * The tool's client registration request (LTI Dynamic Registration 1.0, section 3.5.2): the OpenID Connect client
 * metadata of an LTI tool, and its LTI configuration. Every address is under the tool's base URL, as in the README's
 * table of the tool's URLs.
 */
final class ToolRegistrationRequest {

    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    static final String NAME = "Digital Practice";
    static final String DESCRIPTION = "Training in digital professionalism and online safeguarding for social workers.";
    /** The claims the tool reads: who the person is, and their name and email for trainers and leads. */
    static final List<String> CLAIMS = List.of("iss", "sub", "name", "given_name", "family_name", "email");
    /** Canvas sends no names unless asked (its privacy level defaults to anonymous; Canvas's registration docs). */
    static final String CANVAS_PRIVACY_LEVEL = "https://canvas.instructure.com/lti/privacy_level";

    private ToolRegistrationRequest() {
    }

    static JsonObject of(URI toolBase, List<String> deepLinkingPlacements) {
        var base = toolBase.toString();
        var target = base + "/learn";
        // Canvas refuses a message without a label and an icon (its LTI registration schema).
        var icon = base + "/static/icon.svg";
        var deepLinking = Json.createObjectBuilder()
                .add("type", LtiClaims.DEEP_LINKING_REQUEST)
                .add("target_link_uri", target)
                .add("label", "Add activities from " + NAME)
                .add("icon_uri", icon)
                .add("placements", Json.createArrayBuilder(deepLinkingPlacements));
        var resourceLink = Json.createObjectBuilder()
                .add("type", LtiClaims.RESOURCE_LINK_REQUEST)
                .add("target_link_uri", target)
                .add("label", NAME)
                .add("icon_uri", icon);
        var lti = Json.createObjectBuilder()
                .add("domain", toolBase.getRawAuthority())
                .add("target_link_uri", target)
                .add("description", DESCRIPTION)
                .add("custom_parameters", Json.createObjectBuilder())
                .add("claims", Json.createArrayBuilder(CLAIMS))
                .add("messages", Json.createArrayBuilder().add(resourceLink).add(deepLinking))
                .add(CANVAS_PRIVACY_LEVEL, "public");
        return Json.createObjectBuilder()
                .add("application_type", "web")
                .add("response_types", Json.createArrayBuilder().add("id_token"))
                .add("grant_types", Json.createArrayBuilder().add("implicit").add("client_credentials"))
                .add("initiate_login_uri", base + "/lti/login")
                .add("redirect_uris", Json.createArrayBuilder().add(base + "/lti/launch"))
                .add("client_name", NAME)
                .add("jwks_uri", base + "/.well-known/jwks.json")
                .add("logo_uri", icon)
                .add("token_endpoint_auth_method", "private_key_jwt")
                .add("scope", String.join(" ", PlatformConfiguration.NEEDED_SCOPES))
                .add(TOOL_CONFIGURATION, lti)
                .build();
    }
}
