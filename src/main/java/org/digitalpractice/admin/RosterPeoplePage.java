package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.admin.signin.ConsoleLayout;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.infrastructure.Audited;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.privacy.Erasure;
import org.digitalpractice.privacy.PersonalRecords;
import org.digitalpractice.privacy.RosterErasure;
import org.digitalpractice.privacy.SubjectAccess;
import org.digitalpractice.web.Templates;

/**
 * The data of someone a course roster lists who never opened the tool, so has no record id: found by council and
 * platform user id, which travel in forms (never in a URL), like the search that found them.
 */
@SignedIn
@Path("/admin/console/people/on-rosters")
@Produces(MediaType.TEXT_HTML)
public class RosterPeoplePage {

    @Inject
    Console console;
    @Inject
    PersonalRecords records;
    @Inject
    SubjectAccess subjectAccess;
    @Inject
    Erasure erasure;
    @Inject
    Templates templates;

    public record EraseView(ConsoleLayout layout, PersonalRecords.OnRosterOnly person) {
    }

    public record ErasedView(ConsoleLayout layout, RosterErasure report) {
    }

    @POST
    @Path("/export")
    @Produces("application/zip")
    @Audited("Downloaded one roster member's data (subject access)")
    public Response export(@FormParam("deployment") long deployment, @FormParam("subject") String subject) {
        var export = subjectAccess.forAdministrator(deployment, present(subject))
                .orElseThrow(RosterPeoplePage::notOnRosters);
        return Response.ok(export.zip(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"digital-practice-roster-member.zip\"")
                .build();
    }

    @POST
    @Path("/confirm-erasure")
    public String confirmErasure(@FormParam("deployment") long deployment, @FormParam("subject") String subject) {
        var person = records.onRosterOnly(deployment, present(subject)).orElseThrow(RosterPeoplePage::notOnRosters);
        return templates.render("admin/erase-roster-member.jte", new EraseView(
                console.layout("Erase this roster member's data?", PeoplePage.SECTION), person));
    }

    @POST
    @Path("/erase")
    @Audited("Erased one roster member's data")
    public String erase(@FormParam("deployment") long deployment, @FormParam("subject") String subject) {
        var report = erasure.eraseFromRosters(deployment, present(subject)).orElseThrow(RosterPeoplePage::notOnRosters);
        return templates.render("admin/erased-roster-member.jte", new ErasedView(
                console.layout("Erased", PeoplePage.SECTION), report));
    }

    private static String present(String subject) {
        if (subject == null || subject.isBlank() || subject.length() > PeoplePage.LONGEST_SUBJECT) {
            throw notOnRosters();
        }
        return subject;
    }

    private static Problem notOnRosters() {
        return Console.notFound("No course roster lists that person any more, or they have since opened Digital "
                + "Practice and have a record of their own. Find them again by their user id or email.");
    }
}
