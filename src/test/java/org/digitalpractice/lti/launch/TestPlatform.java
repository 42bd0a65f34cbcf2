package org.digitalpractice.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A platform for unit tests: an RSA key, and id_tokens that pass every rule until a test breaks one. */
public final class TestPlatform {

    public static final String ISSUER = "https://lms.northmoor.example";
    public static final String CLIENT_ID = "dp-client";
    public static final String DEPLOYMENT = "northmoor-1";
    public static final String TOOL = "https://tool.example";
    public static final String NONCE = "nonce-123";

    public final RSAKey key;

    public TestPlatform() {
        this("platform-key-1");
    }

    public TestPlatform(String kid) {
        try {
            key = new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public JWKSource<SecurityContext> keys() {
        return new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()));
    }

    public LaunchValidator.Expectation expectation() {
        return new LaunchValidator.Expectation(ISSUER, CLIENT_ID, NONCE, Optional.empty(), DEPLOYMENT::equals);
    }

    /** The claims of a valid resource link launch, issued at {@code now}. */
    public JWTClaimsSet.Builder validClaims(Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(CLIENT_ID)
                .subject("user-42")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", NONCE)
                .claim("name", "Amara Okafor")
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)
                .claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.DEPLOYMENT_ID, DEPLOYMENT)
                .claim(LtiClaims.TARGET_LINK_URI, TOOL + "/learn")
                .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "link-1", "title", "Digital Practice"))
                .claim(LtiClaims.ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))
                .claim(LtiClaims.CONTEXT, Map.of("id", "course-1", "title", "Safeguarding 2026"));
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    public static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
