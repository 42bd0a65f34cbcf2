package org.digitalpractice.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** JAX-RS errors (404, 405, 415...) and unexpected failures still get a readable page and a reference. */
@Provider
public class UnexpectedErrorPage implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorPage.class.getName());

    @Inject
    Templates templates;

    @Override
    public Response toResponse(Exception exception) {
        var reference = UUID.randomUUID().toString().substring(0, 8);
        int status;
        String title;
        String detail;
        String next;
        if (exception instanceof WebApplicationException web && web.getResponse().hasEntity()) {
            // A service endpoint that already said what was wrong, in its own media type.
            return web.getResponse();
        }
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            status = web.getResponse().getStatus();
            title = status == 404 ? "Page not found" : "There is a problem with this request";
            detail = status == 404 ? "There is no page at this address."
                    : status == 405 ? "This address does not accept that kind of request."
                    : "The request could not be accepted (" + exception.getMessage() + ").";
            next = "Go back to your learning platform and open Digital Practice again.";
            LOG.log(Level.INFO, "[{0}] {1}: {2}", new Object[]{reference, status, exception.getMessage()});
        } else {
            status = 500;
            title = "Sorry, there is a problem with the service";
            detail = "Something went wrong on our side. Nothing you have saved has been lost.";
            next = "Try again in a few minutes. If it keeps happening, contact your support team.";
            LOG.log(Level.SEVERE, "[" + reference + "] unexpected failure", exception);
        }
        var view = new ProblemView(Layout.anonymous("Error: " + title), title, detail, next, reference);
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("X-Correlation-Id", reference)
                .entity(templates.render("error.jte", view))
                .build();
    }
}
