package org.digitalpractice.web;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.infrastructure.Public;

import java.util.Map;

/**
 * Serves the GOV.UK Frontend files and our own CSS and JavaScript. JAX-RS owns "/", so the servlet container's
 * default file serving never sees these paths.
 */
@Public
@Path("/")
public class StaticAssetResource {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "woff2", "font/woff2",
            "woff", "font/woff",
            "png", "image/png",
            "svg", "image/svg+xml",
            "ico", "image/x-icon",
            "json", "application/json");

    @Context
    ServletContext servletContext;

    @GET
    @Path("assets/{path: .+}")
    public Response govukAsset(@PathParam("path") String path) {
        return serve("/assets/", path);
    }

    @GET
    @Path("govuk/{path: .+}")
    public Response govukBundle(@PathParam("path") String path) {
        return serve("/govuk/", path);
    }

    @GET
    @Path("static/{path: .+}")
    public Response ownAsset(@PathParam("path") String path) {
        return serve("/static/", path);
    }

    private Response serve(String folder, String path) {
        if (path.contains("..") || path.contains("\\")) {
            return Response.status(404).build();
        }
        var stream = servletContext.getResourceAsStream(folder + path);
        if (stream == null) {
            return Response.status(404).build();
        }
        var extension = path.substring(path.lastIndexOf('.') + 1);
        var cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(stream, TYPES.getOrDefault(extension, "application/octet-stream"))
                .cacheControl(cache)
                .build();
    }
}
