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
import org.digitalpractice.lti.registration.Deployment;
import org.digitalpractice.lti.registration.Registration;
import org.digitalpractice.lti.registration.Registrations;
import org.digitalpractice.web.Templates;

import java.net.URI;
import java.util.List;

/** Each registration's deployments (one per council) and the council names people see, which can be changed. */
@SignedIn
@Path("/admin/console/deployments")
@Produces(MediaType.TEXT_HTML)
public class DeploymentsPage {

    static final String SECTION = "deployments";

    @Inject
    Console console;
    @Inject
    Registrations registrations;
    @Inject
    Templates templates;

    public record ListView(ConsoleLayout layout, List<Registration> registrations) {
    }

    public record EditView(ConsoleLayout layout, Deployment deployment, String councilName, List<FieldError> errors) {
        public String error() {
            return FieldError.of(errors, "council-name");
        }
    }

    @GET
    public String list() {
        return templates.render("admin/deployments.jte", new ListView(console.layout("Councils", SECTION),
                registrations.all()));
    }

    @GET
    @Path("/{id}")
    public String edit(@PathParam("id") long id) {
        var deployment = find(id);
        return templates.render("admin/deployment.jte", new EditView(console.layout("Change the council's name",
                SECTION), deployment, deployment.councilName(), List.of()));
    }

    @POST
    @Path("/{id}")
    @Audited("Changed the council name of deployment {id}")
    public Response rename(@PathParam("id") long id, @FormParam("council-name") String councilName) {
        var deployment = find(id);
        var problem = CouncilName.problem(councilName);
        if (problem.isPresent()) {
            return Response.status(400).entity(templates.render("admin/deployment.jte", new EditView(
                    console.layout("Error: Change the council's name", SECTION), deployment,
                    councilName == null ? "" : councilName, List.of(new FieldError("council-name", problem.get())))))
                    .build();
        }
        registrations.renameDeployment(id, councilName.strip());
        return Response.seeOther(URI.create("/admin/console/deployments")).build();
    }

    private Deployment find(long id) {
        return registrations.deployment(id).orElseThrow(() -> Console.notFound("There is no deployment " + id + "."));
    }
}
