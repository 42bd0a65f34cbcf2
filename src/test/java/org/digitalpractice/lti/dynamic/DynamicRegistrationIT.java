package org.digitalpractice.lti.dynamic;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.digitalpractice.infrastructure.Hashes;
import org.digitalpractice.testing.DeployedTool;
import org.digitalpractice.testing.LaunchClient;
import org.digitalpractice.testing.TestLaunch;
import org.digitalpractice.testing.ToolUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Installing the tool by URL (LTI Dynamic Registration 1.0), end to end over HTTP: from the practice platform's
 * Riverside council, which must then be approved before it can launch, and from this test's own platform on
 * 127.0.0.1, approved in advance (DP_REGISTRATION_AUTO_APPROVE_ORIGINS), which also misbehaves in every way the
 * tool must refuse. A refusal is a clear page with a 4xx status, and stores nothing.
 */
class DynamicRegistrationIT extends DeployedTool {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final String ADMIN = "Bearer it-admin-token";
    static final List<String> REGISTRATION_TABLES = List.of("platform_registration", "deployment");
    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    static OwnPlatform platform;

    @BeforeAll
    static void startOwnPlatform() throws IOException {
        platform = new OwnPlatform(Integer.parseInt(System.getProperty("it.platform.port")));
    }

    @AfterAll
    static void stopOwnPlatform() {
        platform.close();
    }

    // ---- the happy paths ----

