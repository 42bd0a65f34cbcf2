package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.infrastructure.Public;
import org.digitalpractice.lti.registration.RegistrationStatus;
import org.digitalpractice.lti.dynamic.DynamicRegistration;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

/**
 * The registration URL a learning platform opens (LTI Dynamic Registration 1.0, section 3.3), in a frame or a
 * new window, with the address of its OpenID configuration and a registration token. Public, because the platform
 * has no session with the tool; it does nothing without an unused, unexpired registration link. It ends by telling
 * the platform it has finished (org.imsglobal.lti.close).
 */
@Public
@Path("/lti/register")
public class RegisterPage {

    @Inject
    DynamicRegistration registration;
    @Inject
    Templates templates;

    /** What the page shows the platform administrator. */
    public record Registered(Layout layout, DynamicRegistration.Outcome outcome) {
        public boolean pending() {
            return outcome.status() == RegistrationStatus.PENDING;
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String register(@QueryParam("link") String link,
                           @QueryParam("openid_configuration") String openidConfiguration,
                           @QueryParam("registration_token") String registrationToken) {
        var outcome = registration.register(link, openidConfiguration, registrationToken);
        var title = outcome.status() == RegistrationStatus.PENDING ? "Digital Practice is registered: waiting for approval"
                : "Digital Practice is registered";
        return templates.render("admin/registered.jte", new Registered(Layout.anonymous(title), outcome));
    }
}
