package org.digitalpractice.lti.launch;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of launch validation, one test each: the specification in executable form. */
class LaunchValidatorTest {

    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    final TestPlatform platform = new TestPlatform();
    final LaunchValidator validator =
            new LaunchValidator(Clock.fixed(NOW, ZoneOffset.UTC), URI.create(TestPlatform.TOOL));

    LaunchContext launch(UnaryOperator<JWTClaimsSet.Builder> change) {
        return validator.validate(platform.sign(change.apply(platform.validClaims(NOW)).build()),
                platform.expectation(), platform.keys());
    }

    String rejection(UnaryOperator<JWTClaimsSet.Builder> change) {
        return assertThrows(LaunchRejected.class, () -> launch(change)).detail();
    }

    @Test
    void acceptsAValidResourceLinkLaunch() {
        var launch = launch(c -> c);
        assertEquals("user-42", launch.subject());
        assertEquals(TestPlatform.DEPLOYMENT, launch.deploymentId());
        assertEquals("link-1", launch.resourceLink().orElseThrow().id());
        assertEquals("course-1", launch.context().orElseThrow().id());
        assertEquals("Amara Okafor", launch.person().displayName());
    }

    @Test
    void rejectsForgedSignature() {
        var forger = new TestPlatform("platform-key-1");
        var token = TestPlatform.sign(platform.validClaims(NOW).build(), forger.key);
        var problem = assertThrows(LaunchRejected.class,
                () -> validator.validate(token, platform.expectation(), platform.keys()));
        assertEquals("id_token signature does not verify with the platform key 'platform-key-1'", problem.detail());
    }

    @Test
    void rejectsAlgNone() {
        var token = new PlainJWT(platform.validClaims(NOW).build()).serialize();
        var problem = assertThrows(LaunchRejected.class,
                () -> validator.validate(token, platform.expectation(), platform.keys()));
        assertEquals("id_token is unsigned (alg 'none'): platforms must sign it", problem.detail());
    }