    @Test
    void installsByUrlFromThePracticePlatformAndLaunchesOnceApproved() throws Exception {
        var registrationUrl = fromPractice(newLink());
        var page = get(registrationUrl);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Waiting for approval"), page.body());
        assertTrue(page.body().contains("<script src=\"/static/registration-close.js\"></script>"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains(" https:"),
                "a platform that is not registered yet may frame the registration page");
        var clientId = LaunchClient.text(page.body(), "registered-client-id").orElseThrow();
        var registration = registration(clientId);
        assertEquals("PENDING", registration.getString("status"));
        assertEquals(ToolUnderTest.platformUrl("/practice/dynamic"), registration.getString("issuer"));
        assertEquals("dynamic registration", registration.getString("source"));
        assertEquals(1, registration.getJsonArray("deployments").size());

        var waiting = loginFromRiverside();
        assertEquals(403, waiting.statusCode(), waiting.body());
        assertTrue(LaunchClient.text(waiting.body(), "problem-detail").orElseThrow()
                .contains("waits for approval by the people who run Digital Practice"), waiting.body());

        assertEquals("ACTIVE", admin("POST", "/admin/registrations/" + registration.getInt("id") + "/approve")
                .getString("status"));
        var launch = TestLaunch.fromPractice("riverside", "riverside-children", "riverside-learner-01");
        assertTrue(launch.landing().startsWith(ToolUnderTest.toolUrl("/learn")), launch.landing());
        assertEquals(200, launch.get("/learn").statusCode());

        assertEquals("DISABLED", admin("POST", "/admin/registrations/" + registration.getInt("id") + "/disable")
                .getString("status"));
        var switchedOff = loginFromRiverside();
        assertEquals(403, switchedOff.statusCode());
        assertTrue(LaunchClient.text(switchedOff.body(), "problem-detail").orElseThrow()
                .contains("have switched off the registration"), switchedOff.body());
    }

    @Test
    void aPlatformApprovedInAdvanceIsActiveAtOnceAndGetsTheFullRegistrationRequest() throws Exception {
        var token = "in-advance-" + UUID.randomUUID();
        var page = register(newLink(), platform.configuration("good"), token);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Approved"), page.body());
        var registration = registration(LaunchClient.text(page.body(), "registered-client-id").orElseThrow());
        assertEquals("ACTIVE", registration.getString("status"));
        assertEquals(platform.url("/good/auth"), registration.getString("authUrl"));
        assertEquals(platform.url("/good/token"), registration.getString("tokenUrl"));
        assertEquals(platform.configuration("good"), registration.getString("openidConfiguration"));

        assertEquals(1, platform.requests("/good/.well-known/openid-configuration", token).size(),
                "the configuration is fetched with the registration token, as Canvas requires");
        var posted = platform.requests("/good/register", token).get(0);
        assertTrue(posted.contentType().startsWith("application/json"), posted.contentType());
        var request = json(posted.body());
        assertEquals("web", request.getString("application_type"));
        assertEquals(ToolUnderTest.toolUrl("/lti/login"), request.getString("initiate_login_uri"));
        assertEquals(ToolUnderTest.toolUrl("/lti/launch"), request.getJsonArray("redirect_uris").getString(0));
        assertEquals(ToolUnderTest.toolUrl("/.well-known/jwks.json"), request.getString("jwks_uri"));
        assertEquals("private_key_jwt", request.getString("token_endpoint_auth_method"));
        assertEquals(2, request.getJsonObject(TOOL_CONFIGURATION).getJsonArray("messages").size());
    }

    // ---- every bad input: a clear page, a 4xx status, nothing stored ----

    @Test
    void refusesAnAddressWithoutItsParameters() throws Exception {
        var before = ToolUnderTest.rowCounts(REGISTRATION_TABLES);
        var page = get(ToolUnderTest.toolUrl("/lti/register"));
        assertEquals(400, page.statusCode());
        assertTrue(detail(page).contains("was opened without its registration link"), page.body());
        assertEquals(before, ToolUnderTest.rowCounts(REGISTRATION_TABLES));
    }

    @Test
    void refusesAnUnknownLink() throws Exception {
        var before = ToolUnderTest.rowCounts(REGISTRATION_TABLES);
        var page = register(ToolUnderTest.toolUrl("/lti/register?link=made-up"), platform.configuration("good"),
                "unknown-link");
        assertEquals(404, page.statusCode());
        assertTrue(detail(page).contains("is not one Digital Practice made"), page.body());
        assertEquals(before, ToolUnderTest.rowCounts(REGISTRATION_TABLES));
        assertEquals(List.of(), platform.requests("/good/.well-known/openid-configuration", "unknown-link"),
                "the platform was not even asked");
    }

    @Test
    void refusesAnExpiredLink() throws Exception {
        var token = "expired-" + UUID.randomUUID();
        try (var connection = ToolUnderTest.connect(); var insert = connection.prepareStatement(
                "insert into registration_link (token_hash, created_at, expires_at) values (?, ?, ?)")) {
            insert.setString(1, Hashes.sha256(token));
            insert.setTimestamp(2, Timestamp.from(Instant.now().minus(Duration.ofHours(2))));
            insert.setTimestamp(3, Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
            insert.executeUpdate();
        }
        var before = ToolUnderTest.rowCounts(REGISTRATION_TABLES);
        var page = register(ToolUnderTest.toolUrl("/lti/register?link=" + token), platform.configuration("good"), "t");
        assertEquals(410, page.statusCode());
        assertTrue(detail(page).contains("has expired"), page.body());
        assertEquals(before, ToolUnderTest.rowCounts(REGISTRATION_TABLES));
    }

    @Test
    void refusesALinkUsedBefore() throws Exception {
        var link = newLink();
        assertEquals(200, register(link, platform.configuration("good"), "first").statusCode());
        assertTrue(used(link));
        var before = ToolUnderTest.rowCounts(REGISTRATION_TABLES);
        var again = register(link, platform.configuration("good"), "second");
        assertEquals(410, again.statusCode());
        assertTrue(detail(again).contains("was already used"), again.body());
        assertEquals(before, ToolUnderTest.rowCounts(REGISTRATION_TABLES));
    }

    @Test
    void refusesALinkWithoutThePlatformsConfiguration() throws Exception {
        var link = newLink();
        var page = get(link + "&registration_token=t");
        assertEquals(400, page.statusCode());
        assertTrue(detail(page).contains("did not send the address of its OpenID configuration"), page.body());
        assertFalse(used(link));
    }

    @Test
    void saysWhenTheConfigurationCannotBeReached() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertRefused(400, "http://127.0.0.1:" + closed + "/.well-known/openid-configuration", "could not be reached");
    }

    @Test
    void refusesAConfigurationThatDoesNotComeFromItsIssuer() throws Exception {
        assertRefused(400, platform.configuration("elsewhere"), "its issuer 'https://elsewhere.example' is not on "
                + "the host it was read from");
    }

    @Test
    void namesWhatAPlatformLacks() throws Exception {
        var detail = assertRefused(400, platform.configuration("lacking"), "lacks what Digital Practice needs");
        assertTrue(detail.contains("LtiDeepLinkingRequest"), detail);
        assertTrue(detail.contains("contextmembership.readonly in scopes_supported"), detail);
    }

    @Test
    void saysWhenThePlatformRefusesTheRegistration() throws Exception {
        var detail = assertRefused(400, platform.configuration("refusing"), "The platform refused the registration");
        assertTrue(detail.contains("answered HTTP 400 (invalid_client_metadata: this platform takes no new tools)"),
                detail);
    }

    @Test
    void givesUpOnASlowConfiguration() throws Exception {
        long started = System.nanoTime();
        assertRefused(400, platform.configuration("slow"), "gave no complete answer within 5 seconds");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 8);
    }

    @Test
    void refusesAnOversizedConfiguration() throws Exception {
        assertRefused(400, platform.configuration("oversized"), "answered with more than 256 KB");
    }

    // ---- the administration API ----

