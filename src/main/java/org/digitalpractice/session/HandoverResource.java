package org.digitalpractice.session;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.infrastructure.Secrets;
import org.digitalpractice.infrastructure.Settings;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.infrastructure.Public;

import java.util.Arrays;
import java.util.Optional;

/**
 * The new window's side of {@link NewWindowHandovers}: it shows who the launch is for, and opens the session
 * when the person confirms. The confirmation form is bound to this window by a cookie (first-party here, so
 * browsers keep it) and to the code by an HMAC, and the page may not be framed, so no other site can post it or
 * steal the click.
 */
@Public
@Path("/lti/handover")
public class HandoverResource {

    static final String COOKIE = "dp_handover";

    @Inject
    NewWindowHandovers handovers;
    @Inject
    CurrentSession currentSession;
    @Inject
    Templates templates;
    @Inject
    Settings settings;

    @Context
    HttpServletRequest request;

    public record ConfirmPage(Layout layout, NewWindowHandovers.Pending pending, String code, String confirmToken) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirmation(@FormParam("code") String code) {
        var pending = handovers.pending(code).orElseThrow(HandoverResource::gone);
        var binder = Secrets.randomToken();
        var page = new ConfirmPage(Layout.anonymous("Is this you?"), pending, code, confirmToken(code, binder));
        return Response.ok(templates.render("lti/handover-confirm.jte", page))
                .header("Set-Cookie", COOKIE + "=" + binder + "; Path=/lti/handover; Max-Age="
                        + NewWindowHandovers.LIFETIME.toSeconds() + "; HttpOnly; Secure; SameSite=Strict")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@FormParam("code") String code, @FormParam("confirm") String confirm) {
        var binder = cookie().orElseThrow(() -> notThisWindow("the confirmation came without this window's cookie"));
        if (code == null || !currentSession.tokens().csrfMatches("handover:" + code + ":" + binder, confirm)) {
            throw notThisWindow("the confirmation does not belong to the code it was sent with");
        }
        var opened = handovers.complete(code).orElseThrow(HandoverResource::gone);
        return LaunchResource.enter(opened, currentSession, settings);
    }

    private String confirmToken(String code, String binder) {
        return currentSession.tokens().csrfToken("handover:" + code + ":" + binder);
    }

    private Optional<String> cookie() {
        var cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(c -> c.getValue()).findFirst();
    }

    private static Problem gone() {
        return new Problem(410, "This link has already been used or has expired",
                "A link to continue in a new window works once, for " + NewWindowHandovers.LIFETIME.toMinutes()
                        + " minutes, so that nobody else can use it.",
                "Go back to your learning platform and open the activity again.");
    }

    private static Problem notThisWindow(String why) {
        return new Problem(403, "This confirmation was not sent from its own page",
                "Digital Practice did not open your session, because " + why + ".",
                "Go back to your learning platform and open the activity again.");
    }
}
