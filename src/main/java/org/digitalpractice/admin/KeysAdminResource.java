package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.AdministratorOnly;
import org.digitalpractice.infrastructure.Audited;
import org.digitalpractice.lti.keys.ToolKeys;

/** Administration: the tool's signing keys, and starting a rotation now, as the console's keys page does. */
@AdministratorOnly
@Path("/admin/keys")
@Produces(MediaType.APPLICATION_JSON)
public class KeysAdminResource {

    @Inject
    ToolKeys keys;

    @GET
    public String list() {
        var all = Json.createArrayBuilder();
        for (var key : keys.overview()) {
            var json = Json.createObjectBuilder()
                    .add("kid", key.kid())
                    .add("role", key.role().name())
                    .add("createdAt", key.createdAt().toString())
                    .add("signsFrom", key.signsFrom().toString());
            if (key.publishedUntil() != null) {
                json.add("publishedUntil", key.publishedUntil().toString());
            }
            all.add(json);
        }
        return Json.createObjectBuilder().add("keys", all).build().toString();
    }

    @POST
    @Path("/rotate")
    @Audited("Started a key rotation")
    public Response rotate() {
        return keys.rotateNow()
                .map(next -> Response.status(201).entity(Json.createObjectBuilder().add("kid", next.kid())
                        .add("signsFrom", next.signsFrom().toString()).build().toString()).build())
                .orElseGet(() -> Response.status(409).entity(Json.createObjectBuilder().add("error",
                        "A new key is already waiting to sign: wait until it signs, then rotate again if you need to.")
                        .build().toString()).build());
    }
}
