package org.digitalpractice.practice.services;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.practice.PracticeFaults;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeTokens;

/** The practice platform's OAuth2 token endpoint (client_credentials with a private_key_jwt assertion). */
@PracticeOnly
@Path("/practice/token")
public class PracticeTokenResource {

    @Inject
    PracticeTokens tokens;
    @Inject
    PracticeFaults faults;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType,
                          @FormParam("client_assertion_type") String assertionType,
                          @FormParam("client_assertion") String assertion,
                          @FormParam("scope") String scope) {
        faults.countTokenRequest();
        faults.applyToTokenEndpoint();
        var issued = tokens.issue(grantType, assertionType, assertion, scope);
        return Response.ok(Json.createObjectBuilder()
                        .add("access_token", issued.token())
                        .add("token_type", "Bearer")
                        .add("expires_in", issued.expiresIn())
                        .add("scope", String.join(" ", issued.scopes()))
                        .build().toString())
                .header("Cache-Control", "no-store")
                .build();
    }
}
