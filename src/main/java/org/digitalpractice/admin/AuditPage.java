package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.admin.audit.AuditLogEntry;
import org.digitalpractice.admin.audit.AuditLog;
import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.admin.signin.ConsoleLayout;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.web.Templates;

import java.util.List;

/** The audit log: what administrators did, newest first. */
@SignedIn
@Path("/admin/console/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditPage {

    @Inject
    Console console;
    @Inject
    AuditLog log;
    @Inject
    Templates templates;

    public record AuditView(ConsoleLayout layout, List<AuditLogEntry> entries, int pageSize) {
    }

    @GET
    public String show() {
        return templates.render("admin/audit.jte", new AuditView(console.layout("Audit log", "audit"), log.recent(),
                AuditLog.PAGE_SIZE));
    }
}
