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
import org.digitalpractice.infrastructure.ActingAdministrator;
import org.digitalpractice.infrastructure.Audited;
import org.digitalpractice.infrastructure.Public;
import org.digitalpractice.web.Templates;

import java.net.URI;
import java.util.List;

/**
 * Making the first administrator with the setup token from the server's log. Public, as nobody can sign in yet;
 * it does nothing without a token that only the log shows, and nothing at all once an administrator exists.
 */
@Public
@Path("/admin/setup")
@Produces(MediaType.TEXT_HTML)
public class SetupPage {

    @Inject
    SetupTokens setupTokens;
    @Inject
    Administrators administrators;
    @Inject
    ConsoleSessions sessions;
    @Inject
    FormGuard guard;
    @Inject
    ActingAdministrator acting;
    @Inject
    Templates templates;

    /** The setup form, or ({@code setUp}) the news that the console has an administrator already. */
    public record SetupView(ConsoleLayout layout, NewAdministratorForm form, List<FieldError> errors, boolean setUp) {
        public String error(String field) {
            return FieldError.of(errors, field);
        }
    }

    @GET
    public Response form() {
        var secret = guard.newBrowserSecret();
        var setUp = administrators.count() > 0;
        var view = new SetupView(ConsoleLayout.signedOut(setUp ? "The console is set up" : "Set up the console",
                guard.token(secret)), NewAdministratorForm.empty(), List.of(), setUp);
        return Response.ok(templates.render("admin/setup.jte", view))
                .header("Set-Cookie", FormGuard.cookie(FormGuard.COOKIE, secret)).build();
    }

    /** The first administrator, their session and the audit entry that says how they were made commit together. */
    @POST
    @Audited("Made the first administrator account with a setup token")
    public Response setUp(@CookieParam(FormGuard.COOKIE) String browserSecret, @FormParam("csrf") String csrf,
                          @FormParam("setup-token") String token, @FormParam("username") String username,
                          @FormParam("full-name") String fullName, @FormParam("password") String password,
                          @FormParam("confirmation") String confirmation) {
        guard.require(browserSecret, csrf);
        var form = NewAdministratorForm.of(username, fullName, password, confirmation);
        var errors = new java.util.ArrayList<FieldError>();
        if (token == null || token.isBlank()) {
            errors.add(new FieldError("setup-token", "Enter the setup token from the server's log"));
        }
        errors.addAll(form.errors(PasswordPolicy.standard()));
        if (errors.isEmpty()) {
            try {
                var first = setupTokens.use(token, form);
                acting.signedIn(first.username(), first.fullName());
                return Response.seeOther(URI.create("/admin/console"))
                        .header("Set-Cookie", FormGuard.cookie(ConsoleGate.COOKIE, sessions.open(first)))
                        .header("Set-Cookie", FormGuard.expired(FormGuard.COOKIE))
                        .build();
            } catch (SetupTokens.Refused refused) {
                if (refused.alreadySetUp()) {
                    var view = new SetupView(ConsoleLayout.signedOut("The console is set up", null),
                            NewAdministratorForm.empty(), List.of(), true);
                    return Response.status(409).entity(templates.render("admin/setup.jte", view)).build();
                }
                errors.add(new FieldError("setup-token", refused.getMessage()));
            } catch (Administrators.Refused refused) {
                errors.add(refused.error());
            }
        }
        var view = new SetupView(ConsoleLayout.signedOut("Error: Set up the console", guard.token(browserSecret)),
                form.withoutPasswords(), errors, false);
        return Response.status(errors.stream().anyMatch(e -> e.field().equals("setup-token")
                && !e.message().startsWith("Enter")) ? 403 : 400)
                .entity(templates.render("admin/setup.jte", view)).build();
    }
}
