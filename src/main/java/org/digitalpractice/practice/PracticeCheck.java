package org.digitalpractice.practice;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Enforces {@link PracticeOnly}: with the practice platform off, its addresses answer 404. */
@Provider
@PracticeOnly
@Priority(Priorities.AUTHENTICATION)
public class PracticeCheck implements ContainerRequestFilter {

    @Inject
    PracticeSwitch practice;

    @Override
    public void filter(ContainerRequestContext request) {
        practice.requireOn();
    }
}
