package org.digitalpractice.admin.signin;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.digitalpractice.infrastructure.ActingAdministrator;
import org.digitalpractice.infrastructure.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Enforces {@link SignedIn} before the page runs. Without a live session a page answers with the way to sign in (a
 * redirect for a page, 401 for a form); with one, anything but a GET must carry the session's CSRF token in its
 * form, or it is refused with 403 and nothing is done. Checking it here, once, means no form of the console can
 * forget it.
 */
@Provider
@SignedIn
@Priority(Priorities.AUTHENTICATION)
public class ConsoleGate implements ContainerRequestFilter {

    /** The session's cookie. */
    public static final String COOKIE = "dp_admin";
    public static final String CSRF_FIELD = "csrf";
    /** The console's forms are small; a larger body is not one of them. */
    static final int LONGEST_FORM = 64 * 1024;

    @Inject
    ConsoleSessions sessions;
    @Inject
    Console console;
    @Inject
    FormGuard guard;
    @Inject
    ActingAdministrator acting;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        var token = Optional.ofNullable(request.getCookies().get(COOKIE)).map(Cookie::getValue).orElse(null);
        var administrator = sessions.find(token);
        var reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (administrator.isEmpty()) {
            if (reading) {
                request.abortWith(Response.seeOther(URI.create("/admin/sign-in"))
                        .header("Set-Cookie", FormGuard.expired(COOKIE)).build());
                return;
            }
            throw new Problem(401, "You are signed out", "Your console session has ended, so nothing was done. "
                    + "Sessions end after a while without activity, and some hours after signing in.",
                    "Sign in again at /admin/sign-in, then try again.");
        }
        if (!reading && !guard.matches(token, csrfField(request))) {
            throw new Problem(403, "This form has expired",
                    "The form was not sent with a valid security token, so nothing was done.",
                    "Go back, reload the page and try again.");
        }
        console.admit(administrator.get(), token);
        acting.signedIn(administrator.get().username(), administrator.get().fullName());
    }

    /** The CSRF field of a form, read without using the body up: the page reads it again. */
    static String csrfField(ContainerRequestContext request) throws IOException {
        if (!MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
            return null;
        }
        var body = request.getEntityStream().readNBytes(LONGEST_FORM + 1);
        if (body.length > LONGEST_FORM) {
            throw new Problem(413, "This form is too large", "The console's forms are never this large, so nothing "
                    + "was done.", "Go back, reload the page and try again.");
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        for (var pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            if (pair.startsWith(CSRF_FIELD + "=")) {
                return URLDecoder.decode(pair.substring(CSRF_FIELD.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
