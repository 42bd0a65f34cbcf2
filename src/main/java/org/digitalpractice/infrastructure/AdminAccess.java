package org.digitalpractice.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Guards the administration API: a bearer token set in DP_ADMIN_TOKEN, or no API at all. */
@ApplicationScoped
public class AdminAccess {

    @Inject
    Settings settings;

    public void require(String authorization) {
        var token = settings.adminToken().orElseThrow(() -> refuse(404,
                "The administration API is off. Set DP_ADMIN_TOKEN to turn it on."));
        var presented = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).trim() : "";
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            throw refuse(401, "Send the administration token as 'Authorization: Bearer <token>'.");
        }
    }

    private static WebApplicationException refuse(int status, String message) {
        return new WebApplicationException(Response.status(status)
                .header("WWW-Authenticate", "Bearer")
                .entity(Json.createObjectBuilder().add("error", message).build().toString())
                .type(MediaType.APPLICATION_JSON).build());
    }
}
