package org.digitalpractice.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.digitalpractice.infrastructure.Problem;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every {@link Problem} becomes a GOV.UK error page with its status, and one log line with its reference. */
@Provider
public class ProblemPage implements ExceptionMapper<Problem> {

    private static final Logger LOG = Logger.getLogger(ProblemPage.class.getName());

    @Inject
    Templates templates;
    /** Features that count their refusals (a launch's, for the operators' metrics) observe the problem shown. */
    @Inject
    jakarta.enterprise.event.Event<Problem> shown;

    @Override
    public Response toResponse(Problem problem) {
        LOG.log(Level.WARNING, "[{0}] {1} {2}: {3}",
                new Object[]{problem.correlationId(), problem.status(), problem.title(), problem.detail()});
        shown.fire(problem);
        var view = new ProblemView(Layout.anonymous("Error: " + problem.title()), problem.title(), problem.detail(),
                problem.nextStep(), problem.correlationId());
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("X-Correlation-Id", problem.correlationId())
                .entity(templates.render("error.jte", view))
                .build();
    }
}
