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
import org.digitalpractice.infrastructure.Settings;
import org.digitalpractice.lti.registration.Deployment;
import org.digitalpractice.lti.launch.LaunchContext;
import org.digitalpractice.lti.launch.LaunchRejected;
import org.digitalpractice.lti.launch.LaunchValidator;
import org.digitalpractice.lti.launch.LoginInitiation;
import org.digitalpractice.lti.launch.LoginState;
import org.digitalpractice.lti.launch.LoginStates;
import org.digitalpractice.lti.keys.PlatformKeys;
import org.digitalpractice.lti.registration.Registrations;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.infrastructure.Public;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Optional;
import java.util.function.Function;

/**
 * The launch: the platform form-posts the id_token here. The browser proves it started the login (binding
 * cookie, or the value kept in platform storage), the token is validated, and a session is opened.
 */
@Public
@Path("/lti/launch")
public class LaunchResource {

    @Inject
    LoginInitiation login;
    @Inject
    Registrations registrations;
    @Inject
    PlatformKeys platformKeys;
    @Inject
    LaunchSessions sessions;
    @Inject
    NewWindowHandovers handovers;
    @Inject
    CurrentSession currentSession;
    @Inject
    Templates templates;
    @Inject
    Settings settings;
    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    /** The page that fetches the binding from platform storage, then posts the launch on. */
    public record StoragePage(Layout layout, String idToken, String state, String storageTarget,
                              String platformOrigin, String key) {
    }

    /** The iframe's offer to continue in a new window, holding the single-use code that hands the launch over. */
    public record NewWindowPage(Layout layout, String code, long minutes) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String stateParam,
                           @FormParam("error") String error, @FormParam("error_description") String description) {
        if (error != null) {
            throw new LaunchRejected("the platform answered the login with error '" + error + "'"
                    + (description == null ? "" : ": " + description));
        }
        var state = login.states().open(stateParam);
        var cookie = cookie(state.bindingCookieName());
        if (cookie.isPresent()) {
            LoginStates.checkBinding(state, cookie.get());
            // The binding did its work: drop it, so that a browser's cookies do not grow with every launch.
            return Response.fromResponse(complete(idToken, state))
                    .header("Set-Cookie", Cookies.expired(state.bindingCookieName(), "/lti")).build();
        }
        if (state.storageTarget().isPresent()) {
            var registration = login.registrationOf(state).orElseThrow(() ->
                    new LaunchRejected("the platform of this launch is no longer registered"));
            var page = new StoragePage(Layout.anonymous("Opening Digital Practice"), idToken, stateParam,
                    state.storageTarget().get(), origin(registration.authUrl()), state.storageKey());
            return Response.ok(templates.render("lti/launch-storage.jte", page))
                    .header("Cache-Control", "no-store").build();
        }
        return offerNewWindow(idToken, state);
    }

    /**
     * Platform storage was offered but could not be read (or JavaScript is off): our own page posts the launch
     * here to continue in a new window instead.
     */
    @POST
    @Path("/new-window")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response newWindow(@FormParam("id_token") String idToken, @FormParam("state") String stateParam) {
        requireOwnPage("continued in a new window");
        return offerNewWindow(idToken, login.states().open(stateParam));
    }

    /** Validates the launch here, in the iframe, and offers the code that lets a new window take it over. */
    private Response offerNewWindow(String idToken, LoginState state) {
        var valid = validate(idToken, state);
        var code = handovers.offer(valid.launch(), state, valid.deployment(), valid.launch().expiresAt());
        return Response.ok(templates.render("lti/new-window.jte",
                        new NewWindowPage(Layout.anonymous("Open Digital Practice in a new window"), code,
                                NewWindowHandovers.LIFETIME.toMinutes())))
                .header("Cache-Control", "no-store").build();
    }

    /** The second half of a launch whose binding came from platform storage, posted by our own page only. */
    @POST
    @Path("/verified")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response verified(@FormParam("id_token") String idToken, @FormParam("state") String stateParam,
                             @FormParam("binding") String binding) {
        requireOwnPage("continued");
        var state = login.states().open(stateParam);
        LoginStates.checkBinding(state, binding);
        return complete(idToken, state);
    }

    private void requireOwnPage(String how) {
        var origin = request.getHeader("Origin");
        var ours = origin(settings.baseUrl());
        if (origin == null || !origin.equals(ours)) {
            throw new LaunchRejected(403, "the launch was " + how + " from '" + origin
                    + "', not from this tool's own page (" + ours + ")");
        }
    }

    private record Validated(LaunchContext launch, Deployment deployment) {
    }

    private Validated validate(String idToken, LoginState state) {
        var registration = login.registrationOf(state).orElseThrow(() ->
                new LaunchRejected("no platform is registered with issuer '" + state.issuer() + "' and client_id '"
                        + state.clientId() + "'"));
        // Switched off between the login and the launch: refused here too.
        registration.requireActive();
        var validator = new LaunchValidator(clock, settings.baseUrl());
        var known = new HashMap<String, Optional<Deployment>>();
        Function<String, Optional<Deployment>> deploymentOf =
                id -> known.computeIfAbsent(id, d -> registrations.deployment(registration, d));
        var expectation = new LaunchValidator.Expectation(registration.issuer(), registration.clientId(),
                state.nonce(), state.loginDeploymentId(),
                id -> deploymentOf.apply(id).isPresent() || registration.acceptsNewDeployments());
        var launch = validator.validate(idToken, expectation, platformKeys.of(registration));
        var deployment = deploymentOf.apply(launch.deploymentId());
        if (deployment.isEmpty()) {
            try {
                registrations.addDeployment(registration.issuer(), registration.clientId(), launch.deploymentId(),
                        "Deployment " + launch.deploymentId());
            } catch (RuntimeException lostRace) {
                // Another first launch from the new deployment added it at the same moment: use theirs.
            }
            deployment = registrations.deployment(registration, launch.deploymentId());
        }
        return new Validated(launch, deployment.orElseThrow());
    }

    private Response complete(String idToken, LoginState state) {
        var valid = validate(idToken, state);
        return enter(sessions.open(valid.launch(), state, valid.deployment(), valid.launch().expiresAt()),
                currentSession, settings);
    }

    /** Sends the browser into its new session: the token in the URL, and the session cookie where it is kept. */
    static Response enter(LaunchSessions.Opened opened, CurrentSession currentSession, Settings settings) {
        var token = currentSession.tokens().issue(opened.sessionSecret());
        var destination = opened.destination() + (opened.destination().contains("?") ? "&" : "?")
                + CurrentSession.TOKEN_PARAM + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create(destination))
                .header("Set-Cookie", Cookies.embedded(CurrentSession.COOKIE, token, "/",
                        settings.launchTokenLifetime().toSeconds()))
                .header("Cache-Control", "no-store")
                .build();
    }

    private Optional<String> cookie(String name) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(c -> c.getValue()).findFirst();
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
