package org.digitalpractice.admin.signin;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.Audited;
import org.digitalpractice.infrastructure.Public;
import org.digitalpractice.admin.signin.throttle.SignInThrottle;
import org.digitalpractice.web.Templates;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;

/** Signing in to the console with a username and password, and signing out. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    @Inject
    SignIn signIn;
    @Inject
    Administrators administrators;
    @Inject
    FormGuard guard;
    @Inject
    Console console;
    @Inject
    ConsoleSessions sessions;
    @Inject
    SignInThrottle throttle;
    @Inject
    java.time.Clock clock;
    @Inject
    Templates templates;

    /** What the sign-in page shows; {@code setUp} is false while the console has no administrator. */
    public record SignInView(ConsoleLayout layout, String username, List<FieldError> errors, String hint,
                             boolean setUp) {
    }

    @GET
    @Public
    @Path("/sign-in")
    public Response form() {
        var secret = guard.newBrowserSecret();
        var view = new SignInView(ConsoleLayout.signedOut("Sign in to the console", guard.token(secret)), "",
                List.of(), signIn.lockout().hint(), administrators.count() > 0);
        return Response.ok(templates.render("admin/sign-in.jte", view))
                .header("Set-Cookie", FormGuard.cookie(FormGuard.COOKIE, secret)).build();
    }

    @POST
    @Public
    @Path("/sign-in")
    public Response signIn(@CookieParam(FormGuard.COOKIE) String browserSecret, @FormParam("csrf") String csrf,
                           @FormParam("username") String username, @FormParam("password") String password,
                           @Context HttpServletRequest http) {
        guard.require(browserSecret, csrf);
        var errors = new ArrayList<FieldError>();
        if (username == null || username.isBlank()) {
            errors.add(new FieldError("username", "Enter your username"));
        }
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError("password", "Enter your password"));
        }
        var refusedUntil = errors.isEmpty() ? throttle.refusedUntil(http.getRemoteAddr()) : Optional.<Instant>empty();
        if (refusedUntil.isPresent()) {
            return throttled(browserSecret, username, refusedUntil.get());
        }
        if (errors.isEmpty()) {
            var session = signIn.attempt(username, password, http.getRemoteAddr());
            if (session.isPresent()) {
                return Response.seeOther(URI.create("/admin/console"))
                        .header("Set-Cookie", FormGuard.cookie(ConsoleGate.COOKIE, session.get()))
                        .header("Set-Cookie", FormGuard.expired(FormGuard.COOKIE))
                        .build();
            }
            errors.add(new FieldError("username", "The username or password is not right. "
                    + signIn.lockout().hint()));
        }
        var shown = username == null ? "" : username.strip();
        var view = new SignInView(ConsoleLayout.signedOut("Error: Sign in to the console",
                guard.token(browserSecret)), shown.length() > 64 ? "" : shown, errors, signIn.lockout().hint(),
                true);
        return Response.status(errors.get(0).message().startsWith("Enter") ? 400 : 401)
                .entity(templates.render("admin/sign-in.jte", view)).build();
    }

    /**
     * Too many failures from this address, or from everyone: 429 with Retry-After, and a page that says how long to
     * wait. The NCSC's advice prefers throttling that people can see to silent refusals, and the GOV.UK Design
     * System's error messages say what happened and what to do. Saying so gives nothing away: the throttle counts
     * every name alike and is checked before the name is, so the answer is the same whether it has an account.
     */
    private Response throttled(String browserSecret, String username, Instant until) {
        var seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds() + 1);
        var minutes = (seconds + 59) / 60;
        var errors = List.of(new FieldError("username", "Too many sign-ins have failed recently. Wait "
                + minutes + (minutes == 1 ? " minute" : " minutes") + ", then try again."));
        var shown = username == null ? "" : username.strip();
        var view = new SignInView(ConsoleLayout.signedOut("Error: Sign in to the console",
                guard.token(browserSecret)), shown.length() > 64 ? "" : shown, errors, signIn.lockout().hint(), true);
        return Response.status(429).header("Retry-After", String.valueOf(seconds))
                .entity(templates.render("admin/sign-in.jte", view)).build();
    }

    @POST
    @SignedIn
    @Path("/sign-out")
    @Audited("Signed out of the console")
    public Response signOut() {
        sessions.close(console.sessionToken());
        return Response.seeOther(URI.create("/admin/sign-in"))
                .header("Set-Cookie", FormGuard.expired(ConsoleGate.COOKIE)).build();
    }
}
