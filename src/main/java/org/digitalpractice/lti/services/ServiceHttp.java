package org.digitalpractice.lti.services;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP to platform services: a timeout on every call, and a User-Agent on every request (Canvas refuses calls
 * without one). Network failures and timeouts become {@link PlatformCall.TryLater}.
 */
public final class ServiceHttp {

    private final HttpClient client;
    private final Duration timeout;
    private final String userAgent;
    private final Clock clock;

    public ServiceHttp(Duration timeout, String userAgent, Clock clock) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
        this.userAgent = userAgent;
        this.clock = clock;
    }

    public PlatformCall get(URI url, String token, String accept) {
        return send(request(url, token).header("Accept", accept).GET());
    }

    public PlatformCall post(URI url, String token, String contentType, String body) {
        return send(request(url, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public PlatformCall postForm(URI url, String form) {
        return send(HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", userAgent)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A GET that also returns the Link header, for paged results. */
    public Paged getPage(URI url, String token, String accept) {
        try {
            var response = client.send(request(url, token).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Paged(PlatformCall.of(response, clock.instant()), response.headers().allValues("Link"));
        } catch (IOException | InterruptedException e) {
            return new Paged(failed(e), java.util.List.of());
        }
    }

    private static final java.util.regex.Pattern RELATION_NEXT =
            java.util.regex.Pattern.compile("rel\\s*=\\s*[^A-Za-z]{0,6}next[^A-Za-z]{0,6}");

    public record Paged(PlatformCall call, java.util.List<String> links) {
        /** The URL of the next page, from a Link header with rel="next". */
        public Optional<URI> next() {
            for (var header : links) {
                for (var link : header.split(",(?=\\s*<)")) {
                    var parts = link.split(";");
                    var target = parts[0].trim();
                    for (int i = 1; i < parts.length; i++) {
                        // Moodle writes rel=“next” with typographic quotes (lineitems.php), sent as UTF-8 bytes
                        // that arrive here decoded as ISO-8859-1: accept any quoting around the word.
                        if (RELATION_NEXT.matcher(parts[i].trim()).matches()) {
                            return Optional.of(URI.create(target.substring(1, target.length() - 1)));
                        }
                    }
                }
            }
            return Optional.empty();
        }
    }

    private HttpRequest.Builder request(URI url, String token) {
        return HttpRequest.newBuilder(url).timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Authorization", "Bearer " + token);
    }

    private PlatformCall send(HttpRequest.Builder request) {
        try {
            return PlatformCall.of(client.send(request.build(), HttpResponse.BodyHandlers.ofString()), clock.instant());
        } catch (IOException | InterruptedException e) {
            return failed(e);
        }
    }

    private static PlatformCall failed(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        var reason = e instanceof HttpTimeoutException ? "no answer within the timeout"
                : "network error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        return new PlatformCall.TryLater(reason, Optional.empty());
    }
}
