package org.digitalpractice.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.digitalpractice.infrastructure.Settings;
import org.digitalpractice.lti.registration.Registrations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Security headers on every response. Only registered platforms may frame the tool (CSP frame-ancestors), and
 * forms may post only to the tool and to those platforms (Deep Linking returns, logins); a response that sets
 * X-Frame-Options DENY may not be framed at all. Nothing is cached unless a response says how long it may be.
 * Scripts come from the
 * tool alone: no inline script runs.
 */
@Provider
public class FramingPolicy implements ContainerResponseFilter {

    private static final Duration REFRESH = Duration.ofMinutes(1);
    /**
     * The Dynamic Registration page is framed by a platform that is not registered yet (Moodle and Canvas open it
     * in a frame), so any https page may frame it. It has nothing to click that a framing page could steal.
     */
    static final String REGISTRATION = "/lti/register";

    @Inject
    Registrations registrations;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    private volatile Set<String> origins = Set.of();
    private volatile Instant refreshedAt = Instant.EPOCH;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var platforms = String.join(" ", platformOrigins());
        var tool = Registrations.origin(settings.baseUrl());
        var headers = response.getHeaders();
        // A page that must never be framed (a confirmation a click could be stolen from) says so with DENY.
        var ancestors = "DENY".equals(headers.getFirst("X-Frame-Options")) ? "'none'"
                : "'self' " + tool + " " + platforms
                + (REGISTRATION.equals(request.getUriInfo().getRequestUri().getPath()) ? " https:" : "");
        headers.putSingle("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; "
                + "frame-src 'self' " + tool + "; "
                + "form-action 'self' " + tool + " " + platforms + "; frame-ancestors " + ancestors);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        // Pages hold personal data (names, results, answers): no browser or proxy may keep a copy. Assets and the
        // key set say how long they may be cached themselves.
        if (!headers.containsKey("Cache-Control")) {
            headers.putSingle("Cache-Control", "no-store");
        }
        // The launch token travels in URLs: never let it leak to another site in a Referer header.
        headers.putSingle("Referrer-Policy", "same-origin");
        // Behind https, browsers must never fall back to plain http for the tool.
        if ("https".equals(settings.baseUrl().getScheme())) {
            headers.putSingle("Strict-Transport-Security", "max-age=31536000");
        }
    }

    private Set<String> platformOrigins() {
        var now = clock.instant();
        if (now.isAfter(refreshedAt.plus(REFRESH))) {
            origins = Set.copyOf(registrations.platformOrigins());
            refreshedAt = now;
        }
        return origins;
    }
}
