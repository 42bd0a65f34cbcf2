package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.admin.signin.ConsoleLayout;
import org.digitalpractice.admin.signin.FieldError;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.infrastructure.Audited;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.privacy.Erasure;
import org.digitalpractice.privacy.ErasureReport;
import org.digitalpractice.privacy.PeopleSearch;
import org.digitalpractice.privacy.PersonalRecords;
import org.digitalpractice.privacy.SubjectAccess;
import org.digitalpractice.web.Templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One person's data, for a subject access request or an erasure: find them by their platform user id or email,
 * download everything held about them, or erase them after a confirmation. The search is a POST so that an email
 * never sits in a URL, a server log or the browser's history.
 */
@SignedIn
@Path("/admin/console/people")
@Produces(MediaType.TEXT_HTML)
public class PeoplePage {

    static final String SECTION = "people";
    static final int LONGEST_SUBJECT = 255;
    static final int LONGEST_EMAIL = 254;

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

    public record SearchView(ConsoleLayout layout, String subject, String email, List<FieldError> errors,
                             Optional<List<PersonalRecords.Found>> found,
                             List<PersonalRecords.OnRosterOnly> onRostersOnly) {
        public String error(String field) {
            return FieldError.of(errors, field);
        }
    }

    public record EraseView(ConsoleLayout layout, PersonalRecords.PersonRecord person) {
    }

    public record ErasedView(ConsoleLayout layout, ErasureReport report) {
    }

    @GET
    public String form() {
        return templates.render("admin/people.jte", new SearchView(console.layout("People's data", SECTION), "", "",
                List.of(), Optional.empty(), List.of()));
    }

    @POST
    @Path("/search")
    public Response search(@FormParam("subject") String subject, @FormParam("email") String email) {
        var sub = subject == null ? "" : subject.strip();
        var mail = email == null ? "" : email.strip();
        var errors = new ArrayList<FieldError>();
        if (sub.isEmpty() && mail.isEmpty()) {
            errors.add(new FieldError("subject", "Enter the person's user id in their platform, or their email address"));
        }
        if (sub.length() > LONGEST_SUBJECT) {
            errors.add(new FieldError("subject", "User id must be " + LONGEST_SUBJECT + " characters or fewer"));
        }
        if (mail.length() > LONGEST_EMAIL) {
            errors.add(new FieldError("email", "Email address must be " + LONGEST_EMAIL + " characters or fewer"));
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(templates.render("admin/people.jte", new SearchView(
                    console.layout("Error: People's data", SECTION), cut(sub), cut(mail), errors, Optional.empty(), List.of())))
                    .build();
        }
        var search = PeopleSearch.of(sub, mail, null);
        return Response.ok(templates.render("admin/people.jte", new SearchView(console.layout("People's data",
                SECTION), sub, mail, List.of(), Optional.of(records.find(search)), records.findOnRosterOnly(search))))
                .build();
    }

    /** A download of everything held about the person; the privacy log records that it was made, and by whom. */
    @POST
    @Path("/{id}/export")
    @Produces("application/zip")
    @Audited("Downloaded one person's data (subject access)")
    public Response export(@PathParam("id") long id) {
        var export = subjectAccess.forAdministrator(id).orElseThrow(() -> noSuchPerson(id));
        return Response.ok(export.zip(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"digital-practice-person-" + id + ".zip\"")
                .build();
    }

    @GET
    @Path("/{id}/erase")
    public String confirmErasure(@PathParam("id") long id) {
        var person = records.person(id).orElseThrow(() -> noSuchPerson(id));
        return templates.render("admin/erase.jte", new EraseView(console.layout("Erase this person's data?", SECTION),
                person));
    }

    @POST
    @Path("/{id}/erase")
    @Audited("Erased one person's data")
    public String erase(@PathParam("id") long id, @FormParam("keep") String keep) {
        var report = erasure.erase(id, keepOf(keep)).orElseThrow(() -> noSuchPerson(id));
        return templates.render("admin/erased.jte", new ErasedView(console.layout("Erased", SECTION), report));
    }

    private static Erasure.Keep keepOf(String keep) {
        try {
            return Erasure.Keep.of(keep);
        } catch (org.digitalpractice.privacy.Refused refused) {
            throw new Problem(400, "Choose what to keep", "The choice of what to keep of their progress was not one "
                    + "of the two offered, so nothing was erased.", "Go back, choose one of the two and try again.");
        }
    }

    private static Problem noSuchPerson(long id) {
        return Console.notFound("There is no person " + id + ". Find them again by their user id or email.");
    }

    private static String cut(String value) {
        return value.length() > 300 ? value.substring(0, 300) : value;
    }
}
