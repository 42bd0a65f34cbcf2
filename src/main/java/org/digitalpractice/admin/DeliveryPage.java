package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.admin.signin.ConsoleLayout;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.gradebook.DeliveryReport;
import org.digitalpractice.gradebook.QueuedScore;
import org.digitalpractice.gradebook.ScoreOutbox;
import org.digitalpractice.infrastructure.Audited;
import org.digitalpractice.lti.registration.Registrations;
import org.digitalpractice.web.Templates;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gradebook delivery: how many scores are queued, sent and failed, how old the oldest waiting one is, and each
 * failed score with the platform's reason, to send again once the cause is fixed. Learners are not named: a
 * score is known by its number, its activity and its council.
 */
@SignedIn
@Path("/admin/console/gradebook")
@Produces(MediaType.TEXT_HTML)
public class DeliveryPage {

    static final String SECTION = "gradebook";

    @Inject
    Console console;
    @Inject
    DeliveryReport report;
    @Inject
    ScoreOutbox outbox;
    @Inject
    Registrations registrations;
    @Inject
    Templates templates;

    public record DeliveryView(ConsoleLayout layout, DeliveryReport.Figures figures, List<QueuedScore> failed,
                               Map<Long, String> councils) {
        public String council(Long deploymentRef) {
            return councils.getOrDefault(deploymentRef, "deployment " + deploymentRef);
        }
    }

    @GET
    public String show() {
        var councils = new HashMap<Long, String>();
        registrations.deployments().forEach(d -> councils.put(d.id(), d.councilName()));
        return templates.render("admin/gradebook.jte", new DeliveryView(console.layout("Gradebook delivery", SECTION),
                report.read(), outbox.failed(), councils));
    }

    @POST
    @Path("/{id}/retry")
    @Audited("Sent failed score {id} again")
    public Response retry(@PathParam("id") long id) {
        if (!outbox.requeue(id)) {
            throw Console.notFound("There is no failed score " + id + ": it may have been sent again already.");
        }
        return Response.seeOther(URI.create("/admin/console/gradebook")).build();
    }

    @POST
    @Path("/retry-all")
    @Audited("Sent every failed score again")
    public Response retryAll() {
        outbox.requeueAllFailed();
        return Response.seeOther(URI.create("/admin/console/gradebook")).build();
    }
}
