package org.digitalpractice.lti.services;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Access tokens: fetched with a signed client assertion, cached, shared, and renewed when refused or old. */
class AccessTokensTest {

    static final Set<String> SCOPES = Set.of(AgsClient.SCOPE_SCORE);
    final AtomicInteger issued = new AtomicInteger();
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-26T09:00:00Z"));
    FakeService platform;
    RSAKey toolKey;
    AccessTokens tokens;
    AccessTokens.Client client;

    @BeforeEach
    void tokenEndpoint() throws Exception {
        platform = new FakeService(request -> {
            pause();
            return FakeService.Answer.ok("{\"access_token\":\"token-" + issued.incrementAndGet()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
        toolKey = new RSAKeyGenerator(2048).keyID("tool-key").generate();
        var clock = new Clock() {
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now.get();
            }
        };
        tokens = new AccessTokens(new ServiceHttp(Duration.ofSeconds(5), "DigitalPractice-test", clock),
                () -> toolKey, clock);
        client = new AccessTokens.Client("tool-client", URI.create(platform.url("/token")), "https://lms.example/token");
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void oneTokenServesManyCalls() {
        for (int i = 0; i < 1000; i++) {
            assertEquals("token-1", tokens.token(client, SCOPES));
        }
        assertEquals(1, platform.count("/token"));
    }

    @Test
    void concurrentCallersShareOneRequest() throws Exception {
        var pool = Executors.newFixedThreadPool(16);
        var calls = new ArrayList<Callable<String>>();
        for (int i = 0; i < 64; i++) {
            calls.add(() -> tokens.token(client, SCOPES));
        }
        for (var result : pool.invokeAll(calls)) {
            assertEquals("token-1", result.get());
        }
        pool.shutdown();
        assertEquals(1, platform.count("/token"));
    }

    @Test
    void aRefusedTokenIsReplacedOnce() {
        var first = tokens.token(client, SCOPES);
        tokens.refused(client, SCOPES, first);
        var second = tokens.token(client, SCOPES);
        assertNotEquals(first, second);
        assertEquals(second, tokens.token(client, SCOPES));
        assertEquals(2, platform.count("/token"));
    }

    @Test
    void aTokenIsRenewedShortlyBeforeItExpires() {
        tokens.token(client, SCOPES);
        now.set(now.get().plus(Duration.ofMinutes(59)).plusSeconds(30));
        assertEquals("token-2", tokens.token(client, SCOPES));
    }

    @Test
    void otherScopesGetTheirOwnToken() {
        tokens.token(client, SCOPES);
        tokens.token(client, Set.of(NrpsClient.SCOPE));
        assertEquals(2, platform.count("/token"));
    }

    @Test
    void theRequestIsClientCredentialsWithASignedAssertion() throws Exception {
        tokens.token(client, SCOPES);
        var request = platform.requests.get(0);
        var form = new HashMap<String, String>();
        for (var pair : request.body().split("&")) {
            var parts = pair.split("=", 2);
            form.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form.get("client_assertion_type"));
        assertEquals(AgsClient.SCOPE_SCORE, form.get("scope"));
        assertEquals("DigitalPractice-test", request.userAgent());
        var assertion = SignedJWT.parse(form.get("client_assertion"));
        assertTrue(assertion.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(toolKey.toRSAPublicKey())));
        assertEquals("tool-key", assertion.getHeader().getKeyID());
        var claims = assertion.getJWTClaimsSet();
        assertEquals("tool-client", claims.getIssuer());
        assertEquals("tool-client", claims.getSubject());
        assertEquals("https://lms.example/token", claims.getAudience().get(0));
        assertTrue(claims.getJWTID() != null && claims.getExpirationTime() != null);
    }

    @Test
    void aTokenEndpointThatSaysNoIsReported() throws Exception {
        try (var refusing = new FakeService(r -> new FakeService.Answer(400,
                "{\"error\":\"invalid_scope\"}", java.util.List.of()))) {
            var other = new AccessTokens.Client("tool-client", URI.create(refusing.url("/token")), "aud");
            var problem = assertThrows(AccessTokens.NotGranted.class, () -> tokens.token(other, SCOPES));
            assertInstanceOf(PlatformCall.Refused.class, problem.call());
            assertTrue(problem.getMessage().contains("invalid_scope"));
            assertThrows(AccessTokens.NotGranted.class, () -> tokens.token(other, SCOPES));
            assertEquals(2, refusing.count("/token"), "a failure is not cached");
        }
    }
}
