package org.digitalpractice.practice.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.web.Templates;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeSwitch;

/**
 * The hidden frame that keeps an embedded launch's values for a Canvas-profile council, as Canvas's
 * post_message_forwarding frame does: a sibling of the tool's frame, on the platform's own origin. The launch page
 * itself answers nothing there, so a tool that posts to its parent instead is not believed.
 */
@PracticeOnly
@Path("/practice/storage-frame")
public class PracticeStorageFrame {

    @Inject
    PracticeSwitch practice;
    @Inject
    Templates templates;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String frame() {
        return templates.render("practice/storage-frame.jte", practice.toolOrigin());
    }
}
