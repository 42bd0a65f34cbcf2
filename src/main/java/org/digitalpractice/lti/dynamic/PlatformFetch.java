package org.digitalpractice.lti.dynamic;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP to a platform that is registering the tool, bounded because the addresses come from whoever opened the
 * registration page: each exchange must be complete (headers and body) within the time limit, the body may not
 * exceed the size limit, no redirect to another host is followed, and every address is checked first ({@link
 * PlatformAddresses}). Each failure becomes a {@link RegistrationRefused} naming what was asked and why it failed.
 */
final class PlatformFetch {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final int MOST_BYTES = 256 * 1024;
    static final int MOST_REDIRECTS = 3;

    /** A platform's answer: its status, body and, for a redirect, where to. */
    record Answer(int status, String body, Optional<String> location) {
        boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final PlatformAddresses addresses;
    private final String userAgent;
    private final Duration timeout;
    private final int mostBytes;

    PlatformFetch(PlatformAddresses addresses, String userAgent, Duration timeout, int mostBytes) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.addresses = addresses;
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.mostBytes = mostBytes;
    }

    /** GET a JSON document, following redirects only within the same host. */
    Answer get(String what, URI url, Optional<String> bearer) {
        var deadline = System.nanoTime() + timeout.toNanos();
        var current = url;
        for (int redirects = 0; ; redirects++) {
            addresses.check(what, current);
            var answer = send(what, current, request(current, bearer).header("Accept", "application/json").GET(),
                    deadline);
            if (answer.status() < 300 || answer.status() >= 400 || answer.location().isEmpty()) {
                return answer;
            }
            if (redirects == MOST_REDIRECTS) {
                throw RegistrationRefused.because(what + " '" + url + "' redirected more than " + MOST_REDIRECTS
                        + " times.");
            }
            URI next;
            try {
                next = current.resolve(answer.location().get());
            } catch (IllegalArgumentException e) {
                throw RegistrationRefused.because(what + " '" + url + "' redirected to '" + answer.location().get()
                        + "', which is not a valid address.");
            }
            if (next.getHost() == null || !next.getHost().equalsIgnoreCase(current.getHost())) {
                throw RegistrationRefused.because(what + " '" + url + "' redirected to another host ('" + next
                        + "'). Digital Practice follows no redirect to another host: give the platform's own address.");
            }
            current = next;
        }
    }

    /** POST a JSON document; a redirect is returned as an answer like any other, not followed. */
    Answer postJson(String what, URI url, Optional<String> bearer, String json) {
        addresses.check(what, url);
        return send(what, url, request(url, bearer).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), System.nanoTime() + timeout.toNanos());
    }

    private HttpRequest.Builder request(URI url, Optional<String> bearer) {
        var builder = HttpRequest.newBuilder(url).header("User-Agent", userAgent);
        bearer.ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder;
    }

    private Answer send(String what, URI url, HttpRequest.Builder request, long deadline) {
        var left = deadline - System.nanoTime();
        if (left <= 0) {
            throw tooSlow(what, url);
        }
        var exchange = client.sendAsync(request.timeout(Duration.ofNanos(left)).build(), this::limited);
        try {
            // The request timeout ends when the headers arrive; a body that trickles in is cut off here.
            var response = exchange.get(left, TimeUnit.NANOSECONDS);
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                    response.headers().firstValue("Location"));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw tooSlow(what, url);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw RegistrationRefused.because(what + " '" + url + "' was not fetched: the tool was stopping.");
        } catch (ExecutionException e) {
            throw failed(what, url, e.getCause());
        }
    }

    private RegistrationRefused failed(String what, URI url, Throwable cause) {
        for (var c = cause; c != null; c = c.getCause()) {
            if (c instanceof TooLarge) {
                return RegistrationRefused.because(what + " '" + url + "' answered with more than " + mostBytes / 1024
                        + " KB, more than a platform's answer can need.");
            }
            if (c instanceof HttpTimeoutException) {
                return tooSlow(what, url);
            }
            if (c instanceof ConnectException) {
                return RegistrationRefused.because(what + " '" + url + "' could not be reached: the connection was "
                        + "refused.");
            }
        }
        return RegistrationRefused.because(what + " '" + url + "' could not be reached: "
                + (cause == null ? "unknown network error" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")")) + ".");
    }

    private RegistrationRefused tooSlow(String what, URI url) {
        return RegistrationRefused.because(what + " '" + url + "' gave no complete answer within "
                + timeout.toSeconds() + " seconds.");
    }

    private HttpResponse.BodySubscriber<byte[]> limited(HttpResponse.ResponseInfo info) {
        var declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new LimitedBody(mostBytes, declared > mostBytes);
    }

    /** The size limit was passed. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Collects a body up to the limit, and gives up (closing the connection) as soon as it is passed. */
    static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int limit;
        private final boolean declaredTooLarge;
        private Flow.Subscription subscription;

        LimitedBody(int limit, boolean declaredTooLarge) {
            this.limit = limit;
            this.declaredTooLarge = declaredTooLarge;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (declaredTooLarge) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge());
                return;
            }
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (body.isDone()) {
                return;
            }
            for (var item : items) {
                if (bytes.size() + item.remaining() > limit) {
                    subscription.cancel();
                    body.completeExceptionally(new TooLarge());
                    return;
                }
                var chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable error) {
            body.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }
}
