package org.digitalpractice.lti.dynamic;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A platform's OpenID configuration must come from its issuer: same scheme, host and port, under its path. */
class IssuerMatchTest {

    static Optional<String> mismatch(String issuer, String configuration) {
        return IssuerMatch.mismatch(issuer, URI.create(configuration));
    }

    @Test
    void acceptsMoodlesConfigurationUnderItsSiteAddress() {
        assertEquals(Optional.empty(), mismatch("https://learning.northmoor.example",
                "https://learning.northmoor.example/mod/lti/openid-configuration.php"));
    }

    @Test
    void acceptsAMoodleSiteInASubfolder() {
        assertEquals(Optional.empty(), mismatch("https://northmoor.example/moodle",
                "https://northmoor.example/moodle/mod/lti/openid-configuration.php"));
    }

    @Test
    void acceptsCanvasConfigurationOnItsIssuersHost() {
        assertEquals(Optional.empty(), mismatch("https://canvas.instructure.com",
                "https://canvas.instructure.com/api/lti/security/openid-configuration?registration_token=abc"));
    }

    @Test
    void acceptsTheWellKnownAddressUnderAnIssuerWithATrailingSlash() {
        assertEquals(Optional.empty(), mismatch("http://127.0.0.1:8080/practice/dynamic/",
                "http://127.0.0.1:8080/practice/dynamic/.well-known/openid-configuration"));
    }

    @Test
    void treatsTheDefaultPortAsTheSamePortAndTheHostCaseInsensitively() {
        assertEquals(Optional.empty(), mismatch("https://Moodle.Example:443", "https://moodle.example/mod/lti/x.php"));
    }

    @Test
    void refusesAnIssuerOnAnotherHost() {
        var why = mismatch("https://elsewhere.example", "https://moodle.example/mod/lti/openid-configuration.php");
        assertTrue(why.orElseThrow().contains("is not on the host it was read from (https://moodle.example)"), why.get());
    }

    @Test
    void refusesAnotherScheme() {
        assertTrue(mismatch("http://moodle.example", "https://moodle.example/.well-known/openid-configuration")
                .isPresent());
    }

    @Test
    void refusesAnotherPort() {
        assertTrue(mismatch("https://moodle.example:8443", "https://moodle.example/.well-known/openid-configuration")
                .isPresent());
    }

    @Test
    void refusesAConfigurationOutsideTheIssuersPath() {
        var why = mismatch("https://host.example/northmoor", "https://host.example/southvale/openid-configuration");
        assertTrue(why.orElseThrow().contains("is not under its issuer"), why.get());
    }

    @Test
    void refusesAPathThatOnlyStartsWithTheIssuersLastSegment() {
        assertTrue(mismatch("https://host.example/moodle", "https://host.example/moodle2/openid-configuration")
                .isPresent());
    }

    @Test
    void refusesAnIssuerThatIsNotAnAbsoluteUrl() {
        assertTrue(mismatch("moodle.example", "https://moodle.example/x").orElseThrow().contains("not an absolute URL"));
    }

    @Test
    void refusesAnIssuerWithAQuery() {
        assertTrue(mismatch("https://moodle.example?tenant=1", "https://moodle.example/x").orElseThrow()
                .contains("query or fragment"));
    }
}
