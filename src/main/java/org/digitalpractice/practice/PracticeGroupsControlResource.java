package org.digitalpractice.practice;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * Moves someone of a practice course to another team or out of every team, as a lead would in the platform, so
 * that joining and leaving a group can be tried; DELETE puts everyone back. JSON only, like the other controls.
 */
@PracticeOnly
@Path("/practice/control/groups/{course}")
@Produces(MediaType.APPLICATION_JSON)
public class PracticeGroupsControlResource {

    @Inject
    PracticeGroups groups;

    /** {@code {"userId": "...", "groupId": "..." }}; a null or missing groupId takes them out of every team. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("course") String course, JsonObject request) {
        requireCourse(course);
        var userId = request.getString("userId", "");
        var groupId = request.get("groupId") == null || request.get("groupId") == JsonValue.NULL
                ? Optional.<String>empty() : Optional.of(request.getString("groupId"));
        try {
            groups.move(course, userId, groupId);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new WebApplicationException(Response.status(400).entity(Json.createObjectBuilder()
                    .add("error", String.valueOf(e.getMessage())).build().toString())
                    .type(MediaType.APPLICATION_JSON).build());
        }
        return Response.ok(Json.createObjectBuilder().add("userId", userId)
                .add("groupId", groups.groupOf(course, userId).map(PracticeGroups.Group::id).orElse(""))
                .build().toString()).build();
    }

    @DELETE
    public Response reset(@PathParam("course") String course) {
        requireCourse(course);
        groups.reset(course);
        return Response.noContent().build();
    }

    private static void requireCourse(String course) {
        if (PracticeDirectory.councilOfCourse(course).isEmpty()) {
            throw new WebApplicationException(Response.status(404).entity("{\"error\":\"no such course\"}")
                    .type(MediaType.APPLICATION_JSON).build());
        }
    }
}
