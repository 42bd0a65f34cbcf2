package org.digitalpractice.learning;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

/** Where a social worker lands after a launch. */
@Path("/learn")
public class LearnerHomePage {

    @Inject
    CurrentSession session;
    @Inject
    Templates templates;

    public record View(Layout layout, String firstName, String platformName) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String home() {
        var viewer = session.require(ToolRole.LEARNER);
        return templates.render("learning/home.jte",
                new View(session.layout("Your learning"), firstName(viewer.person().displayName()),
                        viewer.platformName()));
    }

    static String firstName(String displayName) {
        var trimmed = displayName == null ? "" : displayName.trim();
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(0, space) : trimmed;
    }
}
