package org.digitalpractice.catalogue.authoring.library;

import org.digitalpractice.catalogue.authoring.AuditEntry;
import org.digitalpractice.catalogue.authoring.AuditTrail;
import org.digitalpractice.catalogue.authoring.Authoring;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.util.List;

/** Who copied, imported, published and archived which of the council's modules, newest first. */
@Roles(ToolRole.TRAINER)
@Path("/author/audit")
public class AuditPage {

    @Inject
    CurrentSession session;
    @Inject
    AuditTrail audit;
    @Inject
    Templates templates;

    public record View(Layout layout, List<AuditEntry> entries, int limit) {
        public String module(String slug) {
            return layout.href(Authoring.BASE + slug);
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        var viewer = session.viewer();
        return templates.render("authoring/audit.jte", new View(session.layout("Changes to modules"),
                audit.of(viewer.deployment().id()), AuditTrail.PAGE_SIZE));
    }
}
