package org.digitalpractice.practice;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The practice platform's Dynamic Registration endpoints: its OpenID configuration under the issuer of the
 * council that installs Digital Practice by URL ({@code <practice>/practice/dynamic}), and the registration
 * endpoint, which answers as Moodle does (200, the registration with its client id, and the deployment id in the
 * LTI tool configuration).
 */
@PracticeOnly
@Path("/practice")
public class PracticeRegistrationResource {

    static final String ISSUER_PATH = "/dynamic";

    @Inject
    PracticeSwitch practice;
    @Inject
    PracticeRegistrations registrations;

    @GET
    @Path("/dynamic/.well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    public String openidConfiguration() {
        var scopes = Json.createArrayBuilder(List.copyOf(PracticeTokens.OFFERED)).add("openid");
        return Json.createObjectBuilder()
                .add("issuer", practice.url(ISSUER_PATH))
                .add("authorization_endpoint", practice.url("/auth"))
                .add("token_endpoint", practice.url("/token"))
                .add("token_endpoint_auth_methods_supported", Json.createArrayBuilder().add("private_key_jwt"))
                .add("token_endpoint_auth_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                .add("jwks_uri", practice.url("/jwks.json"))
                .add("registration_endpoint", practice.url("/register"))
                .add("scopes_supported", scopes)
                .add("response_types_supported", Json.createArrayBuilder().add("id_token"))
                .add("subject_types_supported", Json.createArrayBuilder().add("public").add("pairwise"))
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                .add("claims_supported", Json.createArrayBuilder(List.of("sub", "iss", "name", "given_name",
                        "family_name", "email")))
                .add("https://purl.imsglobal.org/spec/lti-platform-configuration", Json.createObjectBuilder()
                        .add("product_family_code", "moodle")
                        .add("version", "4.1 (practice platform)")
                        .add("messages_supported", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("type", "LtiResourceLinkRequest"))
                                .add(Json.createObjectBuilder().add("type", "LtiDeepLinkingRequest")
                                        .add("placements", Json.createArrayBuilder().add("ContentArea")))))
                .build().toString();
    }

    @POST
    @Path("/register")
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
