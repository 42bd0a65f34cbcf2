package org.digitalpractice.catalogue;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

/** Where a trainer lands after a launch. */
@Path("/author")
public class TrainerHomePage {

    @Inject
    CurrentSession session;
    @Inject
    Templates templates;

    public record View(Layout layout, String platformName) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String home() {
        var viewer = session.require(ToolRole.TRAINER);
        return templates.render("catalogue/home.jte", new View(session.layout("Training content"),
                viewer.platformName()));
    }
}
