package org.digitalpractice.practice.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.practice.PracticeDirectory;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeRegistrations;
import org.digitalpractice.practice.PracticeSwitch;

import java.net.URI;
import java.util.LinkedHashMap;

/**
 * "Install Digital Practice by URL" for Riverside, the practice council with no registration file: as Moodle's
 * Manage tools page does, it takes the tool's registration URL, issues a registration token, and opens the URL in
 * a frame with the address of its OpenID configuration and the token. The tool posts org.imsglobal.lti.close when
 * it has finished.
 */
@PracticeOnly
@Path("/practice/dynamic")
public class PracticeInstallPage {

    @Inject
    PracticeSwitch practice;
    @Inject
    PracticeRegistrations registrations;
    @Inject
    Templates templates;

    public record Install(Layout layout, PracticeDirectory.Council council) {
    }

    public record Installing(Layout layout, PracticeDirectory.Council council, String registrationUrl,
                             String toolOrigin) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String form() {
        return templates.render("practice/install.jte", new Install(
                Layout.practice("Install Digital Practice by URL"), council()));
    }

    @GET
    @Path("/install")
    @Produces(MediaType.TEXT_HTML)
    public String install(@QueryParam("registration_url") String registrationUrl) {
        var url = toolRegistrationUrl(registrationUrl);
        var params = new LinkedHashMap<String, String>();
        params.put("openid_configuration", practice.url(PracticeRegistrations.ISSUER_PATH
                + "/.well-known/openid-configuration"));
        params.put("registration_token", registrations.issueToken());
        return templates.render("practice/installing.jte", new Installing(
                Layout.practice("Installing Digital Practice"), council(),
                PracticeLaunchPage.withQuery(url.toString(), params).toString(), practice.toolOrigin()));
    }

    private static URI toolRegistrationUrl(String text) {
        try {
            var url = URI.create(String.valueOf(text).trim());
            if (url.getHost() != null && ("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // Refused below, with what to do.
        }
        throw Problem.badRequest("Enter the tool's registration URL, the whole address the tool's administrators gave "
                + "you, starting with https://.", "Go back and paste the registration URL.");
    }

    private static PracticeDirectory.Council council() {
        return PracticeDirectory.council(PracticeRegistrations.COUNCIL).orElseThrow();
    }
}
