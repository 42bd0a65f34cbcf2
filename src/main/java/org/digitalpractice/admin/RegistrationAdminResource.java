package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.AdministratorOnly;
import org.digitalpractice.infrastructure.Audited;
import org.digitalpractice.lti.registration.Registration;
import org.digitalpractice.lti.registration.RegistrationStatus;
import org.digitalpractice.lti.registration.Registrations;
import org.digitalpractice.lti.dynamic.RegistrationLinks;

import java.time.Clock;

/**
 * Administration of registrations: one-time links for a platform to register itself (Dynamic Registration),
 * the list of every registration, and approving or switching one off. A registration a platform made waits as
 * PENDING until it is approved here.
 */
@AdministratorOnly
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationAdminResource {

    @Inject
    RegistrationLinks links;
    @Inject
    Registrations registrations;
    @Inject
    Clock clock;

    @POST
    @Path("/registration-links")
    @Audited("Made a one-time registration link")
    public Response newLink() {
        var issued = links.issue();
        return Response.status(201).entity(Json.createObjectBuilder()
                .add("url", issued.url().toString())
                .add("expiresAt", issued.expiresAt().toString())
                .build().toString()).build();
    }

    @GET
    @Path("/registrations")
    public String list() {
        var all = Json.createArrayBuilder();
        registrations.all().forEach(registration -> all.add(json(registration)));
        return Json.createObjectBuilder().add("registrations", all).build().toString();
    }

    @POST
    @Path("/registrations/{id}/approve")
    @Audited("Approved registration {id}")
    public Response approve(@PathParam("id") long id) {
        return change(id, RegistrationStatus.ACTIVE);
    }

    @POST
    @Path("/registrations/{id}/disable")
    @Audited("Switched off registration {id}")
    public Response disable(@PathParam("id") long id) {
        return change(id, RegistrationStatus.DISABLED);
    }

    /** Names a deployment's council: {@code {"councilName": "..."}}, with the console's checks. */
    @PUT
    @Path("/deployments/{id}/council")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited("Changed the council name of deployment {id}")
    public Response renameCouncil(@PathParam("id") long id, String body) {
        String name;
        try (var reader = Json.createReader(new java.io.StringReader(body == null ? "" : body))) {
            var json = reader.readObject();
            name = json.containsKey("councilName") && json.get("councilName") instanceof jakarta.json.JsonString text
                    ? text.getString() : null;
        } catch (RuntimeException notJson) {
            name = null;
        }
        if (name == null) {
            return error(400, "Send {\"councilName\": \"<the council's name>\"} as JSON.");
        }
        var problem = CouncilName.problem(name);
        if (problem.isPresent()) {
            return error(400, problem.get() + ".");
        }
        var renamed = registrations.renameDeployment(id, name.strip());
        if (renamed.isEmpty()) {
            return error(404, "No deployment with id " + id + ". GET /admin/registrations lists them with their ids.");
        }
        return Response.ok(Json.createObjectBuilder().add("id", id).add("council", renamed.get().councilName())
                .build().toString()).build();
    }

    private static Response error(int status, String message) {
        return Response.status(status).entity(Json.createObjectBuilder().add("error", message).build().toString())
                .build();
    }

    private Response change(long id, RegistrationStatus status) {
        return registrations.changeStatus(id, status, clock.instant())
                .map(changed -> Response.ok(json(changed).toString()).build())
                .orElseGet(() -> Response.status(404).entity(Json.createObjectBuilder()
                        .add("error", "No registration with id " + id + ". GET /admin/registrations lists them.")
                        .build().toString()).build());
    }

    static JsonObject json(Registration registration) {
        var deployments = Json.createArrayBuilder();
        registration.deployments().forEach(d -> deployments.add(Json.createObjectBuilder()
                .add("id", d.deploymentId()).add("ref", d.id()).add("council", d.councilName())));
        var json = Json.createObjectBuilder()
                .add("id", registration.id())
                .add("name", registration.platformName())
                .add("issuer", registration.issuer())
                .add("clientId", registration.clientId())
                .add("status", registration.status().name())
                .add("source", registration.sourceFile().map(file -> "file " + file).orElse("dynamic registration"))
                .add("authUrl", registration.authUrl().toString())
                .add("jwksUrl", registration.jwksUrl().toString())
                .add("tokenUrl", registration.tokenUrl().toString())
                .add("tokenAudience", registration.tokenAudience())
                .add("acceptNewDeployments", registration.acceptsNewDeployments())
                .add("deployments", deployments)
                .add("updatedAt", registration.updatedAt().toString());
        registration.openidConfiguration().ifPresent(url -> json.add("openidConfiguration", url));
        return json.build();
    }
}
