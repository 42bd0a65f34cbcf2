package org.digitalpractice.privacy;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.AdministratorOnly;
import org.digitalpractice.infrastructure.Audited;

import java.util.HashMap;
import java.util.Map;

/**
 * Administration: find a person by their platform user id or email, export everything held about them (subject
 * access), or erase them. Every refusal answers JSON with a message saying what to send instead.
 */
@AdministratorOnly
@Path("/admin/people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleAdminResource {

    static final String ZIP = "application/zip";

    @Inject
    PersonalRecords records;
    @Inject
    SubjectAccess subjectAccess;
    @Inject
    Erasure erasure;
    @Inject
    PrivacyLog log;

    @GET
    public Response find(@QueryParam("subject") String subject, @QueryParam("email") String email,
                         @QueryParam("deployment") String deployment) {
        try {
            var search = PeopleSearch.of(subject, email, deployment);
            if (search.deployment().isPresent() && records.council(search.deployment().get()).isEmpty()) {
                throw new Refused(404, "There is no council with deployment " + search.deployment().get()
                        + ". Leave deployment out to search every council.");
            }
            var people = Json.createArrayBuilder();
            for (var found : records.find(search)) {
                var person = Json.createObjectBuilder()
                        .add("id", found.id())
                        .add("deployment", found.deploymentRef())
                        .add("council", found.council())
                        .add("subject", found.subject())
                        .add("lastSeen", found.lastSeen().toString())
                        .add("matchedBy", Json.createArrayBuilder(found.matchedBy()));
                found.name().ifPresentOrElse(name -> person.add("name", name), () -> person.addNull("name"));
                found.email().ifPresentOrElse(mail -> person.add("email", mail), () -> person.addNull("email"));
                people.add(person);
            }
            return Response.ok(Json.createObjectBuilder().add("people", people).build().toString()).build();
        } catch (Refused refused) {
            return refused.response();
        }
    }

    @GET
    @Path("/{id}/export")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    public Response export(@PathParam("id") String id) {
        try {
            long person = personId(id);
            var export = subjectAccess.forAdministrator(person).orElseThrow(() -> noSuchPerson(id));
            return Response.ok(export.zip(), ZIP)
                    .header("Content-Disposition", "attachment; filename=\"digital-practice-person-" + person + ".zip\"")
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (Refused refused) {
            return refused.response();
        }
    }

    @POST
    @Path("/{id}/erase")
    @Audited("Erased one person's data")
    public Response erase(@PathParam("id") String id) {
        try {
            var report = erasure.erase(personId(id)).orElseThrow(() -> noSuchPerson(id));
            return Response.ok(report.json()).build();
        } catch (Refused refused) {
            return refused.response();
        }
    }

    /** Each export and erasure: when, by whom and in which council, never about whom. */
    @GET
    @Path("/log")
    public String log() {
        var councils = new HashMap<Long, String>();
        var entries = Json.createArrayBuilder();
        for (var entry : log.recent()) {
            entries.add(Json.createObjectBuilder()
                    .add("at", entry.at().toString())
                    .add("action", entry.action().name())
                    .add("requestedBy", entry.requestedBy())
                    .add("deployment", entry.deploymentRef())
                    .add("council", councilName(councils, entry.deploymentRef())));
        }
        return Json.createObjectBuilder().add("log", entries).build().toString();
    }

    private String councilName(Map<Long, String> known, long deploymentRef) {
        return known.computeIfAbsent(deploymentRef, id -> records.council(id).orElse(""));
    }

    private static long personId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw noSuchPerson(id);
        }
    }

    private static Refused noSuchPerson(String id) {
        var shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
        return new Refused(404, "There is no person with id '" + shown + "'. Find their id with "
                + "GET /admin/people?subject=<their user id in the platform> or ?email=<their email>.");
    }
}
