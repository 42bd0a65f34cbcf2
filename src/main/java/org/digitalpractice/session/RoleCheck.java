package org.digitalpractice.session;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Enforces {@link Roles}: no session answers 401, a session of another role 403, before the resource runs. */
@Provider
@Roles({})
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

    @Inject
    CurrentSession session;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        var declared = resource.getResourceMethod().getAnnotation(Roles.class);
        if (declared == null) {
            declared = resource.getResourceClass().getAnnotation(Roles.class);
        }
        session.require(declared.value());
    }
}
