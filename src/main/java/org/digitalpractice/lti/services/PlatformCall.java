package org.digitalpractice.lti.services;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How a call to a platform service ended, in the terms a sender must act on: done, try again later (5xx, 429,
 * timeouts), the token was not accepted (401), or refused for good (any other 4xx), with the platform's words.
 */
public sealed interface PlatformCall {

    /** What happened, in words for a log line or for an administrator. */
    String reason();

    record Done(int status, String body) implements PlatformCall {
        @Override
        public String reason() {
            return "HTTP " + status;
        }
    }

    /** The platform is down, slow or busy: send again, not before {@code retryAfter} if it said so. */
    record TryLater(String reason, Optional<Duration> retryAfter) implements PlatformCall {
    }

    record TokenRefused(String reason) implements PlatformCall {
    }

    record Refused(int status, String reason) implements PlatformCall {
    }

    static PlatformCall of(HttpResponse<String> response, Instant now) {
        int status = response.statusCode();
        var body = response.body() == null ? "" : response.body();
        var said = body.length() > 300 ? body.substring(0, 300) + "..." : body;
        if (status >= 200 && status < 300) {
            return new Done(status, body);
        }
        if (status == 401) {
            return new TokenRefused("HTTP 401 " + said);
        }
        if (status == 429 || status >= 500) {
            return new TryLater("HTTP " + status + " " + said,
                    response.headers().firstValue("Retry-After").flatMap(value -> retryAfter(value, now)));
        }
        return new Refused(status, "HTTP " + status + " " + said);
    }

    /** Retry-After is either a number of seconds or an HTTP date (RFC 9110, section 10.2.3). */
    static Optional<Duration> retryAfter(String value, Instant now) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException notSeconds) {
            try {
                var at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
