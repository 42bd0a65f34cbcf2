package org.digitalpractice.testing;

import com.nimbusds.jwt.JWTClaimsSet;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.digitalpractice.testing.LaunchClient.location;
import static org.digitalpractice.testing.LaunchClient.query;

/**
 * A person launched into the tool from the test platform, browsing over HTTP with their launch token, as a browser
 * without third-party cookies would.
 */
public final class TestLaunch {

    private final LaunchClient client;
    private final String landing;
    private String token;

    private TestLaunch(LaunchClient client, String landing) {
        this.client = client;
        this.landing = landing;
        this.token = query(landing).get("s");
    }

    /** Logs in and launches as {@code subject}, with the test platform's claims changed as the test needs. */
    public static TestLaunch as(TestPlatformServer platform, String subject, UnaryOperator<JWTClaimsSet.Builder> change) {
        var client = new LaunchClient();
        var login = client.post(ToolUnderTest.toolUrl("/lti/login"), Map.of(
                "iss", TestPlatformServer.ISSUER, "login_hint", subject, "client_id", TestPlatformServer.CLIENT_ID,
                "target_link_uri", ToolUnderTest.toolUrl("/learn")));
        var auth = query(location(login));
        var launch = client.post(ToolUnderTest.toolUrl("/lti/launch"), Map.of(
                "id_token", platform.sign(change.apply(platform.claims(auth.get("nonce"), subject)).build()),
                "state", auth.get("state")));
        if (launch.statusCode() != 303) {
            throw new AssertionError("launch failed: " + launch.statusCode() + " " + launch.body());
        }
        // Browsers that block third-party cookies keep none: only the token carries the session.
        client.forgetCookies();
        return new TestLaunch(client, location(launch));
    }

    /** Launches from the built-in practice platform, which offers the gradebook and roster services. */
    public static TestLaunch fromPractice(String council, String course, String person) {
        return fromPractice(council, course, person, "");
    }

    /**
     * Launches from the practice platform with more launch parameters, such as {@code &link=<id>} for a placed
     * link or {@code &message=deep-linking} for a trainer adding activities.
     */
    public static TestLaunch fromPractice(String council, String course, String person, String moreParameters) {
        var client = new LaunchClient();
        var start = client.get(ToolUnderTest.platformUrl("/practice/launch?display=window&council=" + council
                + "&course=" + course + "&person=" + person + moreParameters));
        var login = client.initiateLogin(start.body());
        var autoPost = client.get(location(login));
        var launch = client.post(ToolUnderTest.toolUrl("/lti/launch"), Map.of(
                "id_token", LaunchClient.field(autoPost.body(), "id_token").orElseThrow(),
                "state", LaunchClient.field(autoPost.body(), "state").orElseThrow()));
        if (launch.statusCode() != 303) {
            throw new AssertionError("practice launch failed: " + launch.statusCode() + " " + launch.body());
        }
        client.forgetCookies();
        return new TestLaunch(client, location(launch));
    }

    public static TestLaunch learner(TestPlatformServer platform, String subject) {
        return as(platform, subject, c -> c);
    }

    /** Where the launch landed, with its token. */
    public String landing() {
        return landing;
    }

    public HttpResponse<String> get(String path) {
        var response = client.get(withToken(path));
        keepFreshToken(response);
        return response;
    }

    /** Posts a form with the CSRF token of the page it came from. */
    public HttpResponse<String> post(String path, String csrf, Map<String, String> form) {
        var fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("csrf", csrf);
        }
        return client.post(withToken(path), fields);
    }

    /** Posts a form whose fields repeat (checkboxes), given as an encoded body. */
    public HttpResponse<String> postEncoded(String path, String body) {
        return client.postRaw(withToken(path), body);
    }

    /** The tool's address of a path with this launch's token, for requests a test sends itself (files). */
    public String url(String path) {
        return withToken(path);
    }

    public static String csrf(HttpResponse<String> page) {
        return LaunchClient.field(page.body(), "csrf").orElseThrow(() -> new AssertionError("no CSRF field"));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String withToken(String path) {
        return ToolUnderTest.toolUrl(path) + (path.contains("?") ? "&" : "?") + "s=" + encode(token);
    }

    private void keepFreshToken(HttpResponse<String> response) {
        var matcher = java.util.regex.Pattern.compile("[?&]s=([A-Za-z0-9_.%-]+)").matcher(response.body());
        if (matcher.find()) {
            token = java.net.URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
        }
    }
}
