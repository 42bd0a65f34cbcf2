package org.digitalpractice.lti.keys;

import org.digitalpractice.lti.launch.LaunchRejected;
import org.digitalpractice.lti.launch.LaunchValidator;
import org.digitalpractice.lti.launch.TestPlatform;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Platform keys come over HTTP, are cached, and are fetched again when an unknown kid appears. */
class PlatformKeysTest {

    HttpServer server;
    final AtomicReference<JWKSet> published = new AtomicReference<>();
    final AtomicInteger fetches = new AtomicInteger();

    @BeforeEach
    void platformServingItsKeys() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            var body = published.get().toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String jwksUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    @Test
    void refetchesOnUnknownKidAfterThePlatformRotates() {
        var before = new TestPlatform("key-2026-1");
        var after = new TestPlatform("key-2026-2");
        published.set(new JWKSet(before.key.toPublicJWK()));
        var keys = PlatformKeys.build(jwksUrl());
        var validator = new LaunchValidator(Clock.systemUTC(), URI.create(TestPlatform.TOOL));

        validator.validate(before.sign(before.validClaims(Instant.now()).build()), before.expectation(), keys);
        published.set(new JWKSet(after.key.toPublicJWK()));
        validator.validate(after.sign(after.validClaims(Instant.now()).build()), after.expectation(), keys);

        assertEquals(2, fetches.get());
    }

    @Test
    void cachesKeysBetweenLaunches() {
        var platform = new TestPlatform("key-1");
        published.set(new JWKSet(platform.key.toPublicJWK()));
        var keys = PlatformKeys.build(jwksUrl());
        var validator = new LaunchValidator(Clock.systemUTC(), URI.create(TestPlatform.TOOL));
        for (int i = 0; i < 5; i++) {
            validator.validate(platform.sign(platform.validClaims(Instant.now()).build()), platform.expectation(), keys);
        }
        assertEquals(1, fetches.get());
    }

    @Test
    void rejectsUnknownKidAfterARefetchAndRateLimitsFurtherRefetches() {
        var platform = new TestPlatform("key-1");
        var stranger = new TestPlatform("never-published");
        published.set(new JWKSet(platform.key.toPublicJWK()));
        var keys = PlatformKeys.build(jwksUrl());
        var validator = new LaunchValidator(Clock.systemUTC(), URI.create(TestPlatform.TOOL));
        validator.validate(platform.sign(platform.validClaims(Instant.now()).build()), platform.expectation(), keys);

        for (int i = 0; i < 10; i++) {
            var token = TestPlatform.sign(platform.validClaims(Instant.now()).build(), stranger.key);
            var problem = assertThrows(LaunchRejected.class,
                    () -> validator.validate(token, platform.expectation(), keys));
            assertEquals("no key with kid 'never-published' and alg 'RS256' in the platform's key set, even after "
                    + "fetching it again", problem.detail());
        }
        assertEquals(2, fetches.get(), "one refetch for the unknown kid, then the rate limit holds");
    }
}
