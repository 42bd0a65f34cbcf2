package org.digitalpractice.admin.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import org.digitalpractice.infrastructure.ActingAdministrator;
import org.digitalpractice.infrastructure.Audited;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds an {@link Audited} action and its entry in one transaction. It begins before the action runs, once the
 * sign-in and CSRF checks have passed, so every service the action calls joins it; the entry is written when the
 * action has succeeded (a 2xx or 3xx answer) and commits with it. An action that answered 4xx or 5xx changed
 * nothing, so it is rolled back with nothing recorded. Had the entry been written after the action's own commit, a
 * crash between the two would leave an action that no entry records.
 */
@Provider
@Audited("")
// Last of the request filters, so the transaction begins once every check has passed; and so first of the response
// filters, so that the others still set their headers on an answer it replaced.
@Priority(Priorities.USER + 500)
public class AuditTrail implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final String TRANSACTION = AuditTrail.class.getName() + ".transaction";

    @Inject
    AuditLog log;
    @Inject
    ActingAdministrator acting;
    @Context
    ResourceInfo resource;
    @Context
    Providers providers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (reading(request) || resource.getResourceMethod() == null) {
            return;
        }
        var audited = audited();
        if (audited.inSteps()) {
            log.recordAlone(acting.described(), words(audited, request));
            return;
        }
        var transaction = userTransaction();
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException("Could not begin the transaction of an audited action", e);
        }
        request.setProperty(TRANSACTION, transaction);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(TRANSACTION) instanceof UserTransaction transaction)) {
            return;
        }
        request.removeProperty(TRANSACTION);
        try {
            if (response.getStatus() >= 400) {
                transaction.rollback();
                return;
            }
            log.record(acting.described(), acting.action().orElseGet(() -> words(audited(), request)));
            transaction.commit();
        } catch (Exception failed) {
            rollBack(transaction);
            failedAtCommit(response, failed);
        }
    }

    /** The action looked done but did not commit (a constraint, a lost connection): say so, as for any failure. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void failedAtCommit(ContainerResponseContext response, Exception failed) {
        ExceptionMapper mapper = providers.getExceptionMapper(failed.getClass());
        if (mapper == null) {
            LOG.log(Level.SEVERE, "An audited action did not commit", failed);
            response.setStatus(500);
            response.setEntity(null);
            return;
        }
        var answer = mapper.toResponse(failed);
        response.getHeaders().remove(HttpHeaders.LOCATION);
        response.getHeaders().remove(HttpHeaders.SET_COOKIE);
        response.setStatus(answer.getStatus());
        response.setEntity(answer.getEntity(), new java.lang.annotation.Annotation[0], answer.getMediaType());
        answer.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
    }

    private static void rollBack(UserTransaction transaction) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not roll back an audited action that failed", e);
        }
    }

    private Audited audited() {
        var audited = resource.getResourceMethod().getAnnotation(Audited.class);
        return audited != null ? audited : resource.getResourceClass().getAnnotation(Audited.class);
    }

    private static String words(Audited audited, ContainerRequestContext request) {
        var parameters = request.getUriInfo().getPathParameters();
        return PARAMETER.matcher(audited.value()).replaceAll(found -> Matcher.quoteReplacement(
                String.valueOf(parameters.getFirst(found.group(1)))));
    }

    private static boolean reading(ContainerRequestContext request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static UserTransaction userTransaction() {
        try {
            return InitialContext.doLookup("java:comp/UserTransaction");
        } catch (NamingException e) {
            throw new IllegalStateException("No UserTransaction for an audited action", e);
        }
    }
}
