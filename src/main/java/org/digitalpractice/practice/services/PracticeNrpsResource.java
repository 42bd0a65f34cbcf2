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
import org.digitalpractice.practice.PracticeFaults;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeProfiles;
import org.digitalpractice.practice.PracticeRoster;
import org.digitalpractice.practice.PracticeSwitch;
import org.digitalpractice.practice.PracticeTokens;

/** Names and Role Provisioning Services 2.0: a course's members, in pages linked by Link rel="next". */
@PracticeOnly
@Path("/practice/nrps/{course}/memberships")
public class PracticeNrpsResource {

    static final String TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    @Inject
    PracticeSwitch practice;
    @Inject
    PracticeTokens tokens;
    @Inject
    PracticeFaults faults;
    @Inject
    PracticeRoster roster;
    @Inject
    PracticeProfiles profiles;

    @GET
    public Response memberships(@PathParam("course") String courseId, @HeaderParam("Authorization") String auth,
                                @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset,
                                @HeaderParam("User-Agent") String userAgent) {
        faults.countMembershipPage();
        faults.apply();
        var council = PracticeDirectory.councilOfCourse(courseId).orElseThrow(() ->
                new WebApplicationException(Response.status(404).entity("no course '" + courseId + "'").build()));
        var course = council.course(courseId).orElseThrow();
        var profile = profiles.of(council).profile();
        profile.requireUserAgent(userAgent);
        tokens.require(auth, PracticeTokens.MEMBERSHIPS);
        int size = limit == null || limit < 1 ? profile.rosterPageDefault() : Math.min(limit, profile.rosterPageCap());
        int from = offset == null || offset < 0 ? 0 : offset;
        var all = roster.members(courseId);
        var members = Json.createArrayBuilder();
        for (var member : PracticeRoster.page(all, from, size)) {
            var json = Json.createObjectBuilder()
                    .add("status", member.status())
                    .add("user_id", member.userId())
                    .add("name", member.name())
                    .add("given_name", member.givenName())
                    .add("family_name", member.familyName())
                    .add("roles", Json.createArrayBuilder(profile.rosterRoles(member.roles())));
            if (member.email() != null) {
                json.add("email", member.email());
            }
            members.add(json);
        }
        var self = practice.url("/nrps/" + courseId + "/memberships");
        var body = Json.createObjectBuilder()
                .add("id", self)
                .add("context", Json.createObjectBuilder().add("id", course.id()).add("label", course.label())
                        .add("title", course.title()))
                .add("members", members)
                .build();
        var response = Response.ok(body.toString(), TYPE);
        if (from + size < all.size()) {
            response.header("Link", "<" + self + "?limit=" + size + "&offset=" + (from + size) + ">; rel=\"next\"");
        }
        return response.build();
    }
}
