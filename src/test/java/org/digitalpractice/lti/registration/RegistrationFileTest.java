package org.digitalpractice.lti.registration;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A registration file is checked field by field, and every problem names the file and the field. */
class RegistrationFileTest {

    static final String VALID = """
            {
              "name": "Northmoor Moodle",
              "issuer": "https://moodle.northmoor.example",
              "client_id": "abc123",
              "auth_url": "https://moodle.northmoor.example/mod/lti/auth.php",
              "jwks_url": "https://moodle.northmoor.example/mod/lti/certs.php",
              "token_url": "https://moodle.northmoor.example/mod/lti/token.php",
              "deployments": [ { "id": "1", "council": "Northmoor Council" } ],
              "role_overrides": { "Mentor": "LEARNER" }
            }
            """;

    static RegistrationFile parse(String json) {
        return RegistrationFile.parse("moodle.json", json, key -> Optional.empty());
    }

    static String problem(String json) {
        return assertThrows(RegistrationFile.Invalid.class, () -> parse(json)).getMessage();
    }

    @Test
    void readsAValidFile() {
        var file = parse(VALID);
        assertEquals("abc123", file.clientId());
        assertEquals("Northmoor Council", file.deployments().get(0).councilName());
        assertEquals(Map.of("Mentor", "LEARNER"), file.roleOverrides());
        assertEquals(Optional.empty(), file.tokenAudience());
    }

    @Test
    void resolvesConfigurationPlaceholders() {
        var file = RegistrationFile.parse("practice.json", VALID.replace("https://moodle.northmoor.example/mod",
                "${dp.practice.url}/mod"), key -> Optional.of("http://127.0.0.1:9000/"));
        assertEquals("http://127.0.0.1:9000/mod/lti/auth.php", file.authUrl().toString());
    }

    @Test
    void namesAPlaceholderThatIsNotConfigured() {
        var message = assertThrows(RegistrationFile.Invalid.class, () -> RegistrationFile.parse("practice.json",
                VALID.replace("https://moodle.northmoor.example/mod/lti/auth.php", "${nowhere}/auth"),
                key -> Optional.empty())).getMessage();
        assertEquals("practice.json: field 'auth_url' refers to configuration 'nowhere', which is not set", message);
    }

    @Test
    void namesTheMissingField() {
        assertEquals("moodle.json: field 'client_id' is missing", problem(VALID.replace("\"client_id\": \"abc123\",", "")));
    }

    @Test
    void namesAFieldThatIsNotAUrl() {
        assertEquals("moodle.json: field 'jwks_url' must be an absolute http(s) URL, not 'certs.php'",
                problem(VALID.replace("https://moodle.northmoor.example/mod/lti/certs.php", "certs.php")));
    }

    @Test
    void rejectsAFileWithNoDeploymentsAndNoPolicyForNewOnes() {
        assertEquals("moodle.json: field 'deployments' is empty: list at least one deployment, or set "
                        + "accept_new_deployments to true",
                problem(VALID.replace("[ { \"id\": \"1\", \"council\": \"Northmoor Council\" } ]", "[]")));
    }

    @Test
    void namesTheDeploymentWithoutACouncil() {
        assertEquals("moodle.json: field 'deployments[0].council' is missing",
                problem(VALID.replace(", \"council\": \"Northmoor Council\"", "")));
    }

    @Test
    void rejectsARoleOverrideToAnUnknownRole() {
        assertEquals("moodle.json: field 'role_overrides.Mentor' must be LEARNER, TRAINER or LEAD",
                problem(VALID.replace("\"LEARNER\"", "\"ADMIN\"")));
    }

    @Test
    void rejectsAFileThatIsNotJson() {
        assertTrue(problem("not json").startsWith("moodle.json: field '(file)' is not a JSON object"));
    }
}
