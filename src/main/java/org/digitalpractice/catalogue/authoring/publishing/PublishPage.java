package org.digitalpractice.catalogue.authoring.publishing;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.catalogue.authoring.Authoring;
import org.digitalpractice.catalogue.authoring.Drafts;
import org.digitalpractice.catalogue.authoring.ModuleChange;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;

/** Publishing a council's draft as its newest version, which new learners start. */
@Roles(ToolRole.TRAINER)
@Path("/author/modules/{slug}/publish")
@Produces(MediaType.TEXT_HTML)
public class PublishPage {

    @Inject
    CurrentSession session;
    @Inject
    Drafts drafts;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        var change = ModuleChange.open(session, drafts, slug, form);
        drafts.publish(change.viewer(), change.draft());
        return Authoring.toModule(session, slug, "published");
    }
}
