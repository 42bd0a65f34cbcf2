package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.AdministratorOnly;
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
    public Response approve(@PathParam("id") long id) {
        return change(id, RegistrationStatus.ACTIVE);
    }

    @POST
    @Path("/registrations/{id}/disable")
    public Response disable(@PathParam("id") long id) {
        return change(id, RegistrationStatus.DISABLED);
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
                .add("id", d.deploymentId()).add("council", d.councilName())));
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
