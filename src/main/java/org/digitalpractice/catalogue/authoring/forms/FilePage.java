package org.digitalpractice.catalogue.authoring.forms;

import jakarta.inject.Inject;
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
import org.digitalpractice.catalogue.Markdown;
import org.digitalpractice.catalogue.ModuleFiles;
import org.digitalpractice.catalogue.authoring.Authoring;
import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.catalogue.authoring.Drafts;
import org.digitalpractice.catalogue.authoring.ModuleChange;
import org.digitalpractice.catalogue.authoring.ModuleName;
import org.digitalpractice.catalogue.authoring.Limits;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One file of a draft as text: a lesson in Markdown (with a preview, and deleting it), or the scenario or the
 * knowledge check as YAML for experts.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/modules/{slug}/edit")
@Produces(MediaType.TEXT_HTML)
public class FilePage {

    private static final Pattern LESSON = Pattern.compile("lessons/[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*\\.md");
    static final int CONTENT_LIMIT = 200_000;

    @Inject
    CurrentSession session;
    @Inject
    Drafts drafts;
    @Inject
    Templates templates;

    public record FileView(Layout layout, String slug, String path, String label, String content,
                           List<DraftCheck.FieldError> errors, Optional<String> previewHtml, boolean lesson,
                           boolean isNew) {
        public String error() {
            return errors.isEmpty() ? null : errors.get(0).message();
        }

        public String action() {
            return layout.href(Authoring.BASE + slug + "/edit?file=" + path);
        }

        /** The structured form this YAML is the expert's alternative to; null for a lesson. */
        public String form() {
            return switch (path) {
                case ScenarioPage.FILE -> layout.href(Authoring.BASE + slug + "/scenario");
                case CheckPage.FILE -> layout.href(Authoring.BASE + slug + "/check");
                default -> null;
            };
        }

        public String back() {
            return layout.href(Authoring.BASE + slug);
        }
    }

    @GET
    public Response edit(@PathParam("slug") String slug, @QueryParam("file") String file,
                         @QueryParam("title") String title) {
        var files = drafts.files(drafts.locate(session.viewer(), slug).editable());
        var path = file == null && title != null ? newLessonPath(files, title) : file;
        checkPath(path);
        var content = files.has(path) ? files.text(path, path) : newLesson(title);
        return fileForm(200, slug, path, content, List.of(), Optional.empty(), !files.has(path));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, @QueryParam("file") String path,
                         MultivaluedMap<String, String> form) {
        var change = ModuleChange.open(session, drafts, slug, form);
        var draft = change.draft();
        var files = drafts.files(draft);
        checkPath(path);
        if ("delete".equals(form.getFirst("action"))) {
            return delete(change, slug, path, files);
        }
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
            if (path.startsWith("lessons/")) {
                lessonErrors(content).stopIfAny();
            }
            DraftCheck.check(slug, Authoring.with(files, path, content), path);
            drafts.save(change.viewer(), draft, path, Optional.of(content));
            return Authoring.toModule(session, slug, "saved");
        } catch (DraftCheck.Invalid invalid) {
            return fileForm(400, slug, path, content, invalid.errors(), Optional.empty(), isNew);
        }
    }

    /** What a trainer can fix in a lesson, all at once, before the reader checks the rest. */
    static FormErrors lessonErrors(String markdown) {
        var errors = new FormErrors();
        var first = markdown.strip().lines().findFirst().orElse("");
        if (!first.matches("#\\s+\\S.*")) {
            errors.add("content", "Start the lesson with its title as a heading: a # and a space, then the title, "
                    + "such as # Why it matters");
        } else if (first.substring(1).strip().length() > Limits.LESSON_TITLE) {
            errors.add("content", "The lesson's title must be " + Limits.LESSON_TITLE + " characters or fewer");
        }
        var words = Markdown.wordCount(Markdown.html(markdown));
        if (words > Limits.LESSON_WORDS) {
            errors.add("content", "The lesson must be " + String.format("%,d", Limits.LESSON_WORDS) + " words or "
                    + "fewer; it has " + String.format("%,d", words) + ". Split it into two lessons");
        }
        for (var image : Markdown.undescribedImages(markdown)) {
            errors.add("content", "Describe " + (image.equals("an image") ? "every image" : "the image " + image)
                    + " for people who cannot see it: write it as ![what it shows](its address)");
        }
        return errors;
    }

    private Response delete(ModuleChange change, String slug, String path, ModuleFiles files) {
        if (!LESSON.matcher(path).matches()) {
            throw Problem.badRequest("Only a lesson can be deleted.", "Go back to the module.");
        }
        var contents = new TreeMap<>(files.contents());
        contents.remove(path);
        try {
            DraftCheck.check(slug, new ModuleFiles(contents), path);
        } catch (DraftCheck.Invalid invalid) {
            throw Problem.badRequest("The lesson was not deleted: " + invalid.getMessage() + ".",
                    "A module needs at least 3 lessons; add another lesson first.");
        }
        drafts.save(change.viewer(), change.draft(), path, Optional.empty());
        return Authoring.toModule(session, slug, "deleted");
    }

    private Response fileForm(int status, String slug, String path, String content,
                              List<DraftCheck.FieldError> errors, Optional<String> preview, boolean isNew) {
        var html = templates.render("authoring/file.jte", new FileView(session.layout("Edit " + label(path)), slug,
                path, label(path), content, errors, preview, path.startsWith("lessons/"), isNew));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).entity(html).build();
    }

    private static void checkPath(String path) {
        if (path == null || !(path.equals(ScenarioPage.FILE) || path.equals(CheckPage.FILE)
                || LESSON.matcher(path).matches())) {
            throw Problem.badRequest("'" + path + "' is not a part of a module that can be edited. A lesson's file "
                    + "name is two digits, a hyphen and lower-case words, such as lessons/05-local-policy.md.",
                    "Go back to the module and choose a part, or give the new lesson a name like 05-local-policy.");
        }
    }

    private static String newLesson(String title) {
        var heading = title == null || title.isBlank() ? "Title of the lesson" : title.strip();
        return "# " + heading + "\n\nWrite the lesson here in Markdown.\n";
    }

    /** The file of a lesson added after the last one: its number, then its title's words. */
    private static String newLessonPath(ModuleFiles files, String title) {
        var last = files.inFolder("lessons").stream().map(p -> p.substring("lessons/".length()))
                .filter(name -> name.matches("[0-9]{2}-.*")).mapToInt(name -> Integer.parseInt(name.substring(0, 2)))
                .max().orElse(0);
        var words = ModuleName.from(title.length() > 40 ? title.substring(0, 40) : title, java.util.Set.of());
        return String.format("lessons/%02d-%s.md", Math.min(last + 1, 99), words);
    }

    static String label(String path) {
        return switch (path) {
            case ScenarioPage.FILE -> "practice scenario";
            case CheckPage.FILE -> "knowledge check";
            default -> "lesson " + path.substring(path.indexOf('/') + 1);
        };
    }
}
