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

/** Administration: scores that could not be sent, with the reason, and sending one again once the cause is fixed. */
@AdministratorOnly
@Path("/admin/gradebook")
@Produces(MediaType.APPLICATION_JSON)
public class GradebookAdminResource {

    @Inject
    ScoreOutbox outbox;

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
    public Response retry(@PathParam("id") long id) {
        if (!outbox.requeue(id)) {
            return Response.status(404).entity(Json.createObjectBuilder()
                    .add("error", "No failed score with id " + id + ": only failed scores can be sent again.")
                    .build().toString()).build();
        }
        return Response.ok(Json.createObjectBuilder().add("requeued", id).build().toString()).build();
    }
}
