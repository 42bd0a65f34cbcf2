package org.digitalpractice.lti.dynamic;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform's answer gives the client id, and the deployment id when the platform made one. */
class RegistrationAnswerTest {

    @Test
    void readsMoodlesClientAndDeploymentIds() {
        var answer = RegistrationAnswer.read("{\"client_id\": \"kX2pQ9\", \"https://purl.imsglobal.org/spec/"
                + "lti-tool-configuration\": {\"deployment_id\": \"3\"}}");
        assertEquals("kX2pQ9", answer.clientId());
        assertEquals(Optional.of("3"), answer.deploymentId());
    }

    @Test
    void readsCanvasAnswerWithoutDeploymentId() {
        var answer = RegistrationAnswer.read("{\"client_id\": \"10000000000123\", \"https://purl.imsglobal.org/spec/"
                + "lti-tool-configuration\": {\"domain\": \"dp.example\"}}");
        assertEquals(Optional.empty(), answer.deploymentId());
    }

    @Test
    void acceptsANumericDeploymentId() {
        assertEquals(Optional.of("7"), RegistrationAnswer.read("{\"client_id\": \"a\", \"https://purl.imsglobal.org/"
                + "spec/lti-tool-configuration\": {\"deployment_id\": 7}}").deploymentId());
    }

    @Test
    void refusesAnAnswerWithoutClientId() {
        var refused = assertThrows(RegistrationRefused.class, () -> RegistrationAnswer.read("{\"client_name\": \"x\"}"));
        assertTrue(refused.detail().contains("has no client_id"), refused.detail());
    }

    @Test
    void quotesThePlatformsOAuthError() {
        assertEquals("invalid_client_metadata: redirect_uris is missing", RegistrationAnswer.reason(
                "{\"error\": \"invalid_client_metadata\", \"error_description\": \"redirect_uris is missing\"}"));
    }

    @Test
    void quotesTheStartOfAnythingElse() {
        assertEquals("missing_registration_token", RegistrationAnswer.reason("missing_registration_token"));
        assertEquals("no reason given", RegistrationAnswer.reason(""));
        assertTrue(RegistrationAnswer.reason("x".repeat(500)).endsWith("…"));
    }
}
