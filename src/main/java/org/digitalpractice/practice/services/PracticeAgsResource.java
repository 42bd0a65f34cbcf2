package org.digitalpractice.practice.services;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.digitalpractice.practice.PlatformProfile;
import org.digitalpractice.practice.PracticeDirectory;
import org.digitalpractice.practice.PracticeFaults;
import org.digitalpractice.practice.PracticeGradebook;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeProfiles;
import org.digitalpractice.practice.PracticeRoster;
import org.digitalpractice.practice.PracticeSwitch;
import org.digitalpractice.practice.PracticeTokens;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/** Assignment and Grade Services 2.0, as the practice platform offers them for each course. */
@PracticeOnly
@Path("/practice/ags/{course}/lineitems")
public class PracticeAgsResource {

    public static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String RESULTS_TYPE = "application/vnd.ims.lis.v2.resultcontainer+json";
    public static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    static final Set<String> ACTIVITY = Set.of("Initialized", "Started", "InProgress", "Submitted", "Completed");
    static final Set<String> GRADING = Set.of("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady");

    @Inject
    PracticeSwitch practice;
    @Inject
    PracticeTokens tokens;
    @Inject
    PracticeFaults faults;
    @Inject
    PracticeGradebook gradebook;
    @Inject
    PracticeRoster roster;
    @Inject
    PracticeProfiles profiles;
    @Inject
    Clock clock;
    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @GET
    public Response list(@PathParam("course") String course, @HeaderParam("Authorization") String auth,
                         @QueryParam("resource_link_id") String resourceLinkId,
                         @QueryParam("resource_id") String resourceId, @QueryParam("tag") String tag,
                         @QueryParam("page") Integer page, @QueryParam("per_page") Integer perPage,
                         @QueryParam("limit") Integer limit, @QueryParam("from") Integer from,
                         @Context UriInfo uri) {
        enter(course, auth, PracticeTokens.LINE_ITEM, PracticeTokens.LINE_ITEM_READ);
        var items = gradebook.lineItems(course, resourceLinkId, resourceId, tag);
        var profile = profiles.ofCourse(course);
        var paging = profile.lineItemPaging(page, perPage, limit, from, items.size());
        var array = Json.createArrayBuilder();
        paging.slice(items).forEach(item -> array.add(json(item)));
        var response = Response.ok(array.build().toString(), CONTAINER_TYPE);
        paging.next().ifPresent(next -> response.header("Link",
                profile.nextLineItemsLink(uri.getRequestUriBuilder(), next)));
        return response.build();
    }

    @POST
    public Response create(@PathParam("course") String course, @HeaderParam("Authorization") String auth,
                           String body) {
        enter(course, auth, PracticeTokens.LINE_ITEM);
        var json = parse(body);
        var label = text(json, "label").orElseThrow(() -> bad("label is required"));
        var maximum = number(json, "scoreMaximum").filter(m -> m > 0)
                .orElseThrow(() -> bad("scoreMaximum must be a number above 0"));
        // Blackboard sets a column's resource link only through Deep Linking, never from a POST.
        var resourceLinkId = profiles.ofCourse(course) == PlatformProfile.BLACKBOARD ? null
                : text(json, "resourceLinkId").orElse(null);
        var created = gradebook.createForTool(course, label, maximum, resourceLinkId,
                text(json, "resourceId").orElse(null), text(json, "tag").orElse(null));
        return Response.status(201).entity(json(created).toString()).type(LINE_ITEM_TYPE).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("course") String course, @PathParam("id") String id,
                        @HeaderParam("Authorization") String auth) {
        enter(course, auth, PracticeTokens.LINE_ITEM, PracticeTokens.LINE_ITEM_READ);
        return Response.ok(json(item(course, id)).toString(), LINE_ITEM_TYPE).build();
    }

