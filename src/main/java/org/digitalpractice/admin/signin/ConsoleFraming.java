package org.digitalpractice.admin.signin;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * No page under /admin may be framed by anyone, a platform included: a framed console could have its clicks
 * stolen. X-Frame-Options DENY makes {@link org.digitalpractice.session.FramingPolicy} answer with CSP
 * frame-ancestors 'none'; response filters of a higher priority run first, so this one comes before it.
 */
@Provider
@Priority(Priorities.USER + 100)
public class ConsoleFraming implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var path = request.getUriInfo().getRequestUri().getPath();
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            response.getHeaders().putSingle("X-Frame-Options", "DENY");
        }
    }
}
