package org.digitalpractice.lti.keys;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.Public;

/** The tool's public keys, for platforms to check what the tool signs (Deep Linking responses, client assertions). */
@Public
@Path("/.well-known/jwks.json")
public class JwksResource {

    @Inject
    ToolKeys toolKeys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response jwks() {
        var cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(toolKeys.publishedKeys().toString(true)).cacheControl(cache).build();
    }
}
