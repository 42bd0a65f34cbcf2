package org.digitalpractice.session;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The short-lived signed token that carries a launch session in links and forms, where a third-party cookie would
 * be blocked: {@code secret.expiry.signature}. Every page issues a fresh one, so an active person never sees it
 * expire, while a leaked URL stops working soon. CSRF tokens are derived from the session secret the same way.
 */
public final class LaunchTokens {

    private final byte[] key;
    private final Clock clock;
    private final Duration lifetime;

    public LaunchTokens(byte[] key, Clock clock, Duration lifetime) {
        this.key = key.clone();
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public String issue(String sessionSecret) {
        var expiry = clock.instant().plus(lifetime).getEpochSecond();
        var body = sessionSecret + "." + expiry;
        return body + "." + sign("token:" + body);
    }

    /** The session secret inside a valid, unexpired token. */
    public Optional<String> open(String token) {
        if (token == null) {
            return Optional.empty();
        }
        var parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        var body = parts[0] + "." + parts[1];
        if (!constantTimeEquals(sign("token:" + body), parts[2])) {
            return Optional.empty();
        }
        long expiry;
        try {
            expiry = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (Instant.ofEpochSecond(expiry).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(parts[0]);
    }

    public String csrfToken(String sessionSecret) {
        return sign("csrf:" + sessionSecret);
    }

    public boolean csrfMatches(String sessionSecret, String presented) {
        return presented != null && constantTimeEquals(csrfToken(sessionSecret), presented);
    }

    private String sign(String value) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
