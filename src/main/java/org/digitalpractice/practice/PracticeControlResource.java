package org.digitalpractice.practice;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.Set;

/**
 * Tells the practice platform to misbehave, and reports what the tool asked of it. JSON only, so a cross-site
 * form cannot reach it. It exists only while the practice platform is on, which is never in production.
 */
@PracticeOnly
@Path("/practice/control")
@Produces(MediaType.APPLICATION_JSON)
public class PracticeControlResource {

    static final Set<String> STATUSES = Set.of("Active", "Inactive", "Deleted");

    @Inject
    PracticeFaults faults;
    @Inject
    PracticeRoster roster;
    @Inject
    PracticeGradebook gradebook;
    @Inject
    PracticeProfiles profiles;

    @POST
    @Path("/faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fault(JsonObject request) {
        switch (request.getString("kind", "")) {
            case "none" -> faults.clear();
            case "unavailable" -> faults.unavailableFor(Duration.ofSeconds(request.getInt("seconds", 30)));
            case "slow" -> faults.slowFor(Duration.ofSeconds(request.getInt("seconds", 30)), request.getInt("delay", 20));
            case "unauthorised-once" -> faults.unauthorisedOnce();
            case "rate-limited" -> faults.rateLimited(request.getInt("calls", 1), request.getInt("retryAfter", 2));
            default -> throw bad("kind must be none, unavailable, slow, unauthorised-once or rate-limited");
        }
        return stats();
    }

    @GET
    @Path("/stats")
    public Response stats() {
        return Response.ok(Json.createObjectBuilder()
                .add("fault", faults.describe())
                .add("tokenRequests", faults.tokenRequests())
                .add("scorePosts", faults.scorePosts())
                .add("membershipPages", faults.membershipPages())
                .add("refusedAsOlder", faults.refusedAsOlder())
                .build().toString()).build();
    }

    @POST
    @Path("/stats/reset")
    public Response resetStats() {
        faults.resetCounters();
        return stats();
    }

    /** What the gradebook shows a person in a column, as its profile keeps grades: for tests to compare. */
    @GET
    @Path("/grades/{course}/{lineItem}/{user}")
    public Response grade(@PathParam("course") String course, @PathParam("lineItem") String lineItemId,
                          @PathParam("user") String user) {
        var item = gradebook.lineItem(course, lineItemId).orElseThrow(() -> new WebApplicationException(
                Response.status(404).entity("{\"error\":\"no such line item\"}").type(MediaType.APPLICATION_JSON)
                        .build()));
        var json = Json.createObjectBuilder();
        gradebook.held(item, user, profiles.ofCourse(course)).ifPresentOrElse(grade -> {
            json.add("activityProgress", grade.score().activityProgress());
            if (grade.score().scoreGiven() != null) {
                json.add("scoreGiven", grade.score().scoreGiven());
            }
            json.add("gradedAt", grade.gradedAt().toString());
        }, () -> json.add("activityProgress", "nothing"));
        return Response.ok(json.build().toString()).build();
    }

    @POST
    @Path("/roster/{course}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeRoster(@PathParam("course") String course, JsonObject request) {
        if (PracticeDirectory.councilOfCourse(course).isEmpty()) {
            throw new WebApplicationException(Response.status(404).entity("{\"error\":\"no such course\"}")
                    .type(MediaType.APPLICATION_JSON).build());
        }
        if (request.containsKey("addLearners")) {
            int count = request.getInt("addLearners");
            if (count < 1 || count > 10_000) {
                throw bad("addLearners must be between 1 and 10000");
            }
            roster.addLearners(course, count);
        } else if (request.containsKey("userId")) {
            var status = request.getString("status", "");
            if (!STATUSES.contains(status)) {
                throw bad("status must be Active, Inactive or Deleted");
            }
            try {
                roster.setStatus(course, request.getString("userId"), status);
            } catch (IllegalArgumentException e) {
                throw bad(e.getMessage());
            }
        } else {
            throw bad("send addLearners, or userId with status");
        }
        return Response.ok(Json.createObjectBuilder().add("members", roster.members(course).size()).build().toString())
                .build();
    }

    private static WebApplicationException bad(String message) {
        return new WebApplicationException(Response.status(400)
                .entity(Json.createObjectBuilder().add("error", message).build().toString())
                .type(MediaType.APPLICATION_JSON).build());
    }
}