    @PUT
    @Path("/{id}")
    public Response update(@PathParam("course") String course, @PathParam("id") String id,
                           @HeaderParam("Authorization") String auth, String body) {
        enter(course, auth, PracticeTokens.LINE_ITEM);
        var existing = item(course, id);
        var json = parse(body);
        var updated = new PracticeGradebook.LineItem(id, course, text(json, "label").orElse(existing.label()),
                number(json, "scoreMaximum").orElse(existing.scoreMaximum()),
                text(json, "resourceLinkId").or(existing::resourceLinkId),
                text(json, "resourceId").or(existing::resourceId), text(json, "tag").or(existing::tag),
                existing.madeByTool());
        gradebook.update(updated);
        return Response.ok(json(updated).toString(), LINE_ITEM_TYPE).build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("course") String course, @PathParam("id") String id,
                           @HeaderParam("Authorization") String auth) {
        enter(course, auth, PracticeTokens.LINE_ITEM);
        item(course, id);
        gradebook.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/scores")
    public Response score(@PathParam("course") String course, @PathParam("id") String id,
                          @HeaderParam("Authorization") String auth, @HeaderParam("Content-Type") String type,
                          String body) {
        faults.countScorePost();
        enter(course, auth, PracticeTokens.SCORE);
        if (type == null || !type.startsWith(SCORE_TYPE)) {
            throw new WebApplicationException(Response.status(415).entity("scores must be " + SCORE_TYPE).build());
        }
        var item = item(course, id);
        var json = parse(body);
        var userId = text(json, "userId").orElseThrow(() -> bad("userId is required"));
        if (!roster.isMember(course, userId)) {
            throw bad("userId '" + userId + "' is not a member of this course");
        }
        if (!roster.isGradable(course, userId)) {
            var profile = profiles.ofCourse(course);
            throw new WebApplicationException(Response.status(profile.notAStudentStatus())
                    .entity(Json.createObjectBuilder().add("error", "User '" + userId + "' is not a learner in "
                            + "this course, so has no grade here").build().toString())
                    .type("application/json").build());
        }
        var activity = text(json, "activityProgress").filter(ACTIVITY::contains)
                .orElseThrow(() -> bad("activityProgress must be one of " + ACTIVITY));
        var grading = text(json, "gradingProgress").filter(GRADING::contains)
                .orElseThrow(() -> bad("gradingProgress must be one of " + GRADING));
        Instant timestamp;
        try {
            timestamp = Instant.parse(text(json, "timestamp").orElseThrow(() -> bad("timestamp is required")));
        } catch (DateTimeParseException e) {
            throw bad("timestamp must be an ISO 8601 date-time with a zone");
        }
        var given = number(json, "scoreGiven");
        var maximum = number(json, "scoreMaximum");
        if (given.isPresent() && maximum.isEmpty()) {
            throw bad("scoreMaximum is required with scoreGiven");
        }
        var refused = gradebook.accept(item, new PracticeGradebook.Score(id, userId, given.orElse(null),
                maximum.orElse(null), activity, grading, text(json, "comment").orElse(null), timestamp,
                clock.instant()), profiles.ofCourse(course));
        if (refused.isPresent()) {
            faults.countRefusedAsOlder();
            throw new WebApplicationException(Response.status(refused.get().status())
                    .entity(Json.createObjectBuilder().add("error", refused.get().reason()).build().toString())
                    .type("application/json").build());
        }
        return Response.ok().build();
    }

    @GET
    @Path("/{id}/results")
    public Response results(@PathParam("course") String course, @PathParam("id") String id,
                            @HeaderParam("Authorization") String auth, @QueryParam("user_id") String userId) {
        enter(course, auth, PracticeTokens.RESULT_READ);
        var item = item(course, id);
        var array = Json.createArrayBuilder();
        gradebook.results(item, profiles.ofCourse(course)).stream()
                .filter(grade -> userId == null || userId.equals(grade.score().userId()))
                .filter(grade -> grade.score().scoreGiven() != null)
                .forEach(grade -> {
                    var score = grade.score();
                    var result = Json.createObjectBuilder()
                            .add("id", practice.url("/ags/" + course + "/lineitems/" + id + "/results/" + score.userId()))
                            .add("scoreOf", lineItemUrl(course, id))
                            .add("userId", score.userId())
                            .add("resultScore", score.scoreGiven())
                            .add("resultMaximum", item.scoreMaximum())
                            .add("timestamp", grade.gradedAt().toString());
                    if (score.comment() != null) {
                        result.add("comment", score.comment());
                    }
                    array.add(result);
                });
        return Response.ok(array.build().toString(), RESULTS_TYPE).build();
    }

    private void enter(String course, String auth, String... scopes) {
        faults.apply();
        if (PracticeDirectory.councilOfCourse(course).isEmpty()) {
            throw new WebApplicationException(Response.status(404).entity("no course '" + course + "'").build());
        }
        profiles.ofCourse(course).requireUserAgent(headers.getHeaderString("User-Agent"));
        tokens.require(auth, scopes);
    }

    private PracticeGradebook.LineItem item(String course, String id) {
        return gradebook.lineItem(course, id).orElseThrow(() ->
                new WebApplicationException(Response.status(404).entity("no line item '" + id + "'").build()));
    }

    private String lineItemUrl(String course, String id) {
        return practice.url("/ags/" + course + "/lineitems/" + id);
    }

    private jakarta.json.JsonObject json(PracticeGradebook.LineItem item) {
        var json = Json.createObjectBuilder()
                .add("id", lineItemUrl(item.courseId(), item.id()))
                .add("label", item.label())
                .add("scoreMaximum", item.scoreMaximum());
        item.resourceLinkId().ifPresent(v -> json.add("resourceLinkId", v));
        item.resourceId().ifPresent(v -> json.add("resourceId", v));
        item.tag().ifPresent(v -> json.add("tag", v));
        return json.build();
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw bad("the body is not a JSON object");
        }
    }

    private static Optional<String> text(JsonObject json, String key) {
        return json.get(key) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static Optional<Double> number(JsonObject json, String key) {
        return json.get(key) instanceof JsonNumber n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    private static WebApplicationException bad(String message) {
        return new WebApplicationException(Response.status(400)
                .entity(Json.createObjectBuilder().add("error", message).build().toString())
                .type("application/json").build());
    }
}
