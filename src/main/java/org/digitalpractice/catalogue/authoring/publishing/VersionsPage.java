package org.digitalpractice.catalogue.authoring.publishing;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.catalogue.authoring.Authoring;
import org.digitalpractice.catalogue.authoring.CouncilModule;
import org.digitalpractice.catalogue.authoring.Drafts;
import org.digitalpractice.catalogue.authoring.ModuleChange;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.catalogue.versions.CatalogueEntry;
import org.digitalpractice.catalogue.versions.Publication;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

import java.util.List;

/**
 * Every version a council published of its module, and rolling back to one: the trainer first sees what rolling
 * back changes against the version learners get now, then confirms. The earlier version is published again as the
 * newest, and becomes the draft; learners part-way through keep the version they started.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/modules/{slug}/versions")
@Produces(MediaType.TEXT_HTML)
public class VersionsPage {

    @Inject
    CurrentSession session;
    @Inject
    Drafts drafts;
    @Inject
    Catalogue catalogue;
    @Inject
    Templates templates;

    public record ListView(Layout layout, String slug, String title, List<Publication> versions, int current) {
        public String href(String path) {
            return layout.href(Authoring.BASE + slug + path);
        }
    }

    public record RestoreView(Layout layout, String slug, String title, Publication version, int current,
                              ModuleChanges changes, boolean draftChanged) {
        public String action() {
            return layout.href(Authoring.BASE + slug + "/versions/" + version.number());
        }

        public String back() {
            return layout.href(Authoring.BASE + slug + "/versions");
        }
    }

    @GET
    public String versions(@PathParam("slug") String slug) {
        var module = drafts.locate(session.viewer(), slug);
        var entry = own(module);
        var versions = catalogue.publications(entry.id());
        return templates.render("authoring/versions.jte", new ListView(session.layout("Versions"), slug,
                title(entry), versions, current(entry, versions)));
    }

    @GET
    @Path("{number}")
    public String compare(@PathParam("slug") String slug, @PathParam("number") int number) {
        var module = drafts.locate(session.viewer(), slug);
        var entry = own(module);
        var version = publication(entry, number);
        var versions = catalogue.publications(entry.id());
        var now = catalogue.files(entry.currentVersionRef());
        var draftChanged = module.draft().map(d -> !drafts.files(d).contentHash().equals(now.contentHash()))
                .orElse(false);
        return templates.render("authoring/restore.jte", new RestoreView(session.layout("Roll back to version "
                + number), slug, title(entry), version, current(entry, versions),
                ModuleChanges.between(now, catalogue.files(version.versionRef())), draftChanged));
    }

    @POST
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("slug") String slug, @PathParam("number") int number,
                            MultivaluedMap<String, String> form) {
        var change = ModuleChange.open(session, drafts, slug, form);
        var entry = own(change.module());
        publication(entry, number);
        drafts.restore(change.viewer(), entry, change.draft(), number);
        return Authoring.toModule(session, slug, "restored");
    }

    private static CatalogueEntry own(CouncilModule module) {
        return module.own().orElseThrow(() -> Problem.notFound("'" + module.slug() + "' has no versions your "
                + "council published."));
    }

    private Publication publication(CatalogueEntry entry, int number) {
        return catalogue.publication(entry.id(), number).orElseThrow(() ->
                Problem.notFound("'" + entry.slug() + "' has no version " + number + "."));
    }

    private String title(CatalogueEntry entry) {
        return catalogue.offered(entry.currentVersionRef()).module().title();
    }

    /** The newest publication of the content learners get now. */
    private static int current(CatalogueEntry entry, List<Publication> versions) {
        return versions.stream().filter(p -> p.versionRef().equals(entry.currentVersionRef()))
                .mapToInt(Publication::number).max().orElse(0);
    }
}
