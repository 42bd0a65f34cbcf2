package org.digitalpractice.retention;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.AdministratorOnly;
import org.digitalpractice.infrastructure.Audited;

/**
 * Administration: run retention now and see what it removed, in counts. A run within the last hour (on any node)
 * makes this one do nothing, as the schedule would.
 */
@AdministratorOnly
@Path("/admin/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionAdminResource {

    @Inject
    Retention retention;

    @POST
    @Audited(value = "Started a retention run", inSteps = true)
    @Path("/run")
    public Response run() {
        try {
            return Response.ok(retention.run().json()).build();
        } catch (IllegalArgumentException badSetting) {
            return Response.serverError().entity(Json.createObjectBuilder()
                    .add("error", badSetting.getMessage()).build().toString()).build();
        }
    }
}
