package org.digitalpractice.lti.keys;

import org.digitalpractice.lti.registration.Registration;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each platform's public keys, fetched from its JWKS URL and cached. An unknown kid triggers a refetch (platforms
 * rotate keys, one of them hourly), and refetches are rate-limited so a stream of bad tokens cannot hammer the
 * platform.
 */
@ApplicationScoped
public class PlatformKeys {

    static final long CACHE_MILLIS = 5 * 60_000L;
    static final long MIN_REFETCH_MILLIS = 30_000L;

    private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    public JWKSource<SecurityContext> of(Registration registration) {
        return sources.computeIfAbsent(registration.jwksUrl().toString(), PlatformKeys::build);
    }

    static JWKSource<SecurityContext> build(String jwksUrl) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(URI.create(jwksUrl).toURL(),
                            new DefaultResourceRetriever(5_000, 5_000, 512 * 1024))
                    .cache(CACHE_MILLIS, 15_000L)
                    .rateLimited(MIN_REFETCH_MILLIS)
                    .refreshAheadCache(false)
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a JWKS URL: " + jwksUrl, e);
        }
    }
}
