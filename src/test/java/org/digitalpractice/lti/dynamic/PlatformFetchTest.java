package org.digitalpractice.lti.dynamic;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP to a registering platform is bounded: a time limit on the whole answer, a size limit on its body, no
 * redirect to another host, and no private address unless allowed.
 */
class PlatformFetchTest {

    /** Two seconds: the first request of a test run on a busy machine can take most of one. */
    static final Duration LIMIT = Duration.ofSeconds(2);
    static final int MOST_BYTES = 1024;

    HttpServer server;
    final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/ok", exchange -> answer(exchange, 200, "{\"issuer\":\"x\"}"));
        server.createContext("/slow", exchange -> {
            sleep(6000);
            answer(exchange, 200, "{}");
        });
        server.createContext("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (var body = exchange.getResponseBody()) {
                for (int i = 0; i < 60; i++) {
                    body.write(' ');
                    body.flush();
                    sleep(100);
                }
            } catch (IOException gone) {
                // The tool hung up, as it should.
            }
        });
        server.createContext("/big", exchange -> answer(exchange, 200, "x".repeat(MOST_BYTES * 5)));
        server.createContext("/big-chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (var body = exchange.getResponseBody()) {
                body.write("y".repeat(MOST_BYTES * 5).getBytes(StandardCharsets.UTF_8));
            } catch (IOException gone) {
                // The tool hung up, as it should.
            }
        });
        server.createContext("/elsewhere", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://localhost:" + port() + "/ok");
            answer(exchange, 302, "");
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/ok");
            answer(exchange, 301, "");
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    void answer(HttpExchange exchange, int status, String body) throws IOException {
        seen.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization")
                + " " + exchange.getRequestHeaders().getFirst("User-Agent"));
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static PlatformFetch fetch(boolean allowPrivate) {
        return new PlatformFetch(new PlatformAddresses(allowPrivate), "DigitalPractice/test", LIMIT, MOST_BYTES);
    }

    RegistrationRefused refused(String path) {
        return assertThrows(RegistrationRefused.class, () -> fetch(true).get("The configuration", url(path),
                Optional.empty()));
    }

    @Test
    void fetchesWithTheRegistrationTokenAndAUserAgent() {
        var answer = fetch(true).get("The configuration", url("/ok"), Optional.of("reg-token"));
        assertEquals(200, answer.status());
        assertEquals("{\"issuer\":\"x\"}", answer.body());
        assertEquals(List.of("/ok Bearer reg-token DigitalPractice/test"), seen);
    }

    @Test
    void givesUpOnAnAnswerThatDoesNotComeInTime() {
        long started = System.nanoTime();
        var refused = refused("/slow");
        assertTrue(refused.detail().contains("gave no complete answer within 2 seconds"), refused.detail());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 4500);
    }

    @Test
    void givesUpOnABodyThatTricklesIn() {
        long started = System.nanoTime();
        var refused = refused("/trickle");
        assertTrue(refused.detail().contains("gave no complete answer"), refused.detail());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 4500);
    }

    @Test
    void refusesAnAnswerLargerThanTheLimit() {
        var detail = refused("/big").detail();
        assertTrue(detail.contains("answered with more than 1 KB"), detail);
    }

    @Test
    void refusesAnAnswerThatGrowsPastTheLimitWithoutSayingItsLength() {
        assertTrue(refused("/big-chunked").detail().contains("answered with more than 1 KB"));
    }

    @Test
    void followsNoRedirectToAnotherHost() {
        var refused = refused("/elsewhere");
        assertTrue(refused.detail().contains("redirected to another host"), refused.detail());
        assertEquals(List.of("/elsewhere null DigitalPractice/test"), seen);
    }

    @Test
    void followsARedirectOnTheSameHost() {
        assertEquals(200, fetch(true).get("The configuration", url("/moved"), Optional.empty()).status());
    }

    @Test
    void saysWhenNothingAnswersAtTheAddress() throws IOException {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var refused = assertThrows(RegistrationRefused.class, () -> fetch(true).get("The configuration",
                URI.create("http://127.0.0.1:" + closed + "/ok"), Optional.empty()));
        assertTrue(refused.detail().contains("could not be reached"), refused.detail());
    }

    @Test
    void callsNoPrivateAddressUnlessAllowed() {
        var refused = assertThrows(RegistrationRefused.class, () -> fetch(false).get("The configuration", url("/ok"),
                Optional.empty()));
        assertEquals(403, refused.status());
        assertEquals(List.of(), seen);
        assertThrows(RegistrationRefused.class, () -> fetch(false).postJson("The registration endpoint", url("/ok"),
                Optional.empty(), "{}"));
        assertEquals(List.of(), seen);
    }
}
