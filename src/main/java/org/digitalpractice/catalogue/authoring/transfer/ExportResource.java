package org.digitalpractice.catalogue.authoring.transfer;

import org.digitalpractice.catalogue.authoring.Drafts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.session.Roles;

/**
 * A module as a zip in the {@code modules/<slug>/} layout: the version learners get now, a chosen version
 * ({@code ?version=2}), or the council's draft ({@code ?version=draft}). Library modules can be exported too.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/modules/{slug}/export")
public class ExportResource {

    @Inject
    CurrentSession session;
    @Inject
    Drafts drafts;
    @Inject
    Catalogue catalogue;

    @GET
    public Response export(@PathParam("slug") String slug, @QueryParam("version") String wanted) {
        var viewer = session.viewer();
        var module = drafts.locate(viewer, slug);
        byte[] zip;
        String name;
        if ("draft".equals(wanted) || (wanted == null && module.offered().isEmpty())) {
            zip = ModuleZip.write(slug, drafts.files(module.editable()));
            name = slug + "-draft.zip";
        } else {
            var entry = module.offered().orElseThrow(() -> Problem.notFound("'" + slug + "' has no published version."));
            var version = catalogue.versions(entry.id()).stream()
                    .filter(v -> wanted == null ? v.id().equals(entry.currentVersionRef())
                            : String.valueOf(v.versionNumber()).equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> Problem.notFound("'" + slug + "' has no version " + wanted + "."));
            zip = ModuleZip.write(slug, catalogue.files(version.id()));
            name = slug + "-v" + version.versionNumber() + ".zip";
        }
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
