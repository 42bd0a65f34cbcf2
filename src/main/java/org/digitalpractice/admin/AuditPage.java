package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.admin.audit.AuditLogEntry;
import org.digitalpractice.admin.audit.AuditLog;
import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.admin.signin.ConsoleLayout;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.web.Templates;

import java.util.List;

/** The audit log: what administrators did, newest first, a page at a time. */
@SignedIn
@Path("/admin/console/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    static final int PAGE_SIZE = 50;

    @Inject
    Console console;
    @Inject
    AuditLog log;
    @Inject
    Templates templates;

    public record AuditView(ConsoleLayout layout, List<AuditLogEntry> entries, LogPages pages) {
    }

    @GET
    public String show(@QueryParam("page") String page) {
        var pages = LogPages.of("audit log", "/admin/console/audit", page, log.count(), PAGE_SIZE);
        return templates.render("admin/audit.jte", new AuditView(console.layout(pages.title("Audit log"), "audit"),
                log.page(pages.page(), PAGE_SIZE), pages));
    }
}
