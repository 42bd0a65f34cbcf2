package org.digitalpractice.insight;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

/** Where a learning lead lands after a launch. */
@Path("/insight")
public class LeadHomePage {

    @Inject
    CurrentSession session;
    @Inject
    Templates templates;

    public record View(Layout layout, String courseTitle, String councilName) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String home() {
        var viewer = session.require(ToolRole.LEAD);
        return templates.render("insight/home.jte", new View(session.layout("Team overview"),
                viewer.courseTitle(), viewer.councilName()));
    }
}
