package org.digitalpractice.lti.services;

import org.digitalpractice.lti.registration.Registration;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonException;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * OAuth2 access tokens for platform services (LTI Security Framework, section 4.1): client_credentials with a
 * JWT client assertion signed by the tool's key. A token is cached per client and scopes until shortly before it
 * expires, and when many senders need one at once they share a single request.
 */
public final class AccessTokens {

    /** A token is renewed this long before the platform said it expires. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    /** The tool as a client of one platform's token endpoint. */
    public record Client(String clientId, URI tokenUrl, String audience) {
        public static Client of(Registration registration) {
            return new Client(registration.clientId(), registration.tokenUrl(), registration.tokenAudience());
        }
    }

    /** The platform did not grant a token; {@code call} says how it answered. */
    public static final class NotGranted extends RuntimeException {
        private final transient PlatformCall call;

        NotGranted(PlatformCall call, String message) {
            super(message);
            this.call = call;
        }

        public PlatformCall call() {
            return call;
        }
    }

    private record Key(Client client, Set<String> scopes) {
    }

    private record Token(String value, Instant expiresAt) {
    }

    private final ServiceHttp http;
    private final Supplier<RSAKey> signingKey;
    private final Clock clock;
    private final Map<Key, CompletableFuture<Token>> tokens = new ConcurrentHashMap<>();

    public AccessTokens(ServiceHttp http, Supplier<RSAKey> signingKey, Clock clock) {
        this.http = http;
        this.signingKey = signingKey;
        this.clock = clock;
    }

    public String token(Client client, Set<String> scopes) {
        var key = new Key(client, new TreeSet<>(scopes));
        var mine = new CompletableFuture<Token>();
        var current = tokens.compute(key, (k, existing) -> existing != null && usable(existing) ? existing : mine);
        if (current == mine) {
            try {
                mine.complete(fetch(client, key.scopes()));
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                tokens.remove(key, mine);
            }
        }
        try {
            return current.join().value();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Forgets a token the platform refused (401), so the next call fetches a new one. */
    public void refused(Client client, Set<String> scopes, String token) {
        tokens.computeIfPresent(new Key(client, new TreeSet<>(scopes)), (k, future) ->
                future.isDone() && !future.isCompletedExceptionally() && future.join().value().equals(token)
                        ? null : future);
    }

    private boolean usable(CompletableFuture<Token> future) {
        if (!future.isDone()) {
            return true;
        }
        return !future.isCompletedExceptionally()
                && future.join().expiresAt().isAfter(clock.instant().plus(MARGIN));
    }

    private Token fetch(Client client, Set<String> scopes) {
        var form = Map.of(
                "grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion(client),
                "scope", String.join(" ", scopes));
        var call = http.postForm(client.tokenUrl(), form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        if (!(call instanceof PlatformCall.Done done)) {
            throw new NotGranted(call, "the platform's token endpoint " + client.tokenUrl() + " did not grant a token: "
                    + call.reason());
        }
        try (var reader = Json.createReader(new StringReader(done.body()))) {
            var json = reader.readObject();
            var value = json.getString("access_token");
            var expiresIn = json.containsKey("expires_in") ? json.getJsonNumber("expires_in").longValue() : 3600;
            return new Token(value, clock.instant().plusSeconds(expiresIn));
        } catch (JsonException | NullPointerException | ClassCastException e) {
            throw new NotGranted(new PlatformCall.Refused(done.status(), done.body()),
                    "the platform's token endpoint answered without an access_token");
        }
    }

    private String assertion(Client client) {
        var key = signingKey.get();
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .issuer(client.clientId())
                .subject(client.clientId())
                .audience(client.audience())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the client assertion", e);
        }
    }
}
