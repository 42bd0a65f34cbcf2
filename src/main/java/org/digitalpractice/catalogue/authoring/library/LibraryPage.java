package org.digitalpractice.catalogue.authoring.library;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.ModuleReader;
import org.digitalpractice.catalogue.TrainingModule;
import org.digitalpractice.catalogue.authoring.Authoring;
import org.digitalpractice.catalogue.authoring.CouncilModule;
import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.catalogue.authoring.Drafts;
import org.digitalpractice.catalogue.authoring.ModuleChange;
import org.digitalpractice.catalogue.authoring.QuestionQuality;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.catalogue.versions.CatalogueEntry;
import org.digitalpractice.catalogue.versions.ModuleVersion;
import org.digitalpractice.catalogue.versions.Publication;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The council's modules as a trainer sees them: the list, one module with its draft's parts and its versions, a
 * library module copied to adapt, the preview, and archiving. A slug of another council is not found.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/modules")
@Produces(MediaType.TEXT_HTML)
public class LibraryPage {

    @Inject
    CurrentSession session;
    @Inject
    Drafts drafts;
    @Inject
    Catalogue catalogue;
    @Inject
    Templates templates;
    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;

    /** One row of the module list. */
    public record Row(String slug, String title, String owner, String status, String version, String changedBy,
                      Instant changedAt, boolean unpublishedChanges) {
    }

    public record ListView(Layout layout, List<Row> rows) {
        public String href(String slug) {
            return layout.href(Authoring.BASE + slug);
        }
    }

    /** A part of the draft a trainer can edit, and where its form is. */
    public record Part(String label, String path) {
    }

    /** {@code number}: the version learners start, as trainers count versions (the council's publications). */
    public record ModuleView(Layout layout, CouncilModule module, String title, List<ModuleVersion> versions,
                             Optional<ModuleVersion> current, int number, List<Part> parts, boolean unpublishedChanges,
                             Optional<String> notice, List<QuestionQuality.Finding> advice) {
        public String href(String path) {
            return layout.href(Authoring.BASE + module.slug() + path);
        }
    }

    public record PreviewView(Layout layout, String slug, TrainingModule module, boolean draft) {
        public String back() {
            return layout.href(Authoring.BASE + slug);
        }
    }

    @GET
    public String list() {
        var viewer = session.viewer();
        var rows = new ArrayList<Row>();
        for (var module : drafts.all(viewer)) {
            rows.add(row(module));
        }
        return templates.render("authoring/modules.jte", new ListView(session.layout("Modules"), rows));
    }

    @GET
    @Path("{slug}")
    public String module(@PathParam("slug") String slug, @QueryParam("done") String done) {
        var viewer = session.viewer();
        var module = drafts.locate(viewer, slug);
        var entry = module.offered();
        var versions = entry.map(e -> catalogue.versions(e.id())).orElse(List.of());
        var current = entry.map(e -> em.find(ModuleVersion.class, e.currentVersionRef()));
        var files = module.draft().map(drafts::files);
        var parts = files.map(LibraryPage::parts).orElse(List.of());
        var advice = files.map(f -> advice(slug, f)).orElse(List.of());
        return templates.render("authoring/module.jte", new ModuleView(session.layout(title(module)), module,
                title(module), versions, current, number(module).orElse(0), parts, unpublished(module), Notices.of(done),
                advice));
    }

    /** What a draft's questions would let a learner guess; a draft that does not read yet has its errors instead. */
    private static List<QuestionQuality.Finding> advice(String slug, ModuleFiles files) {
        try {
            return QuestionQuality.of(DraftCheck.check(slug, files, ""));
        } catch (DraftCheck.Invalid notYetReadable) {
            return List.of();
        }
    }

    @POST
    @Path("{slug}/copy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response copy(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        var change = ModuleChange.open(session, drafts, slug, form);
        var module = change.module();
        if (module.draft().isEmpty()) {
            var library = module.library().orElseThrow(() -> new Problem(409, "There is nothing to copy",
                    "'" + slug + "' is not a shared library module.", "Go back to the module list."));
            try {
                drafts.copy(change.viewer(), library);
            } catch (RuntimeException lostRace) {
                // Two trainers copying at once: the unique key lets one copy win, and both have it.
                if (drafts.find(change.viewer().deployment().id(), slug).isEmpty()) {
                    throw lostRace;
                }
            }
        }
        return Authoring.toModule(session, slug, "copied");
    }

