package org.digitalpractice.admin.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.digitalpractice.infrastructure.ActingAdministrator;
import org.digitalpractice.infrastructure.Audited;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records an {@link Audited} action once it has succeeded (a 2xx or 3xx answer to anything but a GET): an action
 * refused for bad input changed nothing, so there is nothing to record.
 */
@Provider
@Audited("")
public class AuditTrail implements ContainerResponseFilter {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");

    @Inject
    AuditLog log;
    @Inject
    ActingAdministrator acting;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || response.getStatus() >= 400
                || resource.getResourceMethod() == null) {
            return;
        }
        var audited = resource.getResourceMethod().getAnnotation(Audited.class);
        if (audited == null) {
            audited = resource.getResourceClass().getAnnotation(Audited.class);
        }
        var parameters = request.getUriInfo().getPathParameters();
        var action = PARAMETER.matcher(audited.value()).replaceAll(found -> Matcher.quoteReplacement(
                String.valueOf(parameters.getFirst(found.group(1)))));
        log.record(acting.described(), action);
    }
}