    @Test
    void makesLinksOnlyForTheAdministrators() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl("/admin/registration-links")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
    }

    @Test
    void saysWhenThereIsNoRegistrationToApprove() throws Exception {
        var response = adminCall("POST", "/admin/registrations/999999999/approve");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("No registration with id 999999999"), response.body());
    }

    // ---- the practice platform is as strict as a real one ----

    @Test
    void practicePlatformRefusesARegistrationWithoutItsToken() throws Exception {
        var response = postToPractice(null, validRequest());
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("missing_registration_token"), response.body());
        assertEquals(401, postToPractice("not-one-it-issued", validRequest()).statusCode());
    }

    @Test
    void practicePlatformNamesMissingFieldsAndKeepsTheTokenForACorrectedRequest() throws Exception {
        var token = practiceToken();
        var incomplete = Json.createObjectBuilder(json(validRequest())).remove("jwks_uri")
                .remove("token_endpoint_auth_method").build().toString();
        var refused = postToPractice(token, incomplete);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("invalid_client_metadata"), refused.body());
        assertTrue(refused.body().contains("jwks_uri"), refused.body());
        assertTrue(refused.body().contains("token_endpoint_auth_method must be 'private_key_jwt'"), refused.body());
        assertEquals(200, postToPractice(token, validRequest()).statusCode());
    }

    @Test
    void practicePlatformTakesEachRegistrationTokenOnce() throws Exception {
        var token = practiceToken();
        var first = postToPractice(token, validRequest());
        assertEquals(200, first.statusCode(), first.body());
        var answer = json(first.body());
        assertTrue(answer.getString("client_id").startsWith("dp-"));
        assertTrue(answer.getJsonObject(TOOL_CONFIGURATION).getString("deployment_id").startsWith("riverside-"));
        var second = postToPractice(token, validRequest());
        assertEquals(401, second.statusCode());
        assertTrue(second.body().contains("already used"), second.body());
    }

    // ---- helpers ----

    static String assertRefused(int status, String configuration, String expected) throws Exception {
        var link = newLink();
        var before = ToolUnderTest.rowCounts(REGISTRATION_TABLES);
        var page = register(link, configuration, "own-registration-token");
        assertEquals(status, page.statusCode(), page.body());
        var detail = detail(page);
        assertTrue(detail.contains(expected), detail);
        assertTrue(page.body().contains("Digital Practice could not be registered"));
        assertEquals(before, ToolUnderTest.rowCounts(REGISTRATION_TABLES), "nothing stored");
        assertFalse(used(link), "the link still works once the cause is fixed");
        return detail;
    }

    static String detail(HttpResponse<String> page) {
        return LaunchClient.text(page.body(), "problem-detail").orElseThrow(() ->
                new AssertionError("not an error page: " + page.body()));
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> register(String link, String configuration, String token)
            throws IOException, InterruptedException {
        return get(link + "&openid_configuration=" + encode(configuration) + "&registration_token=" + encode(token));
    }

    static String newLink() throws Exception {
        var response = adminCall("POST", "/admin/registration-links");
        assertEquals(201, response.statusCode(), response.body());
        var url = json(response.body()).getString("url");
        assertTrue(url.startsWith(ToolUnderTest.toolUrl("/lti/register?link=")), url);
        return url;
    }

    static boolean used(String link) throws SQLException {
        var token = URI.create(link).getQuery().substring("link=".length());
        try (var connection = ToolUnderTest.connect(); var query = connection.prepareStatement(
                "select used_at from registration_link where token_hash = ?")) {
            query.setString(1, Hashes.sha256(token));
            try (var rows = query.executeQuery()) {
                assertTrue(rows.next(), "the link is stored");
                return rows.getTimestamp(1) != null;
            }
        }
    }

    /** Riverside's "Install by URL": the registration URL it opens, with its configuration and a token. */
    static String fromPractice(String link) throws Exception {
        var installing = get(ToolUnderTest.platformUrl("/practice/dynamic/install?registration_url=" + encode(link)));
        assertEquals(200, installing.statusCode(), installing.body());
        var frame = Pattern.compile("id=\"tool-registration\"[^>]* src=\"([^\"]+)\"").matcher(installing.body());
        assertTrue(frame.find(), installing.body());
        var url = frame.group(1).replace("&amp;", "&").replace("&#38;", "&");
        assertTrue(url.startsWith(link + "&openid_configuration="), url);
        return url;
    }

    static String practiceToken() throws Exception {
        var url = fromPractice(ToolUnderTest.toolUrl("/lti/register?link=unused"));
        return LaunchClient.query(url).get("registration_token");
    }

    static String validRequest() {
        return ToolRegistrationRequest.of(URI.create(ToolUnderTest.toolUrl("")), List.of("ContentArea")).toString();
    }

    static HttpResponse<String> postToPractice(String token, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(ToolUnderTest.platformUrl("/practice/register")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Starts a launch from Riverside as a browser would, up to the tool's answer to the login. */
    static HttpResponse<String> loginFromRiverside() {
        var client = new LaunchClient();
        var start = client.get(ToolUnderTest.platformUrl("/practice/launch?display=window&council=riverside"
                + "&course=riverside-children&person=riverside-learner-01"));
        assertEquals(200, start.statusCode(), start.body());
        return client.initiateLogin(start.body());
    }

    static JsonObject registration(String clientId) throws Exception {
        var list = adminCall("GET", "/admin/registrations");
        assertEquals(200, list.statusCode());
        return json(list.body()).getJsonArray("registrations").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("clientId").equals(clientId)).findFirst()
                .orElseThrow(() -> new AssertionError("no registration with client_id " + clientId + ": " + list.body()));
    }

    static JsonObject admin(String method, String path) throws Exception {
        var response = adminCall(method, path);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    static HttpResponse<String> adminCall(String method, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.toolUrl(path))).header("Authorization", ADMIN)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * This test's own platform: each first path segment is a platform behaving one way. "good" registers the tool;
     * "elsewhere" names another issuer; "lacking" offers no Deep Linking and no roster scope; "refusing" answers the
     * registration with 400; "slow" answers after 8 s; "oversized" sends 300 KB.
     */
    static final class OwnPlatform implements AutoCloseable {

        record Request(String path, String authorization, String contentType, String body) {
            String token() {
                return authorization == null ? null : authorization.substring("Bearer ".length());
            }
        }

        private final HttpServer server;
        private final List<Request> requests = new CopyOnWriteArrayList<>();

        OwnPlatform(int port) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.createContext("/", this::answer);
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        String configuration(String name) {
            return url("/" + name + "/.well-known/openid-configuration");
        }

        List<Request> requests(String path, String token) {
            return requests.stream().filter(r -> r.path().equals(path) && token.equals(r.token())).toList();
        }

        private void answer(HttpExchange exchange) throws IOException {
            var path = exchange.getRequestURI().getPath();
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            var name = path.split("/")[1];
            if (path.endsWith("/.well-known/openid-configuration")) {
                switch (name) {
                    case "slow" -> {
                        pause(8000);
                        send(exchange, 200, configurationOf(name, true));
                    }
                    case "oversized" -> {
                        exchange.sendResponseHeaders(200, 0);
                        try (var body = exchange.getResponseBody()) {
                            body.write(("{\"padding\":\"" + "x".repeat(300 * 1024) + "\"}")
                                    .getBytes(StandardCharsets.UTF_8));
                        } catch (IOException hungUp) {
                            // The tool stopped reading, as it should.
                        }
                    }
                    case "elsewhere" -> send(exchange, 200, configurationOf(name, true)
                            .replace("\"issuer\":\"" + url("/elsewhere") + "\"", "\"issuer\":\"https://elsewhere.example\""));
                    case "lacking" -> send(exchange, 200, configurationOf(name, false));
                    default -> send(exchange, 200, configurationOf(name, true));
                }
            } else if (path.endsWith("/register")) {
                if ("refusing".equals(name)) {
                    send(exchange, 400, "{\"error\":\"invalid_client_metadata\",\"error_description\":"
                            + "\"this platform takes no new tools\"}");
                } else {
                    send(exchange, 200, Json.createObjectBuilder()
                            .add("client_id", "own-" + UUID.randomUUID())
                            .add(TOOL_CONFIGURATION, Json.createObjectBuilder()
                                    .add("deployment_id", "own-deployment-" + UUID.randomUUID()))
                            .build().toString());
                }
            } else {
                send(exchange, 404, "{}");
            }
        }

        private String configurationOf(String name, boolean complete) {
            var base = url("/" + name);
            var scopes = Json.createArrayBuilder().add("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem")
                    .add("https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly")
                    .add("https://purl.imsglobal.org/spec/lti-ags/scope/score");
            var messages = Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "LtiResourceLinkRequest"));
            if (complete) {
                scopes.add("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
                messages.add(Json.createObjectBuilder().add("type", "LtiDeepLinkingRequest"));
            }
            return Json.createObjectBuilder()
                    .add("issuer", base)
                    .add("authorization_endpoint", base + "/auth")
                    .add("token_endpoint", base + "/token")
                    .add("jwks_uri", base + "/jwks")
                    .add("registration_endpoint", base + "/register")
                    .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                    .add("scopes_supported", scopes)
                    .add("https://purl.imsglobal.org/spec/lti-platform-configuration", Json.createObjectBuilder()
                            .add("product_family_code", "own-platform").add("messages_supported", messages))
                    .build().toString();
        }

        private static void send(HttpExchange exchange, int status, String body) throws IOException {
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            } catch (IOException hungUp) {
                // The tool gave up waiting, as it should.
            }
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

}