    @GET
    @Path("{slug}/preview")
    public String preview(@PathParam("slug") String slug) {
        var viewer = session.viewer();
        var located = drafts.locate(viewer, slug);
        // A council without a draft previews what its learners get: the library's module, or its archived one.
        var files = located.draft().map(drafts::files).orElseGet(() ->
                catalogue.files(located.offered().orElseThrow().currentVersionRef()));
        // Shown as the reader reads it: a version stored before a limit existed still previews.
        TrainingModule module;
        try {
            module = new ModuleReader().read(slug, files);
        } catch (ModuleProblem problem) {
            throw new Problem(400, "This module cannot be previewed", problem.getMessage() + ".",
                    "Go back to the module and change the part named here.");
        }
        return templates.render("authoring/preview.jte", new PreviewView(session.layout("Preview: " + module.title()),
                slug, module, located.draft().isPresent()));
    }

    @POST
    @Path("{slug}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        var change = ModuleChange.open(session, drafts, slug, form);
        change.draft();
        var own = change.module().own().filter(e -> e.status() == CatalogueEntry.Status.PUBLISHED).orElseThrow(() ->
                new Problem(409, "This module is not published", "Only a published module can be archived.",
                        "Go back to the module."));
        drafts.archive(change.viewer(), own);
        return Authoring.toModule(session, slug, "archived");
    }

    /** The version learners start: the council's newest publication of it, or the library's version number. */
    private Optional<Integer> number(CouncilModule module) {
        return module.offered().map(entry -> catalogue.publications(entry.id()).stream()
                .filter(p -> p.versionRef().equals(entry.currentVersionRef())).mapToInt(Publication::number).max()
                .orElseGet(() -> em.find(ModuleVersion.class, entry.currentVersionRef()).versionNumber()));
    }

    private static List<Part> parts(ModuleFiles files) {
        var parts = new ArrayList<Part>();
        parts.add(new Part("Details, outcomes, reflection prompt and references", "/details"));
        var number = 0;
        for (var lesson : files.inFolder("lessons").stream().filter(p -> p.endsWith(".md")).toList()) {
            parts.add(new Part("Lesson " + ++number + ": " + lessonTitle(files.text(lesson, lesson)),
                    "/edit?file=" + lesson));
        }
        parts.add(new Part("Practice scenario: steps, choices and feedback", "/scenario"));
        parts.add(new Part("Knowledge check: questions, options and feedback", "/check"));
        return parts;
    }

    /** A lesson by its title, as learners see it: its first line, a level-1 heading. */
    private static String lessonTitle(String markdown) {
        var first = markdown.lines().findFirst().orElse("").strip();
        return first.startsWith("# ") && first.length() > 2 ? first.substring(2).strip() : "Untitled lesson";
    }

    private String title(CouncilModule module) {
        return module.draft().map(d -> drafts.title(d))
                .or(() -> module.offered().map(e -> em.find(ModuleVersion.class, e.currentVersionRef()).title()))
                .orElse(module.slug());
    }

    private boolean unpublished(CouncilModule module) {
        return module.draft().map(d -> module.own()
                .map(e -> !em.find(ModuleVersion.class, e.currentVersionRef()).contentHash()
                        .equals(drafts.files(d).contentHash()))
                .orElse(true)).orElse(false);
    }

    private Row row(CouncilModule module) {
        var entry = module.offered();
        var owner = !module.councils() ? "Shared library"
                : module.library().isPresent() ? "Your council (adapted from the library)" : "Your council";
        String by;
        Instant at;
        var draftNewer = module.draft().filter(d -> entry.isEmpty() || module.own().isEmpty()
                || d.updatedAt().isAfter(module.own().get().updatedAt()));
        if (draftNewer.isPresent()) {
            by = draftNewer.get().updatedBy();
            at = draftNewer.get().updatedAt();
        } else {
            by = entry.map(CatalogueEntry::updatedBy).orElse("");
            at = entry.map(CatalogueEntry::updatedAt).orElse(null);
        }
        var shownVersion = module.own().isEmpty() && module.draft().isPresent() ? "Not published"
                : number(module).map(String::valueOf).orElse("Not published");
        return new Row(module.slug(), title(module), owner, module.statusLabel(), shownVersion, by, at,
                unpublished(module));
    }
}
