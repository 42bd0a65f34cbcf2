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
            var onRostersOnly = Json.createArrayBuilder();
            for (var found : records.findOnRosterOnly(search)) {
                var person = Json.createObjectBuilder()
                        .add("deployment", found.deploymentRef())
                        .add("council", found.council())
                        .add("subject", found.subject())
                        .add("courses", found.courses());
                found.name().ifPresentOrElse(name -> person.add("name", name), () -> person.addNull("name"));
                found.email().ifPresentOrElse(mail -> person.add("email", mail), () -> person.addNull("email"));
                onRostersOnly.add(person);
            }
            return Response.ok(Json.createObjectBuilder().add("people", people)
                    .add("onRostersOnly", onRostersOnly).build().toString()).build();
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
    public Response erase(@PathParam("id") String id, @QueryParam("keep") String keep) {
        try {
            var report = erasure.erase(personId(id), Erasure.Keep.of(keep)).orElseThrow(() -> noSuchPerson(id));
            return Response.ok(report.json()).build();
        } catch (Refused refused) {
            return refused.response();
        }
    }

    /** Subject access for someone only on rosters, who has no id: found by council and platform user id. */
    @GET
    @Path("/on-rosters/export")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    public Response exportOnRosters(@QueryParam("deployment") String deployment, @QueryParam("subject") String subject) {
        try {
            var who = rosterOnly(deployment, subject);
            var export = subjectAccess.forAdministrator(who.deployment().get(), who.subject().get())
                    .orElseThrow(() -> notOnRosters(who));
            return Response.ok(export.zip(), ZIP)
                    .header("Content-Disposition", "attachment; filename=\"digital-practice-roster-member.zip\"")
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (Refused refused) {
            return refused.response();
        }
    }

    @POST
    @Path("/on-rosters/erase")
    @Audited("Erased one roster member's data")
    public Response eraseOnRosters(@QueryParam("deployment") String deployment, @QueryParam("subject") String subject) {
        try {
            var who = rosterOnly(deployment, subject);
            var report = erasure.eraseFromRosters(who.deployment().get(), who.subject().get())
                    .orElseThrow(() -> notOnRosters(who));
            return Response.ok(report.json()).build();
        } catch (Refused refused) {
            return refused.response();
        }
    }

    /** Both a council and a platform user id: an email could match several people, and these act on one. */
    private static PeopleSearch rosterOnly(String deployment, String subject) {
        if (deployment == null || deployment.isBlank() || subject == null || subject.isBlank()) {
            throw new Refused(400, "Say whom: ?deployment=<their council's deployment>&subject=<their user id in "
                    + "the platform>, both as GET /admin/people lists them under onRostersOnly.");
        }
        return PeopleSearch.of(subject, null, deployment);
    }

    private static Refused notOnRosters(PeopleSearch who) {
        return new Refused(404, "No roster in deployment " + who.deployment().get() + " lists someone with that user "
                + "id who has never opened Digital Practice. Find them with GET /admin/people?subject=<their user id>; "
                + "someone listed under people has an id: export or erase them by it.");
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
