package org.digitalpractice.admin.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Secrets;
import org.digitalpractice.session.LaunchTokens;

import java.time.Clock;
import java.time.Duration;

/**
 * The console's CSRF tokens, made the way the rest of the tool makes them ({@link LaunchTokens#csrfToken}): an
 * HMAC of a secret that only this browser holds. Signed in, that secret is the session's cookie; on the sign-in
 * and setup forms, before any session, it is a random cookie of the form's own, so that no other site can sign a
 * browser in to an account of its choosing.
 */
@ApplicationScoped
public class FormGuard {

    /** The cookie of the sign-in and setup forms. */
    public static final String COOKIE = "dp_admin_form";

    @Inject
    Secrets secrets;
    @Inject
    Clock clock;

    private LaunchTokens tokens() {
        return new LaunchTokens(secrets.secret("admin-console"), clock, Duration.ZERO);
    }

    public String token(String browserSecret) {
        return tokens().csrfToken(browserSecret);
    }

    public boolean matches(String browserSecret, String presented) {
        return browserSecret != null && !browserSecret.isBlank() && tokens().csrfMatches(browserSecret, presented);
    }

    /** The sign-in and setup forms' CSRF check, before any session exists: refused with 403, nothing done. */
    public void require(String browserSecret, String presented) {
        if (!matches(browserSecret, presented)) {
            throw new org.digitalpractice.infrastructure.Problem(403, "This form has expired",
                    "The form was not sent with a valid security token, so nothing was done.",
                    "Open the page again and try again.");
        }
    }

    /** A new secret for a browser that has no session yet. */
    public String newBrowserSecret() {
        return Secrets.randomToken();
    }

    /**
     * A console cookie: for /admin only, never sent by another site (SameSite=Strict), out of reach of scripts,
     * https only. No Max-Age: it goes when the browser closes, and the server ends the session before that anyway.
     */
    public static String cookie(String name, String value) {
        return name + "=" + value + "; Path=/admin; HttpOnly; Secure; SameSite=Strict";
    }

    public static String expired(String name) {
        return name + "=; Path=/admin; Max-Age=0; HttpOnly; Secure; SameSite=Strict";
    }
}
