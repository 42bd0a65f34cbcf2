package org.digitalpractice.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A platform whose key the tests hold, registered with the tool by src/test/lti-config. It serves its JWKS on
 * 127.0.0.1, so the tool verifies its id_tokens over HTTP like any platform's.
 */
public final class TestPlatformServer implements AutoCloseable {

    public static final String ISSUER = "https://test-platform.example";
    public static final String CLIENT_ID = "it-client";
    public static final String DEPLOYMENT = "it-deployment-1";

    /** One key for the whole run: the tool under test serves every class and caches the key by its kid. */
    private static final RSAKey KEY = generateKey();

    private final HttpServer server;
    private final RSAKey key = KEY;

    public TestPlatformServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1",
                Integer.parseInt(System.getProperty("it.platform.port"))), 0);
        server.createContext("/jwks", exchange -> {
            var body = new JWKSet(key.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("it-platform-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A valid launch for this login's nonce; tests change one claim to break one rule. */
    public JWTClaimsSet.Builder claims(String nonce, String subject) {
        var now = Instant.now();
        var lti = "https://purl.imsglobal.org/spec/lti/claim/";
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(CLIENT_ID)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce)
                .claim("name", "Tess Tester")
                .claim(lti + "message_type", "LtiResourceLinkRequest")
                .claim(lti + "version", "1.3.0")
                .claim(lti + "deployment_id", DEPLOYMENT)
                .claim(lti + "target_link_uri", ToolUnderTest.toolUrl("/learn"))
                .claim(lti + "resource_link", Map.of("id", "it-link-1"))
                .claim(lti + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))
                .claim(lti + "context", Map.of("id", "it-course-1", "title", "Integration course"));
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
