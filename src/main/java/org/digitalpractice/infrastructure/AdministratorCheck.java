package org.digitalpractice.infrastructure;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Enforces {@link AdministratorOnly} before the resource runs: 404 while the API is off, 401 without the token. */
@Provider
@AdministratorOnly
@Priority(Priorities.AUTHENTICATION)
public class AdministratorCheck implements ContainerRequestFilter {

    @Inject
    AdminAccess admin;

    @Override
    public void filter(ContainerRequestContext request) {
        admin.require(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
}
