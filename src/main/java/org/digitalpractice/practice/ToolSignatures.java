package org.digitalpractice.practice;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.MalformedURLException;
import java.net.URI;

/** The tool's public keys as the practice platform knows them: fetched from the tool's JWKS URL, and cached. */
@ApplicationScoped
public class ToolSignatures {

    @Inject
    PracticeSwitch practice;

    private volatile JWKSource<SecurityContext> keys;

    public JWKSource<SecurityContext> keys() {
        if (keys == null) {
            try {
                // Nimbus's default half-second timeouts fail on a busy two-core machine, and the refusal that
                // follows looks to the tool like a misconfigured platform.
                keys = JWKSourceBuilder.<SecurityContext>create(
                                URI.create(practice.toolTarget("/.well-known/jwks.json")).toURL(),
                                new DefaultResourceRetriever(5_000, 5_000, 512 * 1024))
                        .retrying(true)
                        .build();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }
}
