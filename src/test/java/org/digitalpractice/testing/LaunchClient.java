package org.digitalpractice.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client that behaves like one browser in an LTI launch: it follows no redirect by itself, and keeps the
 * tool's binding cookie by hand, because Java's cookie store will not send a Secure cookie over plain HTTP.
 */
public final class LaunchClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            // As browsers do over plain http: no h2c upgrade, which costs the server a second protocol.
            .version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public HttpResponse<String> post(String url, Map<String, String> form) {
        return post(url, form, Map.of());
    }

    public HttpResponse<String> post(String url, Map<String, String> form, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        headers.forEach(builder::header);
        return send(builder);
    }

    /** Posts an already encoded form body, for fields that repeat. */
    public HttpResponse<String> postRaw(String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public void forgetCookies() {
        cookies.clear();
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(header -> {
                var pair = header.split(";", 2)[0];
                var eq = pair.indexOf('=');
                if (header.contains("Max-Age=0")) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("expected a redirect, got " + response.statusCode()));
    }

    public static Map<String, String> query(String url) {
        var result = new LinkedHashMap<String, String>();
        var query = URI.create(url).getRawQuery();
        if (query != null) {
            for (var pair : query.split("&")) {
                var eq = pair.indexOf('=');
                result.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return result;
    }

    /** The value of a hidden form field in an HTML page. */
    public static Optional<String> field(String html, String name) {
        var matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        return matcher.find() ? Optional.of(unescape(matcher.group(1))) : Optional.empty();
    }

    /**
     * Starts the login that a practice launch page asks for, as a browser would: posts its login form (Moodle
     * posts login initiation) or follows its link to the tool's login (the others redirect).
     */
    public HttpResponse<String> initiateLogin(String launchPage) {
        var form = Pattern.compile("<form id=\"login-initiation\" method=\"post\" action=\"([^\"]+)\"(.*?)</form>",
                Pattern.DOTALL).matcher(launchPage);
        if (form.find()) {
            var fields = new java.util.LinkedHashMap<String, String>();
            var input = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(form.group(2));
            while (input.find()) {
                fields.put(input.group(1), unescape(input.group(2)));
            }
            return post(unescape(form.group(1)), fields);
        }
        var login = ToolUnderTest.toolUrl("/lti/login?");
        var from = launchPage.indexOf(login);
        if (from < 0) {
            throw new AssertionError("the practice launch page starts no login: " + launchPage);
        }
        return get(unescape(launchPage.substring(from, launchPage.indexOf('"', from))));
    }

    /** The text of the element with this id, as the error page shows it. */
    public static Optional<String> text(String html, String id) {
        var matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\">([^<]*)<").matcher(html);
        return matcher.find() ? Optional.of(unescape(matcher.group(1))) : Optional.empty();
    }

    static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#x2F;", "/").replace("&#34;", "\"").replace("&amp;", "&");
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
