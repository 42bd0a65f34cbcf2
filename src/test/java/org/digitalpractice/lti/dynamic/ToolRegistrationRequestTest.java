package org.digitalpractice.lti.dynamic;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tool's client registration request carries every field LTI Dynamic Registration and Canvas require. */
class ToolRegistrationRequestTest {

    static final JsonObject REQUEST = ToolRegistrationRequest.of(URI.create("https://dp.council.example"),
            List.of("ContentArea"));
    static final JsonObject LTI = REQUEST.getJsonObject("https://purl.imsglobal.org/spec/lti-tool-configuration");

    static List<String> strings(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void describesAWebClientThatSignsInWithIdTokensAndAuthenticatesWithItsKey() {
        assertEquals("web", REQUEST.getString("application_type"));
        assertEquals(List.of("id_token"), strings(REQUEST, "response_types"));
        assertEquals(List.of("implicit", "client_credentials"), strings(REQUEST, "grant_types"));
        assertEquals("private_key_jwt", REQUEST.getString("token_endpoint_auth_method"));
        assertEquals("Digital Practice", REQUEST.getString("client_name"));
    }

    @Test
    void namesTheToolsOwnAddresses() {
        assertEquals("https://dp.council.example/lti/login", REQUEST.getString("initiate_login_uri"));
        assertEquals(List.of("https://dp.council.example/lti/launch"), strings(REQUEST, "redirect_uris"));
        assertEquals("https://dp.council.example/.well-known/jwks.json", REQUEST.getString("jwks_uri"));
        assertEquals("https://dp.council.example/static/icon.svg", REQUEST.getString("logo_uri"));
    }

    @Test
    void asksForTheGradebookAndRosterScopesItUses() {
        assertEquals(List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"),
                List.of(REQUEST.getString("scope").split(" ")));
    }

    @Test
    void givesItsLtiConfigurationWithDomainTargetClaimsAndCustomParameters() {
        assertEquals("dp.council.example", LTI.getString("domain"));
        assertEquals("https://dp.council.example/learn", LTI.getString("target_link_uri"));
        assertTrue(strings(LTI, "claims").containsAll(List.of("iss", "sub", "name", "email")));
        assertTrue(LTI.getJsonObject("custom_parameters").isEmpty());
        assertEquals("public", LTI.getString("https://canvas.instructure.com/lti/privacy_level"));
    }

    @Test
    void keepsAnExplicitPortInTheDomain() {
        var local = ToolRegistrationRequest.of(URI.create("http://localhost:8080"), List.of("ContentArea"));
        assertEquals("localhost:8080", local.getJsonObject(ToolRegistrationRequest.TOOL_CONFIGURATION)
                .getString("domain"));
    }

    @Test
    void offersResourceLinkLaunchesAndDeepLinkingWithLabelsAndIconsAsCanvasRequires() {
        var messages = LTI.getJsonArray("messages").getValuesAs(JsonObject.class);
        assertEquals(List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest"),
                messages.stream().map(m -> m.getString("type")).toList());
        for (var message : messages) {
            assertEquals("https://dp.council.example/learn", message.getString("target_link_uri"));
            assertTrue(!message.getString("label").isBlank());
            assertEquals("https://dp.council.example/static/icon.svg", message.getString("icon_uri"));
        }
        assertEquals(List.of("ContentArea"), strings(messages.get(1), "placements"));
    }
}
