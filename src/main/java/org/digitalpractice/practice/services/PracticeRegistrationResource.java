package org.digitalpractice.practice.services;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeRegistrations;

/**
 * The practice platform's Dynamic Registration endpoint, which answers as Moodle's does (200, the registration with
 * its client id, and the deployment id in the LTI tool configuration).
 */
@PracticeOnly
@Path("/practice/register")
public class PracticeRegistrationResource {

    @Inject
    PracticeRegistrations registrations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        var client = registrations.register(authorization, body);
        var request = client.registration();
        var tool = Json.createObjectBuilder(request.getJsonObject(PracticeRegistrations.TOOL_CONFIGURATION))
                .add("deployment_id", client.deploymentId());
        JsonObject answer = Json.createObjectBuilder(request)
                .add("client_id", client.clientId())
                .add(PracticeRegistrations.TOOL_CONFIGURATION, tool)
                .build();
        return Response.ok(answer.toString()).header("Cache-Control", "no-store").build();
    }
}
