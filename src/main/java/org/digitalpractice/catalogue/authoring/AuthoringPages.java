package org.digitalpractice.catalogue.authoring;

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
import org.digitalpractice.catalogue.Catalogue;
import org.digitalpractice.catalogue.CatalogueEntry;
import org.digitalpractice.catalogue.Markdown;
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.QuestionQuality;
import org.digitalpractice.catalogue.ModuleVersion;
import org.digitalpractice.catalogue.TrainingModule;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.session.Viewer;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The trainer's module pages: the council's list, one module with its versions and draft, editing the draft part
 * by part, previewing it as a learner would see it, publishing and archiving. Trainers only; every form posts a
 * CSRF token; a slug of another council is not found.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/modules")
@Produces(MediaType.TEXT_HTML)
public class AuthoringPages {

    static final String BASE = "/author/modules/";
    private static final Pattern LESSON = Pattern.compile("lessons/[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*\\.md");
    static final int CONTENT_LIMIT = 200_000;

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
            return layout.href(BASE + slug);
        }
    }

    /** A part of the draft a trainer can edit. */
    public record Part(String label, String path) {
    }

    public record ModuleView(Layout layout, CouncilModule module, String title, List<ModuleVersion> versions,
                             Optional<ModuleVersion> current, List<Part> parts, boolean unpublishedChanges,
                             Optional<String> notice, List<QuestionQuality.Finding> advice) {
        public String href(String path) {
            return layout.href(BASE + module.slug() + path);
        }

        /** The scenario and the knowledge check open in their structured forms, which link to the YAML. */
        public String edit(Part part) {
            return switch (part.path()) {
                case "scenario.yaml" -> href("/scenario");
                case CheckPage.FILE -> href("/check");
                default -> href("/edit?file=" + part.path());
            };
        }
    }

    public record DetailsView(Layout layout, String slug, ModuleDetails details, List<DraftCheck.FieldError> errors) {
        public String error(String field) {
            return DraftCheck.FieldError.on(errors, field);
        }

        public String action() {
            return layout.href(BASE + slug + "/edit?file=module.yaml");
        }

        public String back() {
            return layout.href(BASE + slug);
        }
    }

    public record FileView(Layout layout, String slug, String path, String label, String content,
                           List<DraftCheck.FieldError> errors, Optional<String> previewHtml, boolean lesson,
                           boolean isNew) {
        public String error() {
            return errors.isEmpty() ? null : errors.get(0).message();
        }

        public String action() {
            return layout.href(BASE + slug + "/edit?file=" + path);
        }

        public String delete() {
            return layout.href(BASE + slug + "/delete?file=" + path);
        }

        /** The structured form this YAML is the expert's alternative to; null for a lesson. */
        public String form() {
            return switch (path) {
                case ScenarioPage.FILE -> layout.href(BASE + slug + "/scenario");
                case CheckPage.FILE -> layout.href(BASE + slug + "/check");
                default -> null;
            };
        }

        public String back() {
            return layout.href(BASE + slug);
        }
    }

    /** The form that starts a new module of the council's own. */
    public record PreviewView(Layout layout, String slug, TrainingModule module, boolean draft) {
        public String back() {
            return layout.href(BASE + slug);
        }
    }

    @GET
    public String list() {
        var viewer = trainer();
        var rows = new ArrayList<Row>();
        for (var module : drafts.all(viewer)) {
            rows.add(row(module));
        }
        return templates.render("authoring/modules.jte", new ListView(session.layout("Modules"), rows));
    }

    @GET
    @Path("{slug}")
    public String module(@PathParam("slug") String slug, @QueryParam("done") String done) {
        var viewer = trainer();
        var module = drafts.locate(viewer, slug);
        var entry = module.offered();
        var versions = entry.map(e -> catalogue.versions(e.id())).orElse(List.of());
        var current = entry.map(e -> em.find(ModuleVersion.class, e.currentVersionRef()));
        var parts = module.draft().map(d -> parts(drafts.files(d))).orElse(List.of());
        var advice = module.draft().map(d -> advice(slug, drafts.files(d))).orElse(List.of());
        return templates.render("authoring/module.jte", new ModuleView(session.layout(title(module)), module,
                title(module), versions, current, parts, unpublished(module), notice(done), advice));
    }

    /** What a draft's questions would let a learner guess; a draft that does not read yet has its errors instead. */
    private static List<QuestionQuality.Finding> advice(String slug, ModuleFiles files) {
        try {
            return QuestionQuality.of(DraftCheck.check(slug, files, (String) null));
        } catch (DraftCheck.Invalid notYetReadable) {
            return List.of();
        }
    }

    @POST
    @Path("{slug}/copy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response copy(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        var change = change(slug, form);
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
        return back(slug, "copied");
    }

    @GET
    @Path("{slug}/edit")
    public Response edit(@PathParam("slug") String slug, @QueryParam("file") String path) {
        var viewer = trainer();
        var files = drafts.files(drafts.locate(viewer, slug).editable());
        if ("module.yaml".equals(path)) {
            return Response.ok(templates.render("authoring/details.jte", new DetailsView(session.layout("Edit details"),
                    slug, ModuleDetails.of(files.text("module.yaml", path)), List.of()))).build();
        }
        checkPath(path);
        var content = files.has(path) ? files.text(path, path) : newFile(path);
        return fileForm(200, slug, path, content, List.of(), Optional.empty(), !files.has(path));
    }

    @POST
    @Path("{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, @QueryParam("file") String path,
                         MultivaluedMap<String, String> form) {
        var change = change(slug, form);
        var viewer = change.viewer();
        var draft = change.draft();
        var files = drafts.files(draft);
        if ("module.yaml".equals(path)) {
            var layout = session.layout("Edit " + label(path));
            var details = ModuleDetails.of(form.keySet().stream().collect(Collectors.toMap(
                    k -> k, k -> Objects.requireNonNullElse(form.getFirst(k), ""))));
            try {
                var yaml = details.toYaml();
                DraftCheck.check(slug, with(files, path, yaml), path);
                drafts.save(viewer, draft, path, Optional.of(yaml));
                return back(slug, "saved");
            } catch (DraftCheck.Invalid invalid) {
                return invalid(templates.render("authoring/details.jte",
                        new DetailsView(layout, slug, details, invalid.errors())));
            }
        }
        checkPath(path);
        var content = Objects.requireNonNullElse(form.getFirst("content"), "").replace("\r\n", "\n");
        var isNew = !files.has(path);
        if (content.length() > CONTENT_LIMIT) {
            return fileForm(400, slug, path, content, List.of(new DraftCheck.FieldError("content",
                    "The text is longer than " + CONTENT_LIMIT + " characters; split it into shorter parts")),
                    Optional.empty(), isNew);
        }
        if ("preview".equals(form.getFirst("action")) && path.startsWith("lessons/")) {
            return fileForm(200, slug, path, content, List.of(), Optional.of(Markdown.html(content)), isNew);
        }
        try {
            DraftCheck.check(slug, with(files, path, content), path);
            drafts.save(viewer, draft, path, Optional.of(content));
            return back(slug, "saved");
        } catch (DraftCheck.Invalid invalid) {
            return fileForm(400, slug, path, content, invalid.errors(), Optional.empty(), isNew);
        }
    }

    private Response fileForm(int status, String slug, String path, String content,
                              List<DraftCheck.FieldError> errors, Optional<String> preview, boolean isNew) {
        var html = templates.render("authoring/file.jte", new FileView(session.layout("Edit " + label(path)), slug,
                path, label(path), content, errors, preview, path.startsWith("lessons/"), isNew));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).entity(html).build();
    }

    @POST
    @Path("{slug}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("slug") String slug, @QueryParam("file") String path,
                           MultivaluedMap<String, String> form) {
        var change = change(slug, form);
        var draft = change.draft();
        if (path == null || !LESSON.matcher(path).matches()) {
            throw Problem.badRequest("Only a lesson can be deleted.", "Go back to the module.");
        }
        var files = drafts.files(draft);
        var contents = new TreeMap<>(files.contents());
        contents.remove(path);
        try {
            DraftCheck.check(slug, new ModuleFiles(contents), path);
        } catch (DraftCheck.Invalid invalid) {
            throw Problem.badRequest("The lesson was not deleted: " + invalid.getMessage() + ".",
                    "A module needs at least one lesson; add another lesson first.");
        }
        drafts.save(change.viewer(), draft, path, Optional.empty());
        return back(slug, "deleted");
    }

    @GET
    @Path("{slug}/preview")
    public String preview(@PathParam("slug") String slug) {
        var viewer = trainer();
        var located = drafts.locate(viewer, slug);
        // A council without a draft previews what its learners get: the library's module, or its archived one.
        var files = located.draft().map(drafts::files).orElseGet(() ->
                catalogue.files(located.offered().orElseThrow().currentVersionRef()));
        var module = DraftCheck.check(slug, files, "module.yaml");
        return templates.render("authoring/preview.jte", new PreviewView(session.layout("Preview: " + module.title()),
                slug, module, located.draft().isPresent()));
    }

    @POST
    @Path("{slug}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        var change = change(slug, form);
        drafts.publish(change.viewer(), change.draft());
        return back(slug, "published");
    }

    @POST
    @Path("{slug}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        var change = change(slug, form);
        change.draft();
        var own = change.module().own().filter(e -> e.status() == CatalogueEntry.Status.PUBLISHED).orElseThrow(() ->
                new Problem(409, "This module is not published", "Only a published module can be archived.",
                        "Go back to the module."));
        drafts.archive(change.viewer(), own);
        return back(slug, "archived");
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    /** A moment as a trainer reads it, in UK time. */
    public static String when(Instant instant) {
        return WHEN.format(instant.atZone(org.digitalpractice.web.Dates.UK));
    }

    /** A trainer's change to one of their council's modules: role, CSRF token and ownership are checked first. */
    record Change(Viewer viewer, CouncilModule module) {
        ModuleDraft draft() {
            return module.editable();
        }
    }

    private Change change(String slug, MultivaluedMap<String, String> form) {
        return change(session, drafts, slug, form);
    }

    /** The one check every authoring form passes first, whichever page it posts to. */
    static Change change(CurrentSession session, Drafts drafts, String slug, MultivaluedMap<String, String> form) {
        var viewer = session.viewer();
        session.checkCsrf(form.getFirst("csrf"));
        return new Change(viewer, drafts.locate(viewer, slug));
    }

    private Viewer trainer() {
        return session.viewer();
    }

    private Response back(String slug, String done) {
        return toModule(session, slug, done);
    }

    /** Post/Redirect/Get to a module's page, which says what was done. */
    static Response toModule(CurrentSession session, String slug, String done) {
        return Response.seeOther(session.redirect(BASE + slug + "?done=" + done)).build();
    }

    static Response invalid(String html) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).entity(html).build();
    }

    static ModuleFiles with(ModuleFiles files, String path, String content) {
        var contents = new TreeMap<>(files.contents());
        contents.put(path, content.getBytes(StandardCharsets.UTF_8));
        return new ModuleFiles(contents);
    }

    private static void checkPath(String path) {
        if (path == null || !(path.equals("scenario.yaml") || path.equals("check.yaml")
                || LESSON.matcher(path).matches())) {
            throw Problem.badRequest("'" + path + "' is not a part of a module that can be edited. A lesson's file "
                    + "name is two digits, a hyphen and lower-case words, such as lessons/05-local-policy.md.",
                    "Go back to the module and choose a part, or give the new lesson a name like 05-local-policy.");
        }
    }

    private static String newFile(String path) {
        return "# Title of the lesson\n\nWrite the lesson here in Markdown.\n";
    }

    static String label(String path) {
        if (path == null) {
            return "part";
        }
        return switch (path) {
            case "module.yaml" -> "details";
            case "scenario.yaml" -> "practice scenario";
            case "check.yaml" -> "knowledge check";
            default -> "lesson " + path.substring(path.indexOf('/') + 1);
        };
    }

    private static List<Part> parts(ModuleFiles files) {
        var parts = new ArrayList<Part>();
        parts.add(new Part("Details, outcomes, reflection prompt and references", "module.yaml"));
        for (var lesson : files.inFolder("lessons")) {
            parts.add(new Part("Lesson " + lesson.substring("lessons/".length()), lesson));
        }
        parts.add(new Part("Practice scenario: steps, choices and feedback", "scenario.yaml"));
        parts.add(new Part("Knowledge check: questions, options and feedback", "check.yaml"));
        return parts;
    }

    private String title(CouncilModule module) {
        return module.draft().map(d -> ModuleDetails.of(drafts.files(d).text("module.yaml", "module.yaml")).title())
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
        var version = entry.map(e -> em.find(ModuleVersion.class, e.currentVersionRef()));
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
                : version.map(v -> String.valueOf(v.versionNumber())).orElse("Not published");
        return new Row(module.slug(), title(module), owner, module.statusLabel(), shownVersion, by, at,
                unpublished(module));
    }

    private static Optional<String> notice(String done) {
        if (done == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (done) {
            case "copied" -> "Your council now has its own copy to adapt. Learners keep seeing the library's "
                    + "module until you publish.";
            case "saved" -> "Saved to the draft. Learners do not see it until you publish.";
            case "deleted" -> "The lesson was removed from the draft.";
            case "published" -> "Published. New learners get this version; learners part-way through keep theirs.";
            case "archived" -> "Archived. New learners no longer see it; learners who started it keep their progress.";
            case "started" -> "Your new module is a draft, made from the library module you chose. Change every "
                    + "part to your council's content, preview it, then publish it.";
            case "imported" -> "Imported into the draft. Preview it, then publish it when it is ready.";
            default -> null;
        });
    }
}
