package org.digitalpractice.practice.services;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.digitalpractice.practice.PracticeDirectory;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeProfiles;
import org.digitalpractice.practice.PracticeSwitch;
import org.digitalpractice.practice.PracticeGroups;
import org.digitalpractice.practice.PracticeTokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * LTI Course Groups Service 1.0: a course's groups (all, or one member's with {@code user_id}) and its group sets,
 * in pages linked by Link rel="next". As strict as a platform: 404 for a course whose platform does not offer the
 * service, 401 without a valid token and 403 without the groups scope.
 */
@PracticeOnly
@Path("/practice/groups/{course}")
public class PracticeGroupsResource {

    static final String GROUPS_TYPE = "application/vnd.ims.lti-gs.v1.contextgroupcontainer+json";
    static final String SETS_TYPE = "application/vnd.ims.lti-gs.v1.contextgroupsetcontainer+json";
    /** Small pages unless the tool asks for more, so that every fetch of three teams follows a Link header. */
    static final int PAGE_DEFAULT = 2;
    static final int PAGE_CAP = 100;

    @Inject
    PracticeSwitch practice;
    @Inject
    PracticeTokens tokens;
    @Inject
    PracticeProfiles profiles;
    @Inject
    PracticeGroups groups;

    @GET
    @Path("/groups")
    public Response groups(@PathParam("course") String courseId, @HeaderParam("Authorization") String auth,
                           @HeaderParam("User-Agent") String userAgent, @QueryParam("user_id") String userId,
                           @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
        check(courseId, auth, userAgent);
        var all = userId == null ? groups.groups(courseId)
                : groups.groupOf(courseId, userId).map(List::of).orElse(List.of());
        int size = limit == null || limit < 1 ? PAGE_DEFAULT : Math.min(limit, PAGE_CAP);
        int from = offset == null || offset < 0 ? 0 : offset;
        var page = Json.createArrayBuilder();
        for (var group : all.subList(Math.min(from, all.size()), Math.min(from + size, all.size()))) {
            page.add(Json.createObjectBuilder().add("id", group.id()).add("name", group.name())
                    .add("tag", group.tag()).add("set_ids", Json.createArrayBuilder().add(group.setId())));
        }
        var self = practice.url("/groups/" + courseId + "/groups");
        var response = Response.ok(Json.createObjectBuilder().add("id", self).add("groups", page).build().toString(),
                GROUPS_TYPE);
        if (from + size < all.size()) {
            var next = self + "?limit=" + size + "&offset=" + (from + size)
                    + (userId == null ? "" : "&user_id=" + URLEncoder.encode(userId, StandardCharsets.UTF_8));
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }

    @GET
    @Path("/groupsets")
    public Response sets(@PathParam("course") String courseId, @HeaderParam("Authorization") String auth,
                         @HeaderParam("User-Agent") String userAgent) {
        check(courseId, auth, userAgent);
        var body = Json.createObjectBuilder()
                .add("id", practice.url("/groups/" + courseId + "/groupsets"))
                .add("sets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", PracticeGroups.setId(courseId)).add("name", PracticeGroups.SET_NAME)))
                .build();
        return Response.ok(body.toString(), SETS_TYPE).build();
    }

    /** Faults told to the practice platform are left to AGS and NRPS, whose tests count the calls they meet. */
    private void check(String courseId, String auth, String userAgent) {
        var council = PracticeDirectory.councilOfCourse(courseId).orElseThrow(() -> notFound("no course '"
                + courseId + "'"));
        var profile = profiles.of(council).profile();
        if (!PracticeGroups.offeredBy(profile)) {
            throw notFound("the " + profile.profileName() + " platform offers no Course Groups Service");
        }
        profile.requireUserAgent(userAgent);
        tokens.require(auth, PracticeGroups.SCOPE);
    }

    private static WebApplicationException notFound(String message) {
        return new WebApplicationException(Response.status(404).entity("{\"error\":\"" + message + "\"}")
                .type("application/json").build());
    }
}
