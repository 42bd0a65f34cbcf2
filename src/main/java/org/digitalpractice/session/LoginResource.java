package org.digitalpractice.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.lti.launch.LoginInitiation;
import org.digitalpractice.lti.launch.LoginRedirect;
import org.digitalpractice.lti.launch.LoginRequest;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.infrastructure.Public;

/**
 * OIDC login initiation, by GET (Blackboard) or POST. Replies with a redirect to the platform, or, when the platform
 * offers LTI platform storage, with a page that first stores the browser binding there.
 */
@Public
@Path("/lti/login")
public class LoginResource {

    @Inject
    LoginInitiation login;
    @Inject
    Templates templates;
    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest request;

    /** The model of the page that stores the binding in platform storage before going on to the platform. */
    public record StoragePage(Layout layout, String authorisationRequest, String storageTarget,
                              String platformOrigin, String key, String value) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response byGet(@QueryParam("iss") String iss, @QueryParam("login_hint") String loginHint,
                          @QueryParam("target_link_uri") String target,
                          @QueryParam("lti_message_hint") String messageHint,
                          @QueryParam("client_id") String clientId,
                          @QueryParam("lti_deployment_id") String deploymentId,
                          @QueryParam("lti_storage_target") String storageTarget) {
        return start(LoginRequest.of(iss, loginHint, target, messageHint, clientId, deploymentId, storageTarget));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response byPost(@FormParam("iss") String iss, @FormParam("login_hint") String loginHint,
                           @FormParam("target_link_uri") String target,
                           @FormParam("lti_message_hint") String messageHint,
                           @FormParam("client_id") String clientId,
                           @FormParam("lti_deployment_id") String deploymentId,
                           @FormParam("lti_storage_target") String storageTarget) {
        return start(LoginRequest.of(iss, loginHint, target, messageHint, clientId, deploymentId, storageTarget));
    }

    private Response start(LoginRequest request) {
        LoginRedirect redirect = login.start(request);
        var state = redirect.state();
        var cookie = Cookies.embedded(state.bindingCookieName(), redirect.binding(), "/lti", BINDING_SECONDS);
        var response = state.storageTarget().isPresent()
                ? Response.ok(templates.render("lti/login-storage.jte", new StoragePage(
                        Layout.anonymous("Opening Digital Practice"), redirect.authorisationRequest().toString(),
                        state.storageTarget().get(), redirect.platformOrigin(), state.storageKey(),
                        redirect.binding())))
                : Response.status(302).location(redirect.authorisationRequest());
        abandonedBindings().forEach(name -> response.header("Set-Cookie", Cookies.expired(name, "/lti")));
        return response.header("Set-Cookie", cookie).header("Cache-Control", "no-store").build();
    }

    /** A login's binding lives long enough for the platform to answer; Moodle's id_token itself lives 60 s. */
    static final long BINDING_SECONDS = 300;
    /** More bindings than this in one browser are logins it abandoned; parallel tabs never hold so many. */
    static final int MOST_BINDINGS = 8;

    /**
     * A browser that starts many logins and finishes none (a link clicked again and again) would pile up binding
     * cookies until its request headers are too large for any server. Once it holds more than a few, they go.
     */
    private java.util.List<String> abandonedBindings() {
        var cookies = request.getCookies();
        if (cookies == null) {
            return java.util.List.of();
        }
        var bindings = java.util.Arrays.stream(cookies).map(jakarta.servlet.http.Cookie::getName)
                .filter(name -> name.startsWith(Cookies.BINDING_PREFIX)).distinct().toList();
        return bindings.size() >= MOST_BINDINGS ? bindings : java.util.List.of();
    }
}
