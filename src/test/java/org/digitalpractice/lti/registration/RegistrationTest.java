package org.digitalpractice.lti.registration;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A registration's status: a platform that registered itself waits for approval; a file for the same issuer and
 * client id wins and approves it, but does not switch back on a registration the administrators switched off.
 */
class RegistrationTest {

    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    static ProposedRegistration proposed(Optional<String> deploymentId) {
        return new ProposedRegistration("Moodle at moodle.northmoor.example", "https://moodle.northmoor.example",
                "abc123", URI.create("https://moodle.northmoor.example/mod/lti/auth.php"),
                URI.create("https://moodle.northmoor.example/mod/lti/certs.php"),
                URI.create("https://moodle.northmoor.example/mod/lti/token.php"), Optional.empty(), deploymentId,
                URI.create("https://moodle.northmoor.example/mod/lti/openid-configuration.php"));
    }

    static RegistrationFile file() {
        return RegistrationFileTest.parse(RegistrationFileTest.VALID);
    }

    @Test
    void aPlatformThatRegisteredItselfKeepsItsDeploymentAndWaits() {
        var registration = new Registration(proposed(Optional.of("3")), RegistrationStatus.PENDING, NOW);
        assertEquals(RegistrationStatus.PENDING, registration.status());
        assertEquals("Deployment 3", registration.deployment("3").orElseThrow().councilName());
        assertFalse(registration.acceptsNewDeployments());
        assertEquals(Optional.empty(), registration.sourceFile());
    }

    @Test
    void aPlatformThatGaveNoDeploymentAcceptsItsDeploymentsAtFirstLaunch() {
        var registration = new Registration(proposed(Optional.empty()), RegistrationStatus.PENDING, NOW);
        assertTrue(registration.acceptsNewDeployments());
        assertTrue(registration.deployments().isEmpty());
    }

    @Test
    void refusesLaunchesWhileWaitingForApproval() {
        var registration = new Registration(proposed(Optional.of("3")), RegistrationStatus.PENDING, NOW);
        var refused = assertThrows(RegistrationNotActive.class, registration::requireActive);
        assertEquals(403, refused.status());
        assertTrue(refused.detail().contains("waits for approval by the people who run Digital Practice"));
    }

    @Test
    void refusesLaunchesOnceSwitchedOff() {
        var registration = new Registration(proposed(Optional.of("3")), RegistrationStatus.ACTIVE, NOW);
        registration.changeStatus(RegistrationStatus.DISABLED, NOW);
        assertTrue(assertThrows(RegistrationNotActive.class, registration::requireActive).detail()
                .contains("have switched off the registration"));
    }

    @Test
    void aFileForTheSameIssuerAndClientIdWinsAndApproves() {
        var registration = new Registration(proposed(Optional.of("3")), RegistrationStatus.PENDING, NOW);
        registration.update(file(), NOW);
        assertEquals(RegistrationStatus.ACTIVE, registration.status());
        assertEquals("Northmoor Moodle", registration.platformName());
        assertEquals(Optional.of("moodle.json"), registration.sourceFile());
        assertDoesNotThrow(registration::requireActive);
    }

    @Test
    void aFileDoesNotSwitchBackOnARegistrationTheAdministratorsSwitchedOff() {
        var registration = new Registration(file(), NOW);
        registration.changeStatus(RegistrationStatus.DISABLED, NOW);
        registration.update(file(), NOW);
        assertEquals(RegistrationStatus.DISABLED, registration.status());
    }
}
