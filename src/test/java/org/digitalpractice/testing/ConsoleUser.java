package org.digitalpractice.testing;

import org.digitalpractice.infrastructure.Hashes;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An administrator using the console over HTTP, as a browser would: it keeps the console's cookies and sends the
 * CSRF token of the last page with every form. The first administrator is made once per run, with a setup token
 * of the test's own put where a node's start would put one.
 */
public final class ConsoleUser {

    public static final String FIRST = "it-first";
    public static final String FIRST_NAME = "IT First";
    public static final String PASSWORD = "window kettle ferry lamp";

    private final LaunchClient client = new LaunchClient();
    private String csrf;

    /** Makes the first administrator with a new setup token, unless it exists; answers the setup's response. */
    public static synchronized void ensureFirstAdministrator() {
        if (count("select count(*) from administrator where username = ?", FIRST) == 0) {
            var token = newSetupToken();
            var response = setUp(new LaunchClient(), token, FIRST, FIRST_NAME, PASSWORD);
            assertEquals(303, response.statusCode(), response.body());
        }
    }

    /** A setup token as a node that starts with no administrator stores it (the node prints the token itself). */
    public static String newSetupToken() {
        var token = "it-setup-" + UUID.randomUUID();
        update("insert into administrator_setup (token_hash, created_at) values (?, ?)", Hashes.sha256(token),
                Timestamp.from(Instant.now()));
        return token;
    }

    /** Fills in and sends the setup page, as someone who read the token in the log. */
    public static HttpResponse<String> setUp(LaunchClient browser, String token, String username, String fullName,
                                             String password) {
        return sendSetup(browser, openSetup(browser), token, username, fullName, password);
    }

    /** Opens the setup page; answers its form's CSRF token (empty once the console is set up). */
    public static String openSetup(LaunchClient browser) {
        return LaunchClient.field(browser.get(ToolUnderTest.toolUrl("/admin/setup")).body(), "csrf").orElse("");
    }

    /** Sends the setup form opened earlier. */
    public static HttpResponse<String> sendSetup(LaunchClient browser, String csrf, String token, String username,
                                                 String fullName, String password) {
        var form = new LinkedHashMap<String, String>();
        form.put("csrf", csrf);
        form.put("setup-token", token);
        form.put("full-name", fullName);
        form.put("username", username);
        form.put("password", password);
        form.put("confirmation", password);
        return browser.post(ToolUnderTest.toolUrl("/admin/setup"), form);
    }

    /** The first administrator, signed in. */
    public static ConsoleUser first() {
        ensureFirstAdministrator();
        return signIn(FIRST, PASSWORD);
    }

    public static ConsoleUser signIn(String username, String password) {
        var user = new ConsoleUser();
        var response = user.trySignIn(username, password);
        assertEquals(303, response.statusCode(), "signed in as " + username + ": " + response.body());
        assertEquals("/admin/console", java.net.URI.create(LaunchClient.location(response)).getPath());
        return user;
    }

    /** A browser that has not signed in. */
    public static ConsoleUser signedOut() {
        return new ConsoleUser();
    }

    public HttpResponse<String> trySignIn(String username, String password) {
        var page = client.get(ToolUnderTest.toolUrl("/admin/sign-in"));
        return client.post(ToolUnderTest.toolUrl("/admin/sign-in"), Map.of(
                "csrf", LaunchClient.field(page.body(), "csrf").orElse(""),
                "username", username, "password", password));
    }

    /** A console page; its CSRF token is kept for the next form. */
    public HttpResponse<String> get(String path) {
        var page = client.get(ToolUnderTest.toolUrl(path));
        LaunchClient.field(page.body(), "csrf").ifPresent(token -> csrf = token);
        return page;
    }

    /** Sends a form with the CSRF token of the last page (opening the console's overview first if none was). */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        if (csrf == null) {
            get("/admin/console");
        }
        var withToken = new LinkedHashMap<>(form);
        withToken.put("csrf", csrf);
        var response = client.post(ToolUnderTest.toolUrl(path), withToken);
        LaunchClient.field(response.body(), "csrf").ifPresent(token -> csrf = token);
        return response;
    }

    public HttpResponse<String> post(String path) {
        return post(path, Map.of());
    }

    /** Sends a form exactly as given, CSRF token or not. */
    public HttpResponse<String> postAsIs(String path, Map<String, String> form) {
        return client.post(ToolUnderTest.toolUrl(path), form);
    }

    public LaunchClient client() {
        return client;
    }

    public static long count(String sql, Object... parameters) {
        try (var connection = ToolUnderTest.connect(); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void update(String sql, Object... parameters) {
        try (var connection = ToolUnderTest.connect(); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            query.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