    @Test
    void rejectsHs256SignedWithThePlatformsPublicKey() throws Exception {
        // The key-confusion attack: an attacker "signs" with the public key, hoping it is used as an HMAC secret.
        var publicKeyBytes = platform.key.toRSAPublicKey().getEncoded();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("platform-key-1").build(),
                platform.validClaims(NOW).build());
        jwt.sign(new MACSigner(publicKeyBytes));
        var problem = assertThrows(LaunchRejected.class,
                () -> validator.validate(jwt.serialize(), platform.expectation(), platform.keys()));
        assertEquals("id_token alg 'HS256' is not allowed: platforms must sign with an asymmetric key "
                + "(RS256 or stronger)", problem.detail());
    }

    @Test
    void rejectsTamperedClaims() {
        var token = platform.sign(platform.validClaims(NOW).build());
        var parts = token.split("\\.");
        var tampered = parts[0] + "." + Base64URL.encode(platform.validClaims(NOW).subject("admin").build().toString())
                + "." + parts[2];
        var problem = assertThrows(LaunchRejected.class,
                () -> validator.validate(tampered, platform.expectation(), platform.keys()));
        assertTrue(problem.detail().startsWith("id_token signature does not verify"));
    }

    @Test
    void rejectsUnknownKid() {
        var other = new TestPlatform("rotated-away");
        var token = TestPlatform.sign(platform.validClaims(NOW).build(), other.key);
        var problem = assertThrows(LaunchRejected.class,
                () -> validator.validate(token, platform.expectation(), platform.keys()));
        assertEquals("no key with kid 'rotated-away' and alg 'RS256' in the platform's key set, even after "
                + "fetching it again", problem.detail());
    }

    @Test
    void rejectsExpiredToken() {
        assertEquals("id_token expired at 2026-11-26T08:59:50Z (now 2026-11-26T09:00:00Z)",
                rejection(c -> c.expirationTime(Date.from(NOW.minusSeconds(10)))));
    }

    @Test
    void acceptsExpiryWithinTheLeeway() {
        var launch = launch(c -> c.expirationTime(Date.from(NOW.minusSeconds(3))));
        assertEquals(NOW.minusSeconds(3), launch.expiresAt(), "the launch carries the token's own expiry");
    }

    @Test
    void rejectsIatInTheFutureBeyondTheLeeway() {
        assertEquals("id_token iat 2026-11-26T09:01:00Z is in the future (now 2026-11-26T09:00:00Z): the "
                + "platform's clock is ahead by more than 5 seconds", rejection(c -> c.issueTime(Date.from(NOW.plusSeconds(60)))));
    }

    @Test
    void acceptsIatSlightlyAheadWithinTheLeeway() {
        var launch = launch(c -> c.issueTime(Date.from(NOW.plusSeconds(3))));
        assertEquals(TestPlatform.ISSUER, launch.issuer(), "the launch is accepted as the platform's");
    }

    @Test
    void keepsNoneOfAResourceLinkLaunchsClaimsForLater() {
        var launch = launch(c -> c.claim("https://platform.example/claim/big", "x".repeat(200_000)));
        assertEquals("{}", launch.keptClaims(), "a large id_token is read, never stored");
    }

    @Test
    void rejectsWrongIssuer() {
        assertEquals("id_token iss 'https://evil.example' is not the registered issuer 'https://lms.northmoor.example'",
                rejection(c -> c.issuer("https://evil.example")));
    }

    @Test
    void rejectsAudWithoutOurClientId() {
        assertEquals("id_token aud [someone-else] does not contain client_id 'dp-client'",
                rejection(c -> c.audience("someone-else")));
    }

    @Test
    void rejectsSeveralAudiencesWithoutAzp() {
        assertEquals("id_token has several audiences [dp-client, other-tool] but no azp claim",
                rejection(c -> c.audience(List.of("dp-client", "other-tool"))));
    }

    @Test
    void rejectsAzpMismatch() {
        assertEquals("id_token azp 'other-tool' is not client_id 'dp-client'",
                rejection(c -> c.audience(List.of("dp-client", "other-tool")).claim("azp", "other-tool")));
    }

    @Test
    void rejectsUntrustedExtraAudiences() {
        assertEquals("id_token aud contains audiences this tool does not trust: [other-tool]",
                rejection(c -> c.audience(List.of("dp-client", "other-tool")).claim("azp", "dp-client")));
    }

    @Test
    void rejectsMissingNonce() {
        assertEquals("id_token has no nonce", rejection(c -> c.claim("nonce", null)));
    }

    @Test
    void rejectsNonceOfAnotherLogin() {
        assertEquals("id_token nonce does not match the nonce issued with this login's state",
                rejection(c -> c.claim("nonce", "someone-elses-nonce")));
    }

    @Test
    void rejectsUnknownDeployment() {
        assertEquals("deployment_id 'eastbrook-9' is not registered for client_id 'dp-client'",
                rejection(c -> c.claim(LtiClaims.DEPLOYMENT_ID, "eastbrook-9")));
    }

    @Test
    void rejectsDeploymentIdOver255Characters() {
        assertEquals("deployment_id is longer than 255 characters",
                rejection(c -> c.claim(LtiClaims.DEPLOYMENT_ID, "d".repeat(256))));
    }

    @Test
    void rejectsDeploymentDifferentFromTheLoginsLtiDeploymentId() {
        var expected = new LaunchValidator.Expectation(TestPlatform.ISSUER, TestPlatform.CLIENT_ID,
                TestPlatform.NONCE, Optional.of("northmoor-2"), d -> true);
        var token = platform.sign(platform.validClaims(NOW).build());
        var problem = assertThrows(LaunchRejected.class, () -> validator.validate(token, expected, platform.keys()));
        assertEquals("deployment_id 'northmoor-1' differs from lti_deployment_id 'northmoor-2' sent at login",
                problem.detail());
    }

    @Test
    void rejectsMissingMessageType() {
        assertEquals("id_token has no message_type claim (" + LtiClaims.MESSAGE_TYPE + ")",
                rejection(c -> c.claim(LtiClaims.MESSAGE_TYPE, null)));
    }

    @Test
    void rejectsUnsupportedMessageType() {
        assertTrue(rejection(c -> c.claim(LtiClaims.MESSAGE_TYPE, "LtiStartProctoring"))
                .startsWith("message_type 'LtiStartProctoring' is not supported"));
    }

    @Test
    void rejectsMissingVersion() {
        assertEquals("id_token has no version claim (" + LtiClaims.VERSION + ")",
                rejection(c -> c.claim(LtiClaims.VERSION, null)));
    }

    @Test
    void rejectsWrongVersion() {
        assertEquals("LTI version '1.1' is not supported: expected 1.3.0",
                rejection(c -> c.claim(LtiClaims.VERSION, "1.1")));
    }

    @Test
    void rejectsMissingSub() {
        assertEquals("id_token has no sub: anonymous launches are not supported", rejection(c -> c.subject(null)));
    }

    @Test
    void rejectsMissingRoles() {
        assertEquals("id_token has no roles claim (" + LtiClaims.ROLES + ")",
                rejection(c -> c.claim(LtiClaims.ROLES, null)));
    }

    @Test
    void rejectsRolesThatAreNotAnArray() {
        assertEquals("id_token roles claim must be an array",
                rejection(c -> c.claim(LtiClaims.ROLES, "Learner")));
    }

    @Test
    void acceptsEmptyRoles() {
        assertEquals(List.of(), launch(c -> c.claim(LtiClaims.ROLES, List.of())).roles());
    }

    @Test
    void rejectsResourceLinkLaunchWithoutResourceLink() {
        assertEquals("resource link launch has no resource_link.id claim",
                rejection(c -> c.claim(LtiClaims.RESOURCE_LINK, null)));
    }

    @Test
    void rejectsResourceLinkWithoutId() {
        assertEquals("resource link launch has no resource_link.id claim",
                rejection(c -> c.claim(LtiClaims.RESOURCE_LINK, Map.of("title", "No id"))));
    }

    @Test
    void rejectsMissingDeploymentId() {
        assertEquals("id_token has no deployment_id claim (" + LtiClaims.DEPLOYMENT_ID + ")",
                rejection(c -> c.claim(LtiClaims.DEPLOYMENT_ID, null)));
    }

    @Test
    void rejectsMissingTargetLinkUri() {
        assertEquals("id_token has no target_link_uri claim (" + LtiClaims.TARGET_LINK_URI + ")",
                rejection(c -> c.claim(LtiClaims.TARGET_LINK_URI, null)));
    }

    @Test
    void rejectsTargetLinkUriOutsideTheTool() {
        assertEquals("target_link_uri 'https://evil.example/phish' is not an address of this tool "
                + "(https://tool.example)", rejection(c -> c.claim(LtiClaims.TARGET_LINK_URI, "https://evil.example/phish")));
    }

    @Test
    void routesByTheTargetLinkUriClaim() {
        var launch = launch(c -> c.claim(LtiClaims.TARGET_LINK_URI, TestPlatform.TOOL + "/assess/start"));
        assertEquals(TestPlatform.TOOL + "/assess/start", launch.targetLinkUri());
    }

    @Test
    void acceptsADeepLinkingRequestWithItsSettings() {
        var launch = launch(c -> c.claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)
                .claim(LtiClaims.RESOURCE_LINK, null)
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, Map.of(
                        "deep_link_return_url", "https://lms.northmoor.example/dl/return",
                        "accept_types", List.of("ltiResourceLink"),
                        "accept_multiple", true, "data", "opaque")));
        var settings = launch.deepLinking().orElseThrow();
        assertEquals("https://lms.northmoor.example/dl/return", settings.returnUrl());
        assertTrue(settings.acceptMultiple());
        assertEquals(Optional.of("opaque"), settings.data());
    }

    @Test
    void rejectsDeepLinkingRequestWithoutSettings() {
        assertEquals("deep linking launch has no deep_linking_settings claim",
                rejection(c -> c.claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)));
    }

    @Test
    void rejectsATokenThatIsNotAJwt() {
        var problem = assertThrows(LaunchRejected.class,
                () -> validator.validate("not-a-token", platform.expectation(), platform.keys()));
        assertTrue(problem.detail().startsWith("id_token is not a JWT"));
    }

    @Test
    void rejectsAMissingIdToken() {
        var problem = assertThrows(LaunchRejected.class,
                () -> validator.validate(null, platform.expectation(), platform.keys()));
        assertEquals("the launch has no id_token", problem.detail());
    }
}
