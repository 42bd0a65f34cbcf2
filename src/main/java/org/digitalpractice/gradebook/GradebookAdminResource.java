package org.digitalpractice.gradebook;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.AdministratorOnly;
import org.digitalpractice.infrastructure.Audited;

/** Administration: scores that could not be sent, with the reason, and sending one again once the cause is fixed. */
@AdministratorOnly
@Path("/admin/gradebook")
@Produces(MediaType.APPLICATION_JSON)
public class GradebookAdminResource {

    @Inject
    ScoreOutbox outbox;
    @Inject
    DeliveryReport report;

    /** The counts the console shows: queued, waiting for their registration, sent, superseded, failed. */
    @GET
    public String figures() {
        var figures = report.read();
        var json = Json.createObjectBuilder()
                .add("queued", figures.queued())
                .add("waitingForRegistration", figures.waitingForApproval())
                .add("sent", figures.sent())
                .add("superseded", figures.superseded())
                .add("failed", figures.failed());
        figures.oldestWaiting().ifPresentOrElse(at -> json.add("oldestWaiting", at.toString()),
                () -> json.addNull("oldestWaiting"));
        return json.build().toString();
    }

    @POST
    @Path("/retry-all")
    @Audited("Sent every failed score again")
    public String retryAll() {
        return Json.createObjectBuilder().add("requeued", outbox.requeueAllFailed()).build().toString();
    }

    @GET
    @Path("/failed")
    public String failed() {
        var rows = Json.createArrayBuilder();
        outbox.failed().forEach(row -> rows.add(Json.createObjectBuilder()
                .add("id", row.id())
                .add("deployment", row.deploymentRef())
                .add("activity", row.label())
                .add("userId", row.userId())
                .add("attempts", row.attempts())
                .add("reason", row.lastError().orElse(""))
                .add("createdAt", row.createdAt().toString())));
        return Json.createObjectBuilder().add("failed", rows).build().toString();
    }

    @POST
    @Path("/{id}/retry")
    @Audited("Sent failed score {id} again")
    public Response retry(@PathParam("id") long id) {
        if (!outbox.requeue(id)) {
            return Response.status(404).entity(Json.createObjectBuilder()
                    .add("error", "No failed score with id " + id + ": only failed scores can be sent again.")
                    .build().toString()).build();
        }
        return Response.ok(Json.createObjectBuilder().add("requeued", id).build().toString()).build();
    }
}
