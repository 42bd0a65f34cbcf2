package org.digitalpractice.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.infrastructure.Settings;
import org.digitalpractice.infrastructure.Public;

/** The front page, for someone who opens the tool's address directly rather than from a learning platform. */
@Public
@Path("/")
public class IndexPage {

    @Inject
    Settings settings;
    @Inject
    Templates templates;

    public record View(Layout layout, boolean practiceEnabled, String practiceStart, String toolUrl) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String index() {
        return templates.render("index.jte", new View(Layout.anonymous("Welcome"), settings.practiceEnabled(),
                settings.practiceUrl() + "/practice", settings.baseUrl().toString()));
    }
}
