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
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.authoring.Authoring;
import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.catalogue.authoring.Drafts;
import org.digitalpractice.catalogue.authoring.ModuleChange;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.catalogue.versions.Publication;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

import java.util.Optional;

/**
 * Publishing a council's draft: first what will change for new learners against what they get now (the council's
 * published version, or the library's module it adapts), part by part; then the trainer confirms, and the draft is
 * stored as the council's newest version.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/modules/{slug}/publish")
@Produces(MediaType.TEXT_HTML)
public class PublishPage {

    @Inject
    CurrentSession session;
    @Inject
    Drafts drafts;
    @Inject
    Catalogue catalogue;
    @Inject
    Templates templates;

    /**
     * {@code against} says what the changes are measured from: "version 3", "the library's module", or empty for a
     * module never published.
     */
    public record View(Layout layout, String slug, String title, ModuleChanges changes, Optional<String> against,
                       int next) {
        public String action() {
            return layout.href(Authoring.BASE + slug + "/publish");
        }

        public String back() {
            return layout.href(Authoring.BASE + slug);
        }
    }

    @GET
    public String confirm(@PathParam("slug") String slug) {
        var module = drafts.locate(session.viewer(), slug);
        var draft = module.editable();
        var files = drafts.files(draft);
        var title = publishable(slug, files);
        Optional<String> against;
        ModuleFiles before;
        var own = module.own().map(e -> catalogue.publications(e.id())).orElse(java.util.List.of());
        if (module.own().isPresent()) {
            before = catalogue.files(module.own().get().currentVersionRef());
            against = Optional.of(own.isEmpty() ? "the version learners get now" : "version "
                    + own.stream().filter(p -> p.versionRef().equals(module.own().get().currentVersionRef()))
                    .mapToInt(Publication::number).max().orElse(own.get(own.size() - 1).number()));
        } else if (module.library().isPresent()) {
            before = catalogue.files(module.library().get().currentVersionRef());
            against = Optional.of("the shared library's module, which your learners get now");
        } else {
            before = new ModuleFiles(new java.util.TreeMap<>());
            against = Optional.empty();
        }
        var next = own.stream().mapToInt(Publication::number).max().orElse(0) + 1;
        return templates.render("authoring/publish.jte", new View(session.layout("Publish: " + title), slug, title,
                ModuleChanges.between(before, files), against, next));
    }

    /**
     * The draft's title, if it may be published. A draft saved before a limit existed may pass it; it is named here
     * rather than published.
     */
    private static String publishable(String slug, ModuleFiles files) {
        try {
            return DraftCheck.check(slug, files, "").title();
        } catch (DraftCheck.Invalid invalid) {
            throw new Problem(400, "This draft cannot be published yet", invalid.getMessage() + ".",
                    "Go back to the module and change each part named here, then publish.");
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        var change = ModuleChange.open(session, drafts, slug, form);
        publishable(slug, drafts.files(change.draft()));
        drafts.publish(change.viewer(), change.draft());
        return Authoring.toModule(session, slug, "published");
    }
}
