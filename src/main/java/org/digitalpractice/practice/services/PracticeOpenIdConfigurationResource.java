package org.digitalpractice.practice.services;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeRegistrations;
import org.digitalpractice.practice.PracticeSwitch;
import org.digitalpractice.practice.PracticeTokens;

import java.util.List;

/**
 * The OpenID configuration of Riverside's platform, under its issuer ({@code <practice>/practice/dynamic}) as
 * OpenID Connect Discovery places it, in its own class: JAX-RS picks one root resource per request, and
 * {@code practice.pages.PracticeInstallPage} owns {@code /practice/dynamic}.
 */
@PracticeOnly
@Path("/practice/dynamic/.well-known/openid-configuration")
public class PracticeOpenIdConfigurationResource {

    @Inject
    PracticeSwitch practice;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String openidConfiguration() {
        var scopes = Json.createArrayBuilder(List.copyOf(PracticeTokens.OFFERED)).add("openid");
        return Json.createObjectBuilder()
                .add("issuer", practice.url(PracticeRegistrations.ISSUER_PATH))
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
}
