package org.digitalpractice.admin.signin;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.admin.audit.AuditLog;
import org.digitalpractice.infrastructure.Public;
import org.digitalpractice.web.Templates;

import java.net.URI;
import java.util.ArrayList;
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
    AuditLog audit;
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
                           @FormParam("username") String username, @FormParam("password") String password) {
        guard.require(browserSecret, csrf);
        var errors = new ArrayList<FieldError>();
        if (username == null || username.isBlank()) {
            errors.add(new FieldError("username", "Enter your username"));
        }
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError("password", "Enter your password"));
        }
        if (errors.isEmpty()) {
            var session = signIn.attempt(username, password);
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

    @POST
    @SignedIn
    @Path("/sign-out")
    public Response signOut() {
        var who = console.administrator();
        sessions.close(console.sessionToken());
        audit.record(who.fullName() + " (" + who.username() + ")", "Signed out of the console");
        return Response.seeOther(URI.create("/admin/sign-in"))
                .header("Set-Cookie", FormGuard.expired(ConsoleGate.COOKIE)).build();
    }
}
