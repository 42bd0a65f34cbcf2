package org.digitalpractice.lti.dynamic;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A platform's OpenID configuration is accepted only when it offers everything the tool needs, and says what not. */
class PlatformConfigurationTest {

    static final URI FROM = URI.create("https://moodle.example/mod/lti/openid-configuration.php");
    static final String SCOPES = """
            "scopes_supported": ["https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
              "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
              "https://purl.imsglobal.org/spec/lti-ags/scope/score",
              "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly", "openid"]""";

    /** Moodle's configuration, messages as plain strings (mod/lti/openid-configuration.php). */
    static final String MOODLE = """
            {
              "issuer": "https://moodle.example",
              "token_endpoint": "https://moodle.example/mod/lti/token.php",
              "token_endpoint_auth_methods_supported": ["private_key_jwt"],
              "jwks_uri": "https://moodle.example/mod/lti/certs.php",
              "authorization_endpoint": "https://moodle.example/mod/lti/auth.php",
              "registration_endpoint": "https://moodle.example/mod/lti/openid-registration.php",
              %s,
              "id_token_signing_alg_values_supported": ["RS256"],
              "https://purl.imsglobal.org/spec/lti-platform-configuration": {
                "product_family_code": "moodle",
                "messages_supported": ["LtiResourceLinkRequest", "LtiDeepLinkingRequest"]
              }
            }
            """.formatted(SCOPES);

    static RegistrationRefused refused(String json) {
        return assertThrows(RegistrationRefused.class, () -> PlatformConfiguration.read(json, FROM));
    }

    @Test
    void readsMoodlesConfiguration() {
        var configuration = PlatformConfiguration.read(MOODLE, FROM);
        assertEquals("https://moodle.example", configuration.issuer());
        assertEquals(URI.create("https://moodle.example/mod/lti/auth.php"), configuration.authorizationEndpoint());
        assertEquals(URI.create("https://moodle.example/mod/lti/openid-registration.php"),
                configuration.registrationEndpoint());
        assertEquals("Moodle at moodle.example", configuration.platformName());
        assertEquals(Optional.empty(), configuration.tokenAudience());
        assertEquals(List.of("ContentArea"), configuration.deepLinkingPlacements());
    }

    @Test
    void acceptsMoodlesOlderSpellingOfTheResourceLinkMessage() {
        PlatformConfiguration.read(MOODLE.replace("\"LtiResourceLinkRequest\"", "\"LtiResourceLink\""), FROM);
    }

    @Test
    void readsCanvasMessagesAsObjectsAndChoosesItsSelectionPlacements() {
        var canvas = MOODLE.replace("\"messages_supported\": [\"LtiResourceLinkRequest\", \"LtiDeepLinkingRequest\"]",
                        "\"messages_supported\": [{\"type\": \"LtiResourceLinkRequest\", \"placements\": "
                                + "[\"course_navigation\"]}, {\"type\": \"LtiDeepLinkingRequest\", \"placements\": "
                                + "[\"assignment_selection\", \"editor_button\", \"link_selection\"]}],"
                                + "\"https://canvas.instructure.com/lti/account_name\": \"Northmoor Council\"")
                .replace("\"product_family_code\": \"moodle\",", "\"product_family_code\": \"canvas\",");
        var configuration = PlatformConfiguration.read(canvas, FROM);
        assertEquals(List.of("link_selection", "assignment_selection"), configuration.deepLinkingPlacements());
        assertEquals("Northmoor Council (moodle.example)", configuration.platformName());
    }

    @Test
    void takesAnAuthorizationServerUrlAsTheTokenAudience() {
        var brightspace = MOODLE.replace("\"issuer\":", "\"authorization_server\": "
                + "\"https://api.brightspace.com/auth/token\", \"issuer\":");
        assertEquals(Optional.of("https://api.brightspace.com/auth/token"),
                PlatformConfiguration.read(brightspace, FROM).tokenAudience());
    }

    @Test
    void ignoresAnAuthorizationServerThatIsOnlyAHostName() {
        var canvas = MOODLE.replace("\"issuer\":", "\"authorization_server\": \"canvas.instructure.com\", \"issuer\":");
        assertEquals(Optional.empty(), PlatformConfiguration.read(canvas, FROM).tokenAudience());
    }

    @Test
    void refusesAConfigurationFromAnotherIssuer() {
        var refused = refused(MOODLE.replace("\"issuer\": \"https://moodle.example\"",
                "\"issuer\": \"https://evil.example\""));
        assertEquals(400, refused.status());
        assertTrue(refused.detail().contains("cannot be trusted: its issuer 'https://evil.example'"), refused.detail());
    }

    @Test
    void namesEverythingMissingAtOnce() {
        var refused = refused(MOODLE.replace("\"RS256\"", "\"HS256\"")
                .replace(", \"LtiDeepLinkingRequest\"", "")
                .replace("\"https://purl.imsglobal.org/spec/lti-ags/scope/score\",", "")
                .replace("\"registration_endpoint\": \"https://moodle.example/mod/lti/openid-registration.php\",", ""));
        var detail = refused.detail();
        assertTrue(detail.contains("lacks what Digital Practice needs"), detail);
        assertTrue(detail.contains("registration_endpoint"), detail);
        assertTrue(detail.contains("RS256 in id_token_signing_alg_values_supported"), detail);
        assertTrue(detail.contains("LtiDeepLinkingRequest in https://purl.imsglobal.org/spec/lti-platform-configuration"
                + " messages_supported"), detail);
        assertTrue(detail.contains("https://purl.imsglobal.org/spec/lti-ags/scope/score in scopes_supported"), detail);
    }

    @Test
    void refusesAPlatformThatCannotTakeTheToolsSignedAssertion() {
        assertTrue(refused(MOODLE.replace("[\"private_key_jwt\"]", "[\"client_secret_basic\"]")).detail()
                .contains("private_key_jwt in token_endpoint_auth_methods_supported"));
    }

    @Test
    void refusesSomethingThatIsNotJson() {
        assertTrue(refused("<html>Log in</html>").detail().contains("is not a JSON object"));
    }

    @Test
    void refusesAConfigurationWithoutIssuer() {
        assertTrue(refused("{}").detail().contains("has no issuer"));
    }
}
