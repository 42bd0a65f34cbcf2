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
import org.digitalpractice.admin.signin.Administrator;
import org.digitalpractice.admin.signin.Administrators;
import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.admin.signin.ConsoleLayout;
import org.digitalpractice.admin.signin.FieldError;
import org.digitalpractice.admin.signin.NewAdministratorForm;
import org.digitalpractice.admin.signin.PasswordPolicy;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.infrastructure.ActingAdministrator;
import org.digitalpractice.infrastructure.Audited;
import org.digitalpractice.web.Templates;

import java.net.URI;
import java.util.List;

/** The console's administrators: who they are, adding one, and removing another (after a confirmation). */
@SignedIn
@Path("/admin/console/administrators")
@Produces(MediaType.TEXT_HTML)
public class AdministratorsPage {

    static final String SECTION = "administrators";

    @Inject
    Administrators administrators;
    @Inject
    Console console;
    @Inject
    ActingAdministrator acting;
    @Inject
    Templates templates;

    public record ListView(ConsoleLayout layout, List<Administrator> administrators, long me) {
    }

    public record NewView(ConsoleLayout layout, NewAdministratorForm form, List<FieldError> errors) {
        public String error(String field) {
            return FieldError.of(errors, field);
        }
    }

    public record RemoveView(ConsoleLayout layout, Administrator administrator, List<FieldError> errors) {
    }

    @GET
    public String list() {
        return templates.render("admin/administrators.jte", new ListView(console.layout("Administrators", SECTION),
                administrators.all(), console.administrator().id()));
    }

    @GET
    @Path("/new")
    public String newForm() {
        return templates.render("admin/administrator-new.jte", new NewView(
                console.layout("Add an administrator", SECTION), NewAdministratorForm.empty(), List.of()));
    }

    @POST
    @Path("/new")
    @Audited("Added an administrator")
    public Response add(@FormParam("username") String username, @FormParam("full-name") String fullName,
                        @FormParam("password") String password, @FormParam("confirmation") String confirmation) {
        var form = NewAdministratorForm.of(username, fullName, password, confirmation);
        var errors = new java.util.ArrayList<>(form.errors(PasswordPolicy.standard()));
        if (errors.isEmpty()) {
            try {
                var added = administrators.add(form, console.administrator().username());
                acting.did("Added the administrator " + added.fullName() + " (" + added.username() + ")");
                return Response.seeOther(URI.create("/admin/console/administrators")).build();
            } catch (Administrators.Refused refused) {
                errors.add(refused.error());
            }
        }
        return Response.status(400).entity(templates.render("admin/administrator-new.jte", new NewView(
                console.layout("Error: Add an administrator", SECTION), form.withoutPasswords(), errors))).build();
    }

    @GET
    @Path("/{id}/remove")
    public String confirmRemoval(@PathParam("id") long id) {
        var administrator = administrators.find(id).orElseThrow(() -> Console.notFound(
                "There is no administrator " + id + "."));
        var errors = id == console.administrator().id()
                ? List.of(new FieldError("remove", "You cannot remove yourself: ask another administrator to do it"))
                : List.<FieldError>of();
        return templates.render("admin/administrator-remove.jte", new RemoveView(
                console.layout("Remove " + administrator.fullName() + "?", SECTION), administrator, errors));
    }

    @POST
    @Path("/{id}/remove")
    @Audited("Removed administrator {id}")
    public Response remove(@PathParam("id") long id) {
        try {
            var removed = administrators.remove(id, console.administrator().id());
            acting.did("Removed the administrator " + removed.fullName() + " (" + removed.username() + ")");
            return Response.seeOther(URI.create("/admin/console/administrators")).build();
        } catch (Administrators.Refused refused) {
            var administrator = administrators.find(id);
            if (administrator.isEmpty()) {
                throw Console.notFound(refused.getMessage() + ".");
            }
            return Response.status(409).entity(templates.render("admin/administrator-remove.jte", new RemoveView(
                    console.layout("Error: Remove " + administrator.get().fullName() + "?", SECTION),
                    administrator.get(), List.of(refused.error())))).build();
        }
    }
}
